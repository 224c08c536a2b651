#include <QSerialPort>
#include <QSignalSpy>
#include <QTest>

#include "devices/money.h"
#include "devices/vfddisplay.h"
#include "ptypair.h"

using devices::CustomerDisplayState;
using devices::VfdSettings;

class TstVfdDisplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void money()
    {
        QCOMPARE(devices::formatKopecks(0), QStringLiteral("0,00"));
        QCOMPARE(devices::formatKopecks(8990), QStringLiteral("89,90"));
        QCOMPARE(devices::formatKopecks(123456789), QStringLiteral("1 234 567,89"));
        QCOMPARE(devices::formatKopecks(-505), QStringLiteral("-5,05"));
    }

    void cp866()
    {
        QCOMPARE(devices::vfd::encodeCp866(QStringLiteral("AЯаяпрЁё№ ₽")),
                 QByteArray::fromHex("419fa0efafe0f0f1fc203f"));
        QCOMPARE(devices::vfd::encodeCp866(QStringLiteral("Итого")), QByteArray::fromHex("88e2aea3ae"));
    }

    void lines_data()
    {
        QTest::addColumn<CustomerDisplayState>("state");
        QTest::addColumn<QStringList>("expected");
        CustomerDisplayState idle;
        idle.greeting = QStringLiteral("Прилавок");
        QTest::newRow("idle") << idle
                              << QStringList{QStringLiteral("      Прилавок      "),
                                             QString(20, QLatin1Char(' '))};
        CustomerDisplayState sale;
        sale.mode = CustomerDisplayState::Mode::Sale;
        sale.lineName = QStringLiteral("Молоко 3,2% 1 л Простоквашино");
        sale.lineAmountKopecks = 8990;
        sale.totalKopecks = 123450;
        QTest::newRow("sale") << sale
                              << QStringList{QStringLiteral("Молоко 3,2% 1  89,90"),
                                             QStringLiteral("Total       1 234,50")};
        CustomerDisplayState pay;
        pay.mode = CustomerDisplayState::Mode::Payment;
        pay.totalKopecks = 123450;
        pay.qrPayload = QStringLiteral("https://qr.nspk.ru/x");
        QTest::newRow("payment by QR")
            << pay
            << QStringList{QStringLiteral("To pay      1 234,50"), QStringLiteral("Pay by the QR code  ")};
        CustomerDisplayState change;
        change.mode = CustomerDisplayState::Mode::Change;
        change.paidKopecks = 200000;
        change.changeKopecks = 76550;
        QTest::newRow("change") << change
                                << QStringList{QStringLiteral("Paid        2 000,00"),
                                               QStringLiteral("Change        765,50")};
    }

    void lines()
    {
        QFETCH(CustomerDisplayState, state);
        QFETCH(QStringList, expected);
        const QStringList got = devices::vfd::lines(state, 20);
        QCOMPARE(got, expected);
        for (const QString &line : got)
            QCOMPARE(line.size(), 20);
    }

    void commandSets()
    {
        VfdSettings s;
        QCOMPARE(devices::vfd::initBytes(s), QByteArray::fromHex("1b401b74110c"));
        QCOMPARE(devices::vfd::frameBytes({QStringLiteral("AB"), QStringLiteral("Я")}, s),
                 QByteArray::fromHex("1f24010141421f2401029f"));
        s.commandSet = VfdSettings::CommandSet::Cd5220;
        s.codePage = -1;
        QCOMPARE(devices::vfd::initBytes(s), QByteArray::fromHex("1b400c"));
        QCOMPARE(devices::vfd::frameBytes({QStringLiteral("AB"), QStringLiteral("C")}, s),
                 QByteArray::fromHex("1b6c010141421b6c010243"));
        s.commandSet = VfdSettings::CommandSet::Plain;
        QCOMPARE(devices::vfd::initBytes(s), QByteArray::fromHex("0c"));
        QCOMPARE(devices::vfd::frameBytes({QStringLiteral("AB"), QStringLiteral("C")}, s),
                 QByteArray::fromHex("0c41420d0a43"));
    }

    void writesOverSocatPty()
    {
        testing_support::PtyPair pty;
        QString why;
        if (!pty.start(&why))
            QSKIP(qPrintable(why));
        QSerialPort hardware;
        hardware.setPortName(pty.hardwareEnd());
        QVERIFY(hardware.open(QIODevice::ReadOnly));

        devices::CustomerDisplayModel model;
        model.setGreeting(QStringLiteral("Прилавок"));
        devices::VfdDisplay display(&model);
        VfdSettings settings;
        settings.enabled = true;
        settings.port.portName = pty.deviceEnd();
        display.setSettings(settings);
        QVERIFY2(display.open(), qPrintable(display.errorString()));

        QByteArray received;
        auto readUntil = [&](qsizetype size) {
            QTRY_VERIFY_WITH_TIMEOUT((received += hardware.readAll()).size() >= size, 3000);
        };
        const QByteArray init = QByteArray::fromHex("1b401b74110c");
        const QByteArray idle = QByteArray::fromHex("1f240101") +
                                devices::vfd::encodeCp866(QStringLiteral("      Прилавок      ")) +
                                QByteArray::fromHex("1f240102") + QByteArray(20, ' ');
        readUntil(init.size() + idle.size());
        QCOMPARE(received, init + idle);

        received.clear();
        model.showLine(QStringLiteral("Хлеб"), 1000, QStringLiteral("pcs"), 4500, 4500, 4500);
        const QByteArray line = QByteArray::fromHex("1f240101") +
                                devices::vfd::encodeCp866(QStringLiteral("Хлеб           45,00")) +
                                QByteArray::fromHex("1f240102") + QByteArrayLiteral("Total          45,00");
        readUntil(line.size());
        QCOMPARE(received, line);

        // The same picture again writes nothing.
        received.clear();
        model.setGreeting(QStringLiteral("Прилавок"));
        QTest::qWait(50);
        QCOMPARE(received + hardware.readAll(), QByteArray());
    }

    void settingsRoundTrip()
    {
        VfdSettings s;
        s.enabled = true;
        s.port.portName = QStringLiteral("COM4");
        s.port.baudRate = 19200;
        s.commandSet = VfdSettings::CommandSet::Cd5220;
        s.codePage = 7;
        s.columns = 16;
        s.greeting = QStringLiteral("Добро пожаловать");
        QCOMPARE(VfdSettings::fromMap(s.toMap()), s);
        QCOMPARE(VfdSettings::fromMap({}), VfdSettings());
    }
};

QTEST_GUILESS_MAIN(TstVfdDisplay)
#include "tst_vfddisplay.moc"
