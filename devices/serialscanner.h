#pragma once

// A barcode scanner on a COM port (RS-232, or USB in virtual COM mode): no keyboard layout, no
// focus problems, GS arrives as the byte 0x1D. Codes are split by the terminator or, for scanners
// set to send nothing after a code, by a pause.

#include "devices/scannedcode.h"
#include "devices/serialsettings.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

namespace devices {

struct SerialScannerSettings
{
    enum class Terminator { Auto, CR, LF, CRLF, None };

    bool enabled = false;
    SerialSettings port;
    Terminator terminator = Terminator::Auto; // Auto: CR, LF or CRLF
    int idleTimeoutMs = 50;                   // with Terminator::None a pause this long ends a code
    QString prefix;                           // removed from the front of every code
    QString suffix;                           // removed from the end
    int reconnectIntervalMs = 2000;           // retry after the scanner is unplugged; 0: never

    QVariantMap toMap() const;
    static SerialScannerSettings fromMap(const QVariantMap &map);
    friend bool operator==(const SerialScannerSettings &, const SerialScannerSettings &) = default;
};

class SerialScanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SerialScanner)

public:
    explicit SerialScanner(QObject *parent = nullptr);
    ~SerialScanner() override;

    void setSettings(const SerialScannerSettings &settings);
    const SerialScannerSettings &settings() const { return m_settings; }

    bool open();
    void close();
    bool isOpen() const;
    QString errorString() const { return m_error; }

    // The bytes as they came from the port; public so framing is testable without a port.
    void feed(const QByteArray &bytes);

Q_SIGNALS:
    void codeScanned(const devices::ScannedCode &code);
    void errorOccurred(const QString &message);
    void connectedChanged(bool connected);

private:
    void onReadyRead();
    void onError(QSerialPort::SerialPortError error);
    void emitCode(QByteArray bytes);
    void flushIdle();

    SerialScannerSettings m_settings;
    QSerialPort m_port;
    QByteArray m_buffer;
    QTimer m_idleTimer;
    QTimer m_reconnectTimer;
    QString m_error;
    bool m_wanted = false; // open() was called and close() was not: reconnect after unplugging
};

} // namespace devices
