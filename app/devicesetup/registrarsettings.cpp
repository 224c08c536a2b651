#include "app/devicesetup/registrarsettings.h"

#include <QSettings>

#include "app/core/tr.h"
#include "fiscal/transport/deviceurl.h"

namespace app {
namespace {

const QString UrlKey = QStringLiteral("registrar/url");
const QString BaudKey = QStringLiteral("registrar/baud");
const QString PasswordKey = QStringLiteral("registrar/password");
const QString ConnectTimeoutKey = QStringLiteral("registrar/connectTimeoutMs");
const QString AnswerTimeoutKey = QStringLiteral("registrar/answerTimeoutMs");

} // namespace

QList<int> RegistrarSettings::standardBauds()
{
    return {2400, 4800, 9600, 19200, 38400, 57600, 115200};
}

QString RegistrarSettings::url() const
{
    if (connection == Connection::Serial)
        return serialPort.trimmed().isEmpty() ? QString() : QStringLiteral("serial:") + serialPort.trimmed();
    const QString h = host.trimmed();
    if (h.isEmpty())
        return {};
    const bool v6 = h.contains(QLatin1Char(':'));
    return QStringLiteral("tcp:%1:%2").arg(v6 ? QLatin1Char('[') + h + QLatin1Char(']') : h).arg(tcpPort);
}

QString RegistrarSettings::describe() const
{
    if (connection == Connection::Serial)
        return Tr::tr("%1 at %2 baud").arg(serialPort.trimmed()).arg(baud);
    return url();
}

bool RegistrarSettings::setUrl(const QString &text)
{
    const auto parsed = fiscal::parseDeviceUrl(text.trimmed().toStdString());
    if (!parsed)
        return false;
    if (parsed->kind == fiscal::DeviceUrl::Kind::Serial) {
        connection = Connection::Serial;
        serialPort = QString::fromStdString(parsed->path);
    } else {
        connection = Connection::Tcp;
        host = QString::fromStdString(parsed->path);
        tcpPort = parsed->port;
    }
    return true;
}

QString RegistrarSettings::validate() const
{
    if (connection == Connection::Serial) {
        if (serialPort.trimmed().isEmpty())
            return Tr::tr("Choose the COM port the registrar is connected to, or press “Find registrar”.");
        if (serialPort.contains(QLatin1Char('?')) || serialPort.contains(QLatin1Char(' ')))
            return Tr::tr("The port name “%1” is not valid: pick a port from the list.").arg(serialPort);
        if (!standardBauds().contains(baud))
            return Tr::tr("The baud rate must be one of 2400, 4800, 9600, 19200, 38400, 57600 or 115200.");
    } else {
        if (host.trimmed().isEmpty())
            return Tr::tr("Enter the registrar's IP address or host name.");
        if (host.trimmed().contains(QLatin1Char(' ')))
            return Tr::tr("The address “%1” must not contain spaces.").arg(host.trimmed());
        if (tcpPort < 1 || tcpPort > 65535)
            return Tr::tr(
                "The TCP port must be a number from 1 to 65535 (the registrar uses 7778 by default).");
    }
    if (!fiscal::parseDeviceUrl(url().toStdString()))
        return Tr::tr("The registrar address “%1” is not valid.").arg(url());
    if (password < 1 || password > 99999999)
        return Tr::tr("The operator password is a number from 1 to 99999999 (30 by default).");
    if (connectTimeoutMs < 500 || connectTimeoutMs > 60000)
        return Tr::tr("The connection timeout must be from 500 to 60000 ms.");
    if (answerTimeoutMs < 100 || answerTimeoutMs > 10000)
        return Tr::tr("The answer timeout must be from 100 to 10000 ms.");
    return {};
}

FiscalServiceSettings RegistrarSettings::applyTo(FiscalServiceSettings service) const
{
    service.deviceUrl = url();
    service.baud = unsigned(baud);
    service.connectTimeoutMs = connectTimeoutMs;
    service.adminPassword = password;
    service.answerTimeoutMs = answerTimeoutMs;
    return service;
}

RegistrarSettings RegistrarSettings::load(QSettings &settings)
{
    RegistrarSettings s;
    s.setUrl(settings.value(UrlKey).toString());
    s.baud = settings.value(BaudKey, DefaultBaud).toInt();
    s.password = settings.value(PasswordKey, DefaultPassword).toUInt();
    s.connectTimeoutMs = settings.value(ConnectTimeoutKey, DefaultConnectTimeoutMs).toInt();
    s.answerTimeoutMs = settings.value(AnswerTimeoutKey, DefaultAnswerTimeoutMs).toInt();
    return s;
}

RegistrarSettings RegistrarSettings::stored()
{
    QSettings settings;
    return load(settings);
}

void RegistrarSettings::store() const
{
    QSettings settings;
    save(settings);
    settings.sync();
}

void RegistrarSettings::save(QSettings &settings) const
{
    settings.setValue(UrlKey, url());
    settings.setValue(BaudKey, baud);
    settings.setValue(PasswordKey, password);
    settings.setValue(ConnectTimeoutKey, connectTimeoutMs);
    settings.setValue(AnswerTimeoutKey, answerTimeoutMs);
}

} // namespace app
