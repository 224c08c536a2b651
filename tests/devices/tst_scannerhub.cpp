#include <QSignalSpy>
#include <QTest>

#include "devices/barcodeimage.h"
#include "devices/devicesettings.h"
#include "devices/scannerhub.h"

using devices::ClassifiedCode;
using devices::CodeKind;
using devices::ScannedCode;

class TstScannerHub : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySourceIsClassified()
    {
        devices::ScannerHub hub;
        devices::DeviceSettings settings;
        settings.keyboardScanner.enabled = false;
        settings.codes.weightedTemplates = {{QStringLiteral("27PPPPPWWWWWC"), 1000}};
        hub.apply(settings);
        QSignalSpy spy(&hub, &devices::ScannerHub::scanned);

        hub.serialScanner().feed("2700123012345\r");
        QCOMPARE(spy.count(), 1);
        auto classified = spy.at(0).at(1).value<ClassifiedCode>();
        QCOMPARE(classified.kind, CodeKind::Weighted);
        QCOMPARE(classified.weighted->grams, 1234);
        QCOMPARE(spy.at(0).at(0).value<ScannedCode>().source, devices::ScanSource::SerialPort);

        const QByteArray marking("010460404000111721x7Y!z%&\x1d"
                                 "93Q1w2");
        QVERIFY(hub.scanImage(devices::renderDataMatrix(marking), QStringLiteral("drop.png")));
        QCOMPARE(spy.count(), 2);
        classified = spy.at(1).at(1).value<ClassifiedCode>();
        QCOMPARE(classified.kind, CodeKind::Marking);
        QCOMPARE(classified.marking->toFiscalBytes(), marking);
        QCOMPARE(spy.at(1).at(0).value<ScannedCode>().source, devices::ScanSource::Image);

        QImage blank(100, 100, QImage::Format_Grayscale8);
        blank.fill(255);
        QVERIFY(!hub.scanImage(blank, QStringLiteral("blank.png")));

        ScannedCode typed;
        typed.text = QStringLiteral("4601234567894");
        hub.submit(typed);
        QCOMPARE(spy.count(), 3);
        classified = spy.at(2).at(1).value<ClassifiedCode>();
        QCOMPARE(classified.kind, CodeKind::Invalid);
        QCOMPARE(classified.error, devices::CodeError::BadCheckDigit);
    }

    void missingComPortIsReported()
    {
        devices::ScannerHub hub;
        devices::DeviceSettings settings;
        settings.keyboardScanner.enabled = false;
        settings.serialScanner.enabled = true;
        settings.serialScanner.reconnectIntervalMs = 0;
        settings.serialScanner.port.portName = QStringLiteral("/dev/prilavok-no-such-port");
        QSignalSpy errors(&hub, &devices::ScannerHub::deviceError);
        hub.apply(settings);
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("/dev/prilavok-no-such-port")));
    }
};

QTEST_MAIN(TstScannerHub)
#include "tst_scannerhub.moc"
