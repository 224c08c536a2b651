#pragma once

// How this till reaches its fiscal registrar, as the owner sets it up on the Settings page, stored
// in QSettings under "registrar/". The URL keeps the form fiscal::parseDeviceUrl() accepts
// ("serial:/dev/ttyUSB0", "tcp:HOST:PORT"); the baud rate has a key of its own because the URL
// syntax has no place for it.

#include <QList>
#include <QString>

#include <optional>

#include "app/fiscalservice/fiscalservicesettings.h"

class QSettings;

namespace app {

struct RegistrarSettings
{
    enum class Connection { Serial, Tcp };

    static constexpr int DefaultBaud = 115200;
    static constexpr int DefaultTcpPort = 7778;
    static constexpr quint32 DefaultPassword = 30; // the system administrator's, as shipped
    static constexpr int DefaultConnectTimeoutMs = 3000;
    static constexpr int DefaultAnswerTimeoutMs = 500;

    Connection connection = Connection::Serial;
    QString serialPort; // "/dev/ttyUSB0"
    int baud = DefaultBaud;
    QString host;
    int tcpPort = DefaultTcpPort;
    quint32 password = DefaultPassword;
    int connectTimeoutMs = DefaultConnectTimeoutMs;
    int answerTimeoutMs = DefaultAnswerTimeoutMs; // ENQ/ACK and byte timeouts of the link layer

    // "serial:/dev/ttyUSB0" or "tcp:HOST:PORT"; empty when nothing is chosen.
    QString url() const;
    // The URL with the speed, for messages: "serial:/dev/ttyUSB0 @ 9600".
    QString describe() const;
    // Empty when the settings can be saved; otherwise the first problem, translated.
    QString validate() const;
    // Fills connection, port/host from a URL; false when parseDeviceUrl() refuses it.
    bool setUrl(const QString &url);

    // What the fiscal service needs from these settings (the database path and polling stay).
    FiscalServiceSettings applyTo(FiscalServiceSettings service) const;

    static QList<int> standardBauds(); // 2400 ... 115200
    // Reads "registrar/url", "registrar/baud", ...; defaults for what is missing.
    static RegistrarSettings load(QSettings &settings);
    void save(QSettings &settings) const;
    // The same in the application's QSettings (the screens and the composition root); store() syncs.
    static RegistrarSettings stored();
    void store() const;

    friend bool operator==(const RegistrarSettings &, const RegistrarSettings &) = default;
};

} // namespace app
