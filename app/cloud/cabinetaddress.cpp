#include "app/cloud/cabinetaddress.h"

#include <QHostAddress>

#include "app/core/tr.h"

namespace app::cloud {

namespace {

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

bool isClearTextToAnotherHost(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") && !isLoopback(url.host());
}

QString refusalOf(const QUrl &url, bool allowInsecure)
{
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return Tr::tr("The cabinet address must start with https:// or http://.");
    if (isClearTextToAnotherHost(url) && !allowInsecure)
        return Tr::tr("The cabinet address starts with http://: the till's token and sales would travel "
                      "unencrypted. Use the cabinet's https:// address. Only a technician may allow http:// "
                      "(Settings → Cloud cabinet, «Allow unencrypted connection»), for a trusted network.");
    return {};
}

} // namespace app::cloud
