#include "devices/scale.h"

#include "devices/log.h"

#include <QRegularExpression>

namespace devices {

QVariantMap ScaleSettings::toMap() const
{
    QVariantMap map = port.toMap();
    map.insert(QStringLiteral("enabled"), enabled);
    map.insert(QStringLiteral("pollCommand"), QString::fromLatin1(pollCommand.toHex()));
    map.insert(QStringLiteral("pollIntervalMs"), pollIntervalMs);
    map.insert(QStringLiteral("stableSamples"), stableSamples);
    map.insert(QStringLiteral("toleranceGrams"), toleranceGrams);
    map.insert(QStringLiteral("minimumGrams"), minimumGrams);
    return map;
}

ScaleSettings ScaleSettings::fromMap(const QVariantMap &map)
{
    ScaleSettings s;
    s.port = SerialSettings::fromMap(map, s.port);
    s.enabled = map.value(QStringLiteral("enabled"), s.enabled).toBool();
    s.pollCommand = QByteArray::fromHex(map.value(QStringLiteral("pollCommand")).toString().toLatin1());
    s.pollIntervalMs = map.value(QStringLiteral("pollIntervalMs"), s.pollIntervalMs).toInt();
    s.stableSamples = map.value(QStringLiteral("stableSamples"), s.stableSamples).toInt();
    s.toleranceGrams = map.value(QStringLiteral("toleranceGrams"), s.toleranceGrams).toInt();
    s.minimumGrams = map.value(QStringLiteral("minimumGrams"), s.minimumGrams).toInt();
    return s;
}

std::optional<ScaleReading> parseScaleLine(const QByteArray &line)
{
    static const QRegularExpression number(QStringLiteral("([-+]?)\\s*(\\d+)(?:[.,](\\d+))?\\s*(kg|g)?"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromLatin1(line).trimmed();
    if (text.startsWith(QLatin1String("OL"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("OVERLOAD"), Qt::CaseInsensitive)) {
        ScaleReading reading;
        reading.overload = true;
        reading.deviceStable = false;
        return reading;
    }
    const QRegularExpressionMatch m = number.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const bool grams = m.captured(4).compare(QLatin1String("g"), Qt::CaseInsensitive) == 0;
    const qint64 whole = m.captured(2).toLongLong();
    QString fraction = m.captured(3);
    qint64 value = 0;
    if (grams) {
        value = whole;
    } else {
        // Kilograms with up to three decimals are whole grams; further digits are dropped.
        fraction = fraction.leftJustified(3, QLatin1Char('0')).left(3);
        value = whole * 1000 + fraction.toLongLong();
    }
    if (m.captured(1) == QLatin1String("-"))
        value = -value;
    ScaleReading reading;
    reading.grams = value;
    const QString head = text.left(m.capturedStart()).toUpper();
    if (head.contains(QLatin1String("US")) || head.startsWith(QLatin1String("S D")))
        reading.deviceStable = false;
    else if (head.contains(QLatin1String("ST")) || head.startsWith(QLatin1String("S S")))
        reading.deviceStable = true;
    return reading;
}

StableWeightDetector::StableWeightDetector(const ScaleSettings &settings)
    : m_settings(settings)
{}

std::optional<qint64> StableWeightDetector::feed(const ScaleReading &reading)
{
    if (reading.deviceStable == false) {
        m_count = 0;
        return std::nullopt;
    }
    if (m_reference >= 0 && qAbs(reading.grams - m_reference) <= m_settings.toleranceGrams) {
        ++m_count;
    } else {
        m_reference = reading.grams;
        m_count = 1;
        m_reported = false;
    }
    if (!m_reported && m_count >= m_settings.stableSamples && reading.grams >= m_settings.minimumGrams) {
        m_reported = true;
        return reading.grams;
    }
    return std::nullopt;
}

SerialScale::SerialScale(QObject *parent)
    : QObject(parent)
{
    connect(&m_port, &QSerialPort::readyRead, this, [this] { feed(m_port.readAll()); });
    connect(&m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError error) {
        if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError)
            return;
        m_error = serialErrorText(error, m_settings.port.portName);
        qCWarning(lcDevices) << "scale:" << m_error;
        Q_EMIT errorOccurred(m_error);
        if (error == QSerialPort::ResourceError)
            close();
    });
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        if (m_port.isOpen())
            m_port.write(m_settings.pollCommand);
    });
}

SerialScale::~SerialScale()
{
    close();
}

void SerialScale::setSettings(const ScaleSettings &settings)
{
    const bool reopen = m_port.isOpen();
    close();
    m_settings = settings;
    m_detector = StableWeightDetector(settings);
    if (reopen)
        open();
}

bool SerialScale::open()
{
    if (m_port.isOpen())
        return true;
    m_settings.port.applyTo(m_port);
    if (!m_port.open(QIODevice::ReadWrite)) {
        m_error = serialErrorText(m_port.error(), m_settings.port.portName);
        m_port.clearError();
        return false;
    }
    m_buffer.clear();
    m_detector = StableWeightDetector(m_settings);
    if (!m_settings.pollCommand.isEmpty())
        m_pollTimer.start(m_settings.pollIntervalMs);
    return true;
}

void SerialScale::close()
{
    m_pollTimer.stop();
    if (m_port.isOpen())
        m_port.close();
}

void SerialScale::feed(const QByteArray &bytes)
{
    m_buffer += bytes;
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\n') >= 0 ? m_buffer.indexOf('\n') : m_buffer.indexOf('\r');
        if (end < 0)
            break;
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        qCDebug(lcDevicesRaw) << m_settings.port.portName << "<-" << line;
        const auto reading = parseScaleLine(line);
        if (!reading)
            continue;
        if (reading->overload) {
            m_detector.feed(*reading); // a plateau ends here
            Q_EMIT overloaded();
            continue;
        }
        const auto stable = m_detector.feed(*reading);
        Q_EMIT weightChanged(reading->grams, m_detector.isStable());
        if (stable) {
            m_lastStable = stable;
            Q_EMIT stableWeight(*stable);
        }
    }
    // A scale that never ends its lines must not grow the buffer forever.
    if (m_buffer.size() > 256)
        m_buffer.clear();
}

} // namespace devices
