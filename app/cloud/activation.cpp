#include "app/cloud/activation.h"

#include <QHostInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSysInfo>
#include <QUrl>

#include "app/cloud/cabinetaddress.h"
#include "app/cloud/syncengine.h"
#include "app/core/tr.h"
#include "app/version.h"

Q_DECLARE_LOGGING_CATEGORY(lcCloud)

namespace app::cloud {

std::optional<QString> activationDigits(const QString &code)
{
    const QString digits = code.trimmed().remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    static const QRegularExpression eightDigits(QStringLiteral("^[0-9]{8}$"));
    if (!eightDigits.match(digits).hasMatch())
        return std::nullopt;
    return digits;
}

QJsonObject activationBody(const QString &digits, const QString &installId, const DeviceInfo &device)
{
    return QJsonObject{
        {QStringLiteral("activation_code"), digits},
        {QStringLiteral("device"),
         QJsonObject{
             {QStringLiteral("install_id"), installId},
             {QStringLiteral("hostname"),
              device.hostname.isEmpty() ? QHostInfo::localHostName() : device.hostname},
             {QStringLiteral("app_version"), QStringLiteral(PRILAVOK_VERSION)},
             {QStringLiteral("os"), device.os.isEmpty() ? QSysInfo::prettyProductName() : device.os}}},
        {QStringLiteral("kkt"), QJsonObject{{QStringLiteral("model"), device.kktModel},
                                            {QStringLiteral("serial"), device.kktSerial},
                                            {QStringLiteral("reg_number"), device.kktRegNumber},
                                            {QStringLiteral("fn_number"), device.fnNumber},
                                            {QStringLiteral("ffd"), device.ffd}}}};
}

DeviceCredentials credentialsFrom(const Answer &a, const QString &baseUrl, const QString &installId)
{
    DeviceCredentials c;
    c.baseUrl = baseUrl;
    c.token = a.json.value(QLatin1String("device_token")).toString();
    c.deviceId = a.json.value(QLatin1String("device_id")).toString();
    c.workplaceId = a.json.value(QLatin1String("workplace_id")).toString();
    c.pointOfSaleId = a.json.value(QLatin1String("point_of_sale_id")).toString();
    c.organizationId = a.json.value(QLatin1String("organization_id")).toString();
    c.installId = installId;
    return c;
}

QString activationRefusal(const Answer &a)
{
    if (a.code == QLatin1String("ACTIVATION_CODE_INVALID"))
        return Tr::tr("The activation code is wrong, expired or already used. Ask the cabinet "
                      "administrator for a new one.");
    if (a.code == QLatin1String("UNSENT_DOCUMENTS"))
        return Tr::tr("The cabinet refused: the till this workplace had still reports unsent "
                      "documents. Send them first, or ask for a code issued with --force.");
    if (a.http == 429)
        return Tr::tr("Too many attempts. Try again in %n second(s).", nullptr,
                      int(std::max<qint64>(1, (a.retryAfterMs + 999) / 1000)));
    return CloudHttp::describe(a);
}

// ---- the engine's side ----

void SyncEngine::activate(const QString &baseUrl, const QString &code, const DeviceInfo &device)
{
    const auto digits = activationDigits(code);
    if (!digits) {
        Q_EMIT activationFinished(false, Tr::tr("The activation code is 8 digits."));
        return;
    }
    QString base = baseUrl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    // https, or http:// to this machine, or with the technician's explicit permission (issue 21 §6).
    if (const QString refusal = refusalOf(QUrl(base), m_settings.allowInsecure); !refusal.isEmpty()) {
        Q_EMIT activationFinished(false, refusal);
        return;
    }
    const QString installId = device.installId.isEmpty() ? m_tokens.installId() : device.installId;
    // The old credentials (if any) stay in force until the new ones are stored.
    m_http->call("POST", base + QStringLiteral("/api/v1/devices/activate"),
                 QJsonDocument(activationBody(*digits, installId, device)).toJson(QJsonDocument::Compact), {},
                 [this, previous = m_credentials, base, installId](const Answer &a) {
                     if (a.http == 200)
                         noteServerTime(a.json, a.sentAt);
                     activated(a, previous, base, installId);
                 });
}

void SyncEngine::activated(const Answer &a, const std::optional<DeviceCredentials> &previous,
                           const QString &base, const QString &installId)
{
    if (a.http != 200) {
        Q_EMIT activationFinished(false, activationRefusal(a));
        return;
    }
    const DeviceCredentials c = credentialsFrom(a, base, installId);
    QString error;
    if (c.token.isEmpty()) {
        Q_EMIT activationFinished(false, Tr::tr("The cabinet sent no device token."));
        return;
    }
    if (!m_tokens.save(c, &error)) {
        Q_EMIT activationFinished(false, error);
        return;
    }
    const bool sameOrganization = previous && previous->organizationId == c.organizationId;
    m_credentials = c;
    if (m_pull)
        m_pull->setOwnIdentity(c.pointOfSaleId, c.workplaceId);
    // A new device starts from a fresh snapshot; another organisation's catalog must go.
    if (m_pull && (!sameOrganization || a.json.value(QLatin1String("snapshot_required")).toBool())) {
        if (auto ok = m_pull->resetPull(); !ok)
            qCWarning(lcCloud) << "reset of the pull state failed:" << ok.error().message;
    }
    m_failures = 0;
    m_notBeforeMs = 0;
    m_status.state = SyncStatus::State::Idle;
    m_status.lastError.clear();
    publish();
    Q_EMIT activationFinished(true, QString());
}

} // namespace app::cloud
