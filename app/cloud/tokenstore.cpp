#include "app/cloud/tokenstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include "app/core/secretfile.h"
#include "app/core/tr.h"
#include "app/core/uuid.h"

namespace app::cloud {

namespace {

const QString kBaseUrl = QStringLiteral("base_url");
const QString kToken = QStringLiteral("device_token");
const QString kDevice = QStringLiteral("device_id");
const QString kWorkplace = QStringLiteral("workplace_id");
const QString kPos = QStringLiteral("point_of_sale_id");
const QString kOrg = QStringLiteral("organization_id");
const QString kInstall = QStringLiteral("install_id");

} // namespace

TokenStore::TokenStore(QString path)
    : m_path(path.isEmpty() ? defaultPath() : std::move(path))
{}

QString TokenStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/cloud-device.json");
}

std::optional<DeviceCredentials> TokenStore::load() const
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    DeviceCredentials c{o.value(kBaseUrl).toString(), o.value(kToken).toString(),
                        o.value(kDevice).toString(),  o.value(kWorkplace).toString(),
                        o.value(kPos).toString(),     o.value(kOrg).toString(),
                        o.value(kInstall).toString()};
    if (c.token.isEmpty() && c.installId.isEmpty())
        return std::nullopt;
    return c;
}

QString TokenStore::installId() const
{
    if (auto c = load(); c && !c->installId.isEmpty())
        return c->installId;
    return newUuid();
}

bool TokenStore::save(const DeviceCredentials &c, QString *error) const
{
    const QJsonObject o{{kBaseUrl, c.baseUrl},       {kToken, c.token},       {kDevice, c.deviceId},
                        {kWorkplace, c.workplaceId}, {kPos, c.pointOfSaleId}, {kOrg, c.organizationId},
                        {kInstall, c.installId}};
    QString reason;
    if (!writeSecretFile(m_path, QJsonDocument(o).toJson(QJsonDocument::Indented), &reason)) {
        if (error)
            *error = Tr::tr("Cannot save the device token to %1: %2").arg(m_path, reason);
        return false;
    }
    return true;
}

bool TokenStore::clearToken(QString *error) const
{
    auto c = load();
    if (!c)
        return true;
    c->token.clear();
    return save(*c, error);
}

} // namespace app::cloud
