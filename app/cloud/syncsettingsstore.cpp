#include "app/cloud/syncsettingsstore.h"

#include <QSettings>

namespace app::cloud {

namespace {

const QString kCaFile = QStringLiteral("cloud/ca_file");
const QString kAllowInsecure = QStringLiteral("cloud/allow_insecure");
const QString kUrl = QStringLiteral("cloud/url");

} // namespace

SyncSettings storedSyncSettings()
{
    const QSettings settings;
    SyncSettings s;
    s.caFile = settings.value(kCaFile).toString();
    s.allowInsecure = settings.value(kAllowInsecure, false).toBool();
    return s;
}

void storeTransportSettings(const QString &caFile, bool allowInsecure)
{
    QSettings settings;
    settings.setValue(kCaFile, caFile);
    settings.setValue(kAllowInsecure, allowInsecure);
}

QString storedCabinetUrl()
{
    return QSettings().value(kUrl).toString();
}

void storeCabinetUrl(const QString &url)
{
    QSettings().setValue(kUrl, url);
}

} // namespace app::cloud
