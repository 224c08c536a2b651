#include <QSerialPort>
#include <QSignalSpy>
#include <QTest>

#include "devices/serialscanner.h"
#include "ptypair.h"

using devices::SerialScannerSettings;
using Terminator = devices::SerialScannerSettings::Terminator;

class TstSerialScanner : public QObject
{
    Q_OBJECT

private:
    static QStringList codesOf(const QSignalSpy &spy)
    {
        QStringList codes;
        for (const auto &args : spy)
            codes << args.at(0).value<devices::ScannedCode>().text;
        return codes;
    }

private Q_SLOTS:
    void framing_data()
    {
        QTest::addColumn<int>("terminator");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QByteArrayList>("chunks");
        QTest::addColumn<QStringList>("codes");

        QTest::newRow("CR") << int(Terminator::CR) << QString() << QByteArrayList{"4601234567893\r12345670\r"}
                            << QStringList{QStringLiteral("4601234567893"), QStringLiteral("12345670")};
        QTest::newRow("CRLF split across reads")
            << int(Terminator::CRLF) << QString()
            << QByteArrayList{"46012345", "67893\r", "\n1234", "5670\r\n"}
            << QStringList{QStringLiteral("4601234567893"), QStringLiteral("12345670")};
        QTest::newRow("auto with CRLF")
            << int(Terminator::Auto) << QString() << QByteArrayList{"4601234567893\r\n12345670\n"}
            << QStringList{QStringLiteral("4601234567893"), QStringLiteral("12345670")};
        QTest::newRow("LF with GS kept") << int(Terminator::LF) << QString()
                                         << QByteArrayList{"010460404000111721x7Y!z%&\x1d"
                                                           "93Q1w2\n"}
                                         << QStringList{QStringLiteral("010460404000111721x7Y!z%&\x1d"
                                                                       "93Q1w2")};
        QTest::newRow("prefix stripped")
            << int(Terminator::CR) << QStringLiteral("]C1") << QByteArrayList{"]C14601234567893\r"}
            << QStringList{QStringLiteral("4601234567893")};
        QTest::newRow("half code waits")
            << int(Terminator::CR) << QString() << QByteArrayList{"460123"} << QStringList{};
    }

    void framing()
    {
        QFETCH(int, terminator);
        QFETCH(QString, prefix);
        QFETCH(QByteArrayList, chunks);
        QFETCH(QStringList, codes);
        devices::SerialScanner scanner;
        SerialScannerSettings settings;
        settings.terminator = Terminator(terminator);
        settings.prefix = prefix;
        scanner.setSettings(settings);
        QSignalSpy spy(&scanner, &devices::SerialScanner::codeScanned);
        for (const QByteArray &chunk : chunks)
            scanner.feed(chunk);
        QCOMPARE(codesOf(spy), codes);
    }

    void overSocatPty()
    {
        testing_support::PtyPair pty;
        QString why;
        if (!pty.start(&why))
            QSKIP(qPrintable(why));

        devices::SerialScanner scanner;
        SerialScannerSettings settings;
        settings.enabled = true;
        settings.port.portName = pty.deviceEnd();
        settings.port.baudRate = 115200;
        settings.terminator = Terminator::CR;
        scanner.setSettings(settings);
        QSignalSpy connected(&scanner, &devices::SerialScanner::connectedChanged);
        QVERIFY2(scanner.open(), qPrintable(scanner.errorString()));
        QCOMPARE(connected.count(), 1);

        QSerialPort hardware;
        hardware.setPortName(pty.hardwareEnd());
        hardware.setBaudRate(115200);
        QVERIFY(hardware.open(QIODevice::WriteOnly));

        QSignalSpy spy(&scanner, &devices::SerialScanner::codeScanned);
        hardware.write("4601234567893\r0104604040001117");
        QVERIFY(hardware.waitForBytesWritten(1000));
        QTRY_COMPARE(spy.count(), 1);
        hardware.write("21x7Y!z%&\x1d"
                       "93Q1w2\r");
        QVERIFY(hardware.waitForBytesWritten(1000));
        QTRY_COMPARE(spy.count(), 2);
        const auto marking = spy.at(1).at(0).value<devices::ScannedCode>();
        QCOMPARE(marking.text, QStringLiteral("010460404000111721x7Y!z%&\x1d"
                                              "93Q1w2"));
        QCOMPARE(marking.source, devices::ScanSource::SerialPort);
        QCOMPARE(marking.sourceName, pty.deviceEnd());
        QCOMPARE(spy.at(0).at(0).value<devices::ScannedCode>().text, QStringLiteral("4601234567893"));
    }

    void pauseEndsCodeWithoutTerminator()
    {
        testing_support::PtyPair pty;
        QString why;
        if (!pty.start(&why))
            QSKIP(qPrintable(why));
        devices::SerialScanner scanner;
        SerialScannerSettings settings;
        settings.port.portName = pty.deviceEnd();
        settings.terminator = Terminator::None;
        settings.idleTimeoutMs = 60;
        scanner.setSettings(settings);
        QVERIFY(scanner.open());
        QSerialPort hardware;
        hardware.setPortName(pty.hardwareEnd());
        QVERIFY(hardware.open(QIODevice::WriteOnly));
        QSignalSpy spy(&scanner, &devices::SerialScanner::codeScanned);
        hardware.write("12345670");
        QVERIFY(hardware.waitForBytesWritten(1000));
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(codesOf(spy), QStringList{QStringLiteral("12345670")});
    }

    void missingPortIsReported()
    {
        devices::SerialScanner scanner;
        SerialScannerSettings settings;
        settings.port.portName = QStringLiteral("/dev/does-not-exist-prilavok");
        scanner.setSettings(settings);
        QVERIFY(!scanner.open());
        QVERIFY(scanner.errorString().contains(QStringLiteral("/dev/does-not-exist-prilavok")));
        scanner.close();
    }

    void settingsRoundTrip()
    {
        SerialScannerSettings s;
        s.enabled = true;
        s.port.portName = QStringLiteral("COM3");
        s.port.baudRate = 115200;
        s.port.parity = QSerialPort::EvenParity;
        s.port.stopBits = QSerialPort::TwoStop;
        s.port.dataBits = QSerialPort::Data7;
        s.terminator = Terminator::CRLF;
        s.idleTimeoutMs = 80;
        s.prefix = QStringLiteral("]C1");
        s.suffix = QStringLiteral("#");
        QCOMPARE(SerialScannerSettings::fromMap(s.toMap()), s);
        QCOMPARE(SerialScannerSettings::fromMap({}), SerialScannerSettings());
    }
};

QTEST_GUILESS_MAIN(TstSerialScanner)
#include "tst_serialscanner.moc"
