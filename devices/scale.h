#pragma once

// A shop scale on a COM port, for weighed goods without a printed label. Most counter scales (CAS,
// Масса-К, Штрих-Принт in text mode, Mettler) can stream or answer with a text line holding the
// weight; the till takes a weight only once it has settled, so a hand on the pan is not sold.

#include "devices/serialsettings.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>
#include <QVariantMap>

#include <optional>

namespace devices {

struct ScaleSettings
{
    bool enabled = false;
    SerialSettings port;
    QByteArray pollCommand; // sent every pollIntervalMs (e.g. ENQ 0x05); empty: the scale streams
    int pollIntervalMs = 200;
    int stableSamples = 3;  // equal readings in a row that make a weight stable
    int toleranceGrams = 2; // what still counts as equal (one scale division)
    int minimumGrams = 5;   // below this the pan is empty

    QVariantMap toMap() const;
    static ScaleSettings fromMap(const QVariantMap &map);
    friend bool operator==(const ScaleSettings &, const ScaleSettings &) = default;
};

struct ScaleReading
{
    qint64 grams = 0;
    std::optional<bool> deviceStable; // when the scale says so itself ("ST"/"US", "S S"/"S D")
    bool overload = false;            // "OL,GS,..." / "OVERLOAD": more than the scale can weigh
};

// One text line from a scale: "ST,GS,+000.345kg", "US,NT,   0.34 kg", "S S     345 g", "0.345",
// and the overload lines "OL,GS,+  .   kg", "OVERLOAD" (no weight in them).
std::optional<ScaleReading> parseScaleLine(const QByteArray &line);

// Says "stable" once per plateau: a run of readings within the tolerance, and never for an empty pan.
class StableWeightDetector
{
public:
    explicit StableWeightDetector(const ScaleSettings &settings = {});
    std::optional<qint64> feed(const ScaleReading &reading);
    bool isStable() const { return m_count >= m_settings.stableSamples; }

private:
    ScaleSettings m_settings;
    qint64 m_reference = -1;
    int m_count = 0;
    bool m_reported = false;
};

class SerialScale final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SerialScale)

public:
    explicit SerialScale(QObject *parent = nullptr);
    ~SerialScale() override;

    void setSettings(const ScaleSettings &settings);
    bool open();
    void close();
    bool isOpen() const { return m_port.isOpen(); }
    QString errorString() const { return m_error; }
    std::optional<qint64> lastStableGrams() const { return m_lastStable; }

    void feed(const QByteArray &bytes); // public for tests without a port

Q_SIGNALS:
    void weightChanged(qint64 grams, bool stable);
    void stableWeight(qint64 grams);
    void overloaded(); // the scale reports more than it can weigh
    void errorOccurred(const QString &message);

private:
    ScaleSettings m_settings;
    StableWeightDetector m_detector;
    QSerialPort m_port;
    QTimer m_pollTimer;
    QByteArray m_buffer;
    QString m_error;
    std::optional<qint64> m_lastStable;
};

} // namespace devices
