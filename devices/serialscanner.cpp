#include "devices/serialscanner.h"

#include "devices/log.h"
#include "devices/tr.h"

namespace devices {

namespace {

const QString keyTerminator = QStringLiteral("terminator");

} // namespace

QVariantMap SerialScannerSettings::toMap() const
{
    QVariantMap map = port.toMap();
    map.insert(QStringLiteral("enabled"), enabled);
    map.insert(keyTerminator, int(terminator));
    map.insert(QStringLiteral("idleTimeoutMs"), idleTimeoutMs);
    map.insert(QStringLiteral("prefix"), prefix);
    map.insert(QStringLiteral("suffix"), suffix);
    map.insert(QStringLiteral("reconnectIntervalMs"), reconnectIntervalMs);
    return map;
}

SerialScannerSettings SerialScannerSettings::fromMap(const QVariantMap &map)
{
    SerialScannerSettings s;
    s.port = SerialSettings::fromMap(map, s.port);
    s.enabled = map.value(QStringLiteral("enabled"), s.enabled).toBool();
    s.terminator = Terminator(map.value(keyTerminator, int(s.terminator)).toInt());
    s.idleTimeoutMs = map.value(QStringLiteral("idleTimeoutMs"), s.idleTimeoutMs).toInt();
    s.prefix = map.value(QStringLiteral("prefix")).toString();
    s.suffix = map.value(QStringLiteral("suffix")).toString();
    s.reconnectIntervalMs = map.value(QStringLiteral("reconnectIntervalMs"), s.reconnectIntervalMs).toInt();
    return s;
}

SerialScanner::SerialScanner(QObject *parent)
    : QObject(parent)
{
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &SerialScanner::flushIdle);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (m_wanted && !open())
            m_reconnectTimer.start(m_settings.reconnectIntervalMs);
    });
    connect(&m_port, &QSerialPort::readyRead, this, &SerialScanner::onReadyRead);
    connect(&m_port, &QSerialPort::errorOccurred, this, &SerialScanner::onError);
}

SerialScanner::~SerialScanner()
{
    close();
}

void SerialScanner::setSettings(const SerialScannerSettings &settings)
{
    const bool reopen = m_port.isOpen();
    close();
    m_settings = settings;
    if (reopen)
        open();
}

bool SerialScanner::open()
{
    m_wanted = true;
    if (m_port.isOpen())
        return true;
    m_settings.port.applyTo(m_port);
    if (!m_port.open(QIODevice::ReadOnly)) {
        m_error = serialErrorText(m_port.error(), m_settings.port.portName);
        m_port.clearError();
        return false;
    }
    m_error.clear();
    m_buffer.clear();
    Q_EMIT connectedChanged(true);
    return true;
}

void SerialScanner::close()
{
    m_wanted = false;
    m_reconnectTimer.stop();
    m_idleTimer.stop();
    if (m_port.isOpen()) {
        m_port.close();
        Q_EMIT connectedChanged(false);
    }
    m_buffer.clear();
}

bool SerialScanner::isOpen() const
{
    return m_port.isOpen();
}

void SerialScanner::onReadyRead()
{
    feed(m_port.readAll());
}

void SerialScanner::onError(QSerialPort::SerialPortError error)
{
    // Errors of a failed open() come back through open()'s result and errorString(), not twice.
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError || !m_port.isOpen())
        return;
    m_error = serialErrorText(error, m_settings.port.portName);
    qCWarning(lcDevices) << "scanner:" << m_error;
    Q_EMIT errorOccurred(m_error);
    if (error == QSerialPort::ResourceError && m_port.isOpen()) {
        // Unplugged: close now, come back when the cable does.
        const bool wanted = m_wanted;
        m_port.close();
        m_port.clearError();
        Q_EMIT connectedChanged(false);
        m_wanted = wanted;
        if (m_wanted && m_settings.reconnectIntervalMs > 0)
            m_reconnectTimer.start(m_settings.reconnectIntervalMs);
    }
}

void SerialScanner::feed(const QByteArray &bytes)
{
    qCDebug(lcDevicesRaw) << m_settings.port.portName << "<-" << bytes.toHex(' ');
    m_buffer += bytes;
    using T = SerialScannerSettings::Terminator;
    const T terminator = m_settings.terminator;
    if (terminator == T::None) {
        m_idleTimer.start(m_settings.idleTimeoutMs);
        return;
    }
    for (;;) {
        qsizetype end = -1;
        qsizetype skip = 1;
        switch (terminator) {
        case T::CR:
            end = m_buffer.indexOf('\r');
            break;
        case T::LF:
            end = m_buffer.indexOf('\n');
            break;
        case T::CRLF:
            end = m_buffer.indexOf("\r\n");
            skip = 2;
            break;
        case T::Auto:
        case T::None: {
            const qsizetype cr = m_buffer.indexOf('\r');
            const qsizetype lf = m_buffer.indexOf('\n');
            end = cr < 0 ? lf : lf < 0 ? cr : qMin(cr, lf);
            break;
        }
        }
        if (end < 0)
            break;
        const QByteArray code = m_buffer.left(end);
        m_buffer.remove(0, end + skip);
        emitCode(code);
    }
    // A half-received code waits; a stray LF after a CR in Auto mode becomes an empty code, dropped.
}

void SerialScanner::flushIdle()
{
    const QByteArray code = m_buffer;
    m_buffer.clear();
    emitCode(code);
}

void SerialScanner::emitCode(QByteArray bytes)
{
    // Codes are ASCII; Latin-1 keeps GS and any stray byte one-to-one.
    QString text = QString::fromLatin1(bytes);
    if (!m_settings.prefix.isEmpty() && text.startsWith(m_settings.prefix))
        text.remove(0, m_settings.prefix.size());
    if (!m_settings.suffix.isEmpty() && text.endsWith(m_settings.suffix))
        text.chop(m_settings.suffix.size());
    if (text.isEmpty())
        return;
    ScannedCode code;
    code.text = text;
    code.source = ScanSource::SerialPort;
    code.sourceName = m_settings.port.portName;
    code.time = QDateTime::currentDateTimeUtc();
    Q_EMIT codeScanned(code);
}

} // namespace devices
