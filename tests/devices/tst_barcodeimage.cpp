#include <QPainter>
#include <QTest>

#include "devices/barcodeimage.h"
#include "devices/markingcode.h"

using devices::BarcodeSymbology;

class TstBarcodeImage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void qrRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("SBP link") << QStringLiteral(
            "https://qr.nspk.ru/"
            "AD10006M8KHJ2E0F9QIP3DAN42MAFQB9?type=02&bank=100000000111&sum=12345&cur=RUB&crc=C08B");
        QTest::newRow("receipt check link")
            << QStringLiteral("t=20261122T1905&s=1234.50&fn=7380440700123456&i=42&fp=1234567890&n=1");
        QTest::newRow("Cyrillic") << QStringLiteral("Спасибо за покупку! Прилавок");
    }

    void qrRoundTrip()
    {
        QFETCH(QString, text);
        const QImage image = devices::renderQrCode(text, 240);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 240);
        const auto found = devices::decodeBarcodes(image);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.front().symbology, BarcodeSymbology::QrCode);
        QCOMPARE(found.front().text, text);
    }

    void dataMatrixWithGsRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("beer") << QByteArray("010460404000111721x7Y!z%&\x1d"
                                            "93Q1w2");
        QTest::newRow("dairy with weight") << QByteArray("010460700112233321aB1-2.\x1d"
                                                         "93Ab+/\x1d"
                                                         "310300045017251231");
        QTest::newRow("shoes") << QByteArray("010460123456789321ABCDEFGHIJKLM\x1d"
                                             "91EE06\x1d"
                                             "92MEUCIQD7ZTSsnTxL+ZRrGh4s5cmtBLkBJaxfvbi2qNlJ");
        QTest::newRow("tobacco pack") << QByteArray("04606203098187-(5dF&aAAAAbCdE");
    }

    void dataMatrixWithGsRoundTrip()
    {
        QFETCH(QByteArray, code);
        const QImage image = devices::renderDataMatrix(code, 160);
        QVERIFY(!image.isNull());
        const auto found = devices::decodeBarcodes(image);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.front().symbology, BarcodeSymbology::DataMatrix);
        QCOMPARE(found.front().text.toLatin1(), code);
        // And the decoded text is a marking code ready for the registrar, GS intact.
        const auto parsed = devices::parseMarkingCode(found.front().text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
        QCOMPARE(parsed.code->toFiscalBytes(), code);
    }

    void linearRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<BarcodeSymbology>("symbology");
        QTest::addColumn<QString>("decoded");
        QTest::newRow("EAN-13") << QStringLiteral("4601234567893") << BarcodeSymbology::Ean13
                                << QStringLiteral("4601234567893");
        QTest::newRow("EAN-13, check digit added")
            << QStringLiteral("460123456789") << BarcodeSymbology::Ean13 << QStringLiteral("4601234567893");
        QTest::newRow("EAN-8") << QStringLiteral("12345670") << BarcodeSymbology::Ean8
                               << QStringLiteral("12345670");
        QTest::newRow("weighted EAN-13")
            << QStringLiteral("2200123012340") << BarcodeSymbology::Ean13 << QStringLiteral("2200123012340");
        QTest::newRow("Code128") << QStringLiteral("CARD-0042") << BarcodeSymbology::Code128
                                 << QStringLiteral("CARD-0042");
    }

    void linearRoundTrip()
    {
        QFETCH(QString, text);
        QFETCH(BarcodeSymbology, symbology);
        QFETCH(QString, decoded);
        const QImage image = devices::renderLinearBarcode(text, symbology);
        QVERIFY(!image.isNull());
        const auto found = devices::decodeBarcodes(image);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.front().symbology, symbology);
        QCOMPARE(found.front().text, decoded);
    }

    void linearRefusesWhatDoesNotFit()
    {
        QVERIFY(
            devices::renderLinearBarcode(QStringLiteral("4601234567894"), BarcodeSymbology::Ean13).isNull());
        QVERIFY(devices::renderLinearBarcode(QStringLiteral("ABC"), BarcodeSymbology::Ean8).isNull());
        QVERIFY(devices::renderLinearBarcode(QStringLiteral("x"), BarcodeSymbology::QrCode).isNull());
    }

    void codeInALargerPicture()
    {
        // A label photo: the code somewhere on a white page, scaled, next to some text.
        const QImage code = devices::renderDataMatrix("010460404000111721x7Y!z%&\x1d"
                                                      "93Q1w2",
                                                      120);
        QImage page(640, 480, QImage::Format_RGB32);
        page.fill(Qt::white);
        {
            QPainter painter(&page);
            painter.drawImage(QRect(300, 180, 180, 180), code);
            painter.drawText(20, 40, QStringLiteral("Молоко 3,2% 1 л"));
        }
        const auto scanned = devices::scanImage(page, QStringLiteral("label.png"));
        QCOMPARE(scanned.source, devices::ScanSource::Image);
        QCOMPARE(scanned.sourceName, QStringLiteral("label.png"));
        QCOMPARE(scanned.text, QStringLiteral("010460404000111721x7Y!z%&\x1d"
                                              "93Q1w2"));
    }

    void emptyAndBlankImages()
    {
        QVERIFY(devices::decodeBarcodes(QImage()).isEmpty());
        QImage blank(200, 200, QImage::Format_Grayscale8);
        blank.fill(255);
        QVERIFY(devices::decodeBarcodes(blank).isEmpty());
        QVERIFY(devices::scanImage(blank, QStringLiteral("blank.png")).text.isEmpty());
    }

    void tooLongForQrGivesNullImage()
    {
        QVERIFY(devices::renderQrCode(QString(8000, QLatin1Char('x'))).isNull());
    }
};

QTEST_MAIN(TstBarcodeImage)
#include "tst_barcodeimage.moc"
