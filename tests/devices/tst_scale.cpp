#include <QSerialPort>
#include <QSignalSpy>
#include <QTest>

#include "devices/scale.h"
#include "ptypair.h"

using devices::ScaleReading;

class TstScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("grams");
        QTest::addColumn<int>("stable"); // -1 unknown, 0 no, 1 yes
        QTest::newRow("CAS stable") << QByteArray("ST,GS,+000.345kg") << true << qint64(345) << 1;
        QTest::newRow("CAS unstable") << QByteArray("US,NT,   0.34 kg") << true << qint64(340) << 0;
        QTest::newRow("Mettler stable grams") << QByteArray("S S     1250 g") << true << qint64(1250) << 1;
        QTest::newRow("Mettler dynamic") << QByteArray("S D     0.512 kg") << true << qint64(512) << 0;
        QTest::newRow("bare number") << QByteArray("1.5") << true << qint64(1500) << -1;
        QTest::newRow("comma decimals") << QByteArray("2,075kg") << true << qint64(2075) << -1;
        QTest::newRow("negative (tare)") << QByteArray("ST,GS,-000.010kg") << true << qint64(-10) << 1;
        QTest::newRow("garbage") << QByteArray("ERR") << false << qint64(0) << -1;
    }

    void parse()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, ok);
        QFETCH(qint64, grams);
        QFETCH(int, stable);
        const auto reading = devices::parseScaleLine(line);
        QCOMPARE(reading.has_value(), ok);
        if (!reading)
            return;
        QCOMPARE(reading->grams, grams);
        QCOMPARE(reading->deviceStable.has_value() ? int(*reading->deviceStable) : -1, stable);
    }

    void overload_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("CAS") << QByteArray("OL,GS,+  .   kg");
        QTest::newRow("text") << QByteArray("OVERLOAD");
    }

    void overload()
    {
        QFETCH(QByteArray, line);
        const auto reading = devices::parseScaleLine(line);
        QVERIFY(reading);
        QVERIFY(reading->overload);
        QCOMPARE(reading->deviceStable, std::optional<bool>(false));
        QVERIFY(!devices::parseScaleLine("ST,GS,+000.345kg")->overload);
    }

    void stableOncePerPlateau()
    {
        devices::StableWeightDetector detector;
        QList<qint64> reported;
        const QList<ScaleReading> readings{
            {0, {}},      {0, {}},      {0, {}},                            // empty pan: never reported
            {120, {}},    {340, {}},    {345, {}},    {344, {}}, {346, {}}, // hand leaves, settles at ~345
            {345, {}},    {345, {}},                  // still the same item: no second report
            {500, false}, {500, false}, {500, false}, // the scale itself says "moving"
            {500, true},  {500, true},  {500, true},  {0, {}},   {0, {}},
            {0, {}},      {345, {}},    {345, {}},    {345, {}}, // the same item again
        };
        for (const ScaleReading &r : readings) {
            if (const auto g = detector.feed(r))
                reported << *g;
        }
        QCOMPARE(reported, (QList<qint64>{346, 500, 345}));
    }

    void overSocatPty()
    {
        testing_support::PtyPair pty;
        QString why;
        if (!pty.start(&why))
            QSKIP(qPrintable(why));
        QSerialPort hardware;
        hardware.setPortName(pty.hardwareEnd());
        QVERIFY(hardware.open(QIODevice::ReadWrite));

        devices::SerialScale scale;
        devices::ScaleSettings settings;
        settings.port.portName = pty.deviceEnd();
        settings.pollCommand = QByteArray("\x05", 1);
        settings.pollIntervalMs = 20;
        scale.setSettings(settings);
        QVERIFY2(scale.open(), qPrintable(scale.errorString()));
        QSignalSpy stable(&scale, &devices::SerialScale::stableWeight);
        QSignalSpy weights(&scale, &devices::SerialScale::weightChanged);

        // The scale answers the polls it receives.
        QTRY_VERIFY(hardware.bytesAvailable() > 0 || hardware.waitForReadyRead(50));
        QVERIFY(hardware.readAll().startsWith('\x05'));
        hardware.write("US,GS,+000.300kg\r\nST,GS,+000.345kg\r\nST,GS,+000.345kg\r\nST,GS,+000.345kg\r\n");
        QVERIFY(hardware.waitForBytesWritten(1000));
        QTRY_COMPARE(stable.count(), 1);
        QCOMPARE(stable.at(0).at(0).toLongLong(), 345);
        QCOMPARE(scale.lastStableGrams(), 345);
        QCOMPARE(weights.count(), 4);
        QCOMPARE(weights.at(0).at(1).toBool(), false);
        QCOMPARE(weights.at(3).at(1).toBool(), true);
    }

    void settingsRoundTrip()
    {
        devices::ScaleSettings s;
        s.enabled = true;
        s.port.portName = QStringLiteral("COM5");
        s.pollCommand = QByteArray("\x05", 1);
        s.stableSamples = 4;
        s.toleranceGrams = 5;
        QCOMPARE(devices::ScaleSettings::fromMap(s.toMap()), s);
    }
};

QTEST_GUILESS_MAIN(TstScale)
#include "tst_scale.moc"
