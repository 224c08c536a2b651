#include <QLabel>
#include <QTest>

#include "devices/barcodeimage.h"
#include "devices/customerdisplaymodel.h"
#include "tests/common/screenshot.h"
#include "widgets/customerdisplaywindow.h"

class TstCustomerDisplayWindow : public QObject
{
    Q_OBJECT

private:
    static QLabel *label(QWidget &window, const char *name)
    {
        return window.findChild<QLabel *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void followsTheModel()
    {
        devices::CustomerDisplayModel model;
        model.setGreeting(QStringLiteral("Прилавок — магазин у дома"));
        ui::CustomerDisplayWindow window(&model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!label(window, "totalLabel")->isVisible());
        QVERIFY(!testing_support::saveScreenshot(&window, QStringLiteral("customerdisplay_idle")).isEmpty());

        model.showLine(QStringLiteral("Молоко 3,2% 1 л"), 2000, QStringLiteral("шт"), 8990, 17980, 123450);
        QCOMPARE(label(window, "lineNameLabel")->text(), QStringLiteral("Молоко 3,2% 1 л"));
        QVERIFY(label(window, "lineDetailLabel")->text().contains(QStringLiteral("179,80")));
        QCOMPARE(label(window, "totalLabel")->text(), QStringLiteral(u"1\u00A0234,50\u00A0₽"));
        QVERIFY(!testing_support::saveScreenshot(&window, QStringLiteral("customerdisplay_sale")).isEmpty());

        model.showChange(123450, 200000, 76550);
        QVERIFY(label(window, "changeLabel")->isVisible());
        QVERIFY(label(window, "changeLabel")->text().contains(QStringLiteral("765,50")));
        QVERIFY(!label(window, "lineNameLabel")->isVisible());
        QVERIFY(
            !testing_support::saveScreenshot(&window, QStringLiteral("customerdisplay_change")).isEmpty());
    }

    void sbpQrIsScannableFromTheScreen()
    {
        const QString link = QStringLiteral(
            "https://qr.nspk.ru/"
            "AD10006M8KHJ2E0F9QIP3DAN42MAFQB9?type=02&bank=100000000111&sum=123450&cur=RUB&crc=C08B");
        devices::CustomerDisplayModel model;
        ui::CustomerDisplayWindow window(&model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        model.showPayment(123450, link);
        QVERIFY(label(window, "qrLabel")->isVisible());
        QApplication::processEvents();
        const QString png = testing_support::saveScreenshot(&window, QStringLiteral("customerdisplay_sbp"));
        QVERIFY(!png.isEmpty());
        // What a phone would see: decode the QR from the screenshot itself.
        const auto found = devices::decodeBarcodes(QImage(png));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.front().text, link);

        model.showIdle();
        QVERIFY(!label(window, "qrLabel")->isVisible());
    }
};

QTEST_MAIN(TstCustomerDisplayWindow)
#include "tst_customerdisplaywindow.moc"
