#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "devices/devicesettings.h"

class TstDeviceSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void throughAnIniFile()
    {
        devices::DeviceSettings s;
        s.keyboardScanner.maxGapMs = 30;
        s.keyboardScanner.gsSubstitute = QStringLiteral("~");
        s.keyboardScanner.terminatorKeys = {Qt::Key_Return, Qt::Key_Tab};
        s.serialScanner.enabled = true;
        s.serialScanner.port.portName = QStringLiteral("/dev/ttyACM0");
        s.serialScanner.port.baudRate = 115200;
        s.codes.weightedTemplates = {{QStringLiteral("27PPPPPMMMMMC"), 100},
                                     {QStringLiteral("22PPPPPWWWWWC"), 1000}};
        s.cardTerminal.kind = devices::TerminalSettings::Kind::Emulated;
        s.cardTerminal.host = QStringLiteral("192.168.1.50");
        s.cardTerminal.tcpPort = 27015;
        s.sbp.kind = devices::SbpSettings::Kind::Emulated;
        s.sbp.merchantId = QStringLiteral("MA0000012345");
        s.customerScreen.enabled = true;
        s.customerScreen.greeting = QStringLiteral("Добро пожаловать!");
        s.vfd.enabled = true;
        s.vfd.port.portName = QStringLiteral("COM4");
        s.vfd.commandSet = devices::VfdSettings::CommandSet::Cd5220;
        s.cashDrawer.openOnCardPayment = true;
        s.scale.enabled = true;
        s.scale.pollCommand = QByteArray("\x05", 1);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("till.ini"));
        {
            QSettings ini(path, QSettings::IniFormat);
            devices::saveDeviceSettings(ini, s);
        }
        QSettings ini(path, QSettings::IniFormat);
        const devices::DeviceSettings back = devices::loadDeviceSettings(ini);
        QCOMPARE(back.keyboardScanner, s.keyboardScanner);
        QCOMPARE(back.serialScanner, s.serialScanner);
        QCOMPARE(back.codes.weightedTemplates, s.codes.weightedTemplates);
        QCOMPARE(back.cardTerminal, s.cardTerminal);
        QCOMPARE(back.sbp, s.sbp);
        QCOMPARE(back.customerScreen, s.customerScreen);
        QCOMPARE(back.vfd, s.vfd);
        QCOMPARE(back.cashDrawer, s.cashDrawer);
        QCOMPARE(back.scale, s.scale);
        QCOMPARE(ini.value(QStringLiteral("devices/serialScanner/baudRate")).toInt(), 115200);
    }

    void emptyStoreGivesDefaults()
    {
        QTemporaryDir dir;
        QSettings ini(dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
        const devices::DeviceSettings d = devices::loadDeviceSettings(ini);
        QCOMPARE(d.keyboardScanner, devices::WedgeSettings());
        QCOMPARE(d.codes.weightedTemplates, devices::defaultWeightedTemplates());
        QCOMPARE(d.cardTerminal.kind, devices::TerminalSettings::Kind::None);
        QCOMPARE(d.vfd, devices::VfdSettings());
    }
};

QTEST_GUILESS_MAIN(TstDeviceSettings)
#include "tst_devicesettings.moc"
