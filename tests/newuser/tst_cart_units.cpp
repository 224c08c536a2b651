// The cart shows each quantity with its unit (`0,450 кг`, `2 шт`), and Qt's own buttons speak
// Russian next to ours (issue 16). Driven by keys on the demo till.

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include "app/core/unittext.h"
#include "app/till/cartmodel.h"
#include "app/till/saledesk.h"
#include "tests/common/screenshot.h"
#include "tests/till_ui/tillrig.h"
#include "widgets/loginscreen.h"
#include "widgets/till/loginpage.h"
#include "widgets/till/salescreen.h"
#include "widgets/translations.h"

namespace {
const QChar nbsp(0x00A0);
}

class TstCartUnits : public QObject
{
    Q_OBJECT

    static void signIn(TillRig &rig)
    {
        ui::LoginPage *login = rig.window->loginPage();
        login->selectEmployee(rig.employeeNamed(QStringLiteral(u"Демо Кассир")));
        QTest::keyClicks(login->pinScreen(), QStringLiteral("222222"));
        QTRY_VERIFY(rig.window->saleScreen()->isVisible());
    }

    static void press(ui::SaleScreen *screen, Qt::Key key)
    {
        screen->window()->activateWindow();
        QTRY_VERIFY(QApplication::activeWindow() == screen->window());
        QTest::keyClick(screen, key);
    }

    static void scan(ui::SaleScreen *screen, const QString &code)
    {
        screen->entry()->setFocus();
        QTest::keyClicks(screen->entry(), code);
        QTest::keyClick(screen->entry(), Qt::Key_Return);
    }

    // F3 on `row`, type the quantity, Enter.
    static void setQuantity(ui::SaleScreen *screen, int row, const QString &typed)
    {
        screen->cartView()->selectRow(row);
        bool done = false;
        whenModal([typed, &done](QWidget *dialog) {
            auto *edit = dialog->findChild<QLineEdit *>();
            QVERIFY(edit);
            edit->selectAll();
            QTest::keyClicks(edit, typed);
            QTest::keyClick(edit, Qt::Key_Return);
            done = true;
        });
        press(screen, Qt::Key_F3);
        QTRY_VERIFY(done);
    }

    static QString quantityShown(ui::SaleScreen *screen, int row)
    {
        QAbstractItemModel *model = screen->cartView()->model();
        return model->data(model->index(row, app::CartModel::Quantity)).toString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(ui::installTranslations(*qApp, QStringLiteral("ru"))); }

    void quantityWithUnit()
    {
        QCOMPARE(app::displayQuantityWithUnit(450, 11),
                 QStringLiteral(u"0,450") + nbsp + QStringLiteral(u"кг"));
        QCOMPARE(app::displayQuantityWithUnit(1000, 11),
                 QStringLiteral(u"1,000") + nbsp + QStringLiteral(u"кг"));
        QCOMPARE(app::displayQuantityWithUnit(-450, 11),
                 QStringLiteral(u"\u22120,450") + nbsp + QStringLiteral(u"кг"));
        QCOMPARE(app::displayQuantityWithUnit(2000, 0), QStringLiteral(u"2") + nbsp + QStringLiteral(u"шт"));
        QCOMPARE(app::displayQuantityWithUnit(1500, 41),
                 QStringLiteral(u"1,500") + nbsp + QStringLiteral(u"л"));
        QCOMPARE(app::displayQuantityWithUnit(2000, 255), QStringLiteral(u"2,000"));
    }

    void cartShowsUnits()
    {
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig);
        ui::SaleScreen *screen = rig.window->saleScreen();
        const QString bread = rig.barcodeOf(QStringLiteral(u"Хлеб «Бородинский»"));
        const QString cheese = rig.barcodeOf(QStringLiteral(u"Сыр «Российский»"));
        QVERIFY(!bread.isEmpty() && !cheese.isEmpty());
        scan(screen, bread);
        QTRY_COMPARE(screen->desk()->cart()->rowCount(), 1);
        setQuantity(screen, 0, QStringLiteral("2"));
        QCOMPARE(quantityShown(screen, 0), QStringLiteral(u"2") + nbsp + QStringLiteral(u"шт"));
        // Sold by weight: the scan asks for it (tst_newuser_weighed has the details).
        whenModal([](QWidget *dialog) {
            auto *edit = dialog->findChild<QLineEdit *>();
            QVERIFY(edit);
            QTest::keyClicks(edit, QStringLiteral("0,45"));
            QTest::keyClick(edit, Qt::Key_Return);
        });
        scan(screen, cheese);
        QTRY_COMPARE(screen->desk()->cart()->rowCount(), 2);
        QCOMPARE(screen->desk()->sale().lines.at(1).quantity, app::Milli(450));
        QCOMPARE(quantityShown(screen, 1), QStringLiteral(u"0,450") + nbsp + QStringLiteral(u"кг"));
        testing_support::saveScreenshot(rig.window.get(), QStringLiteral("newuser_cart_units_ru"));
    }

    // Qt's standard buttons come from Qt's own catalogue (qtbase_ru.qm): without it the product
    // search showed "OK" and "Cancel" on a Russian screen.
    void qtButtonsInRussian()
    {
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig);
        ui::SaleScreen *screen = rig.window->saleScreen();
        QString cancel;
        whenModal([&cancel](QWidget *dialog) {
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QVERIFY(buttons);
            cancel = buttons->button(QDialogButtonBox::Cancel)->text();
            testing_support::saveScreenshot(dialog, QStringLiteral("newuser_search_buttons_ru"));
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        press(screen, Qt::Key_F2);
        QTRY_VERIFY(!cancel.isEmpty());
        QCOMPARE(cancel.remove(QLatin1Char('&')), QStringLiteral(u"Отмена"));
    }

    void screenInEnglish()
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig);
        ui::SaleScreen *screen = rig.window->saleScreen();
        scan(screen, rig.barcodeOf(QStringLiteral(u"Хлеб «Бородинский»")));
        QTRY_COMPARE(screen->desk()->cart()->rowCount(), 1);
        QCOMPARE(quantityShown(screen, 0), QStringLiteral("1") + nbsp + QStringLiteral("pcs"));
        testing_support::saveScreenshot(rig.window.get(), QStringLiteral("newuser_cart_units_en"));
        QVERIFY(ui::installTranslations(*qApp, QStringLiteral("ru")));
    }
};

QTEST_MAIN(TstCartUnits)
#include "tst_cart_units.moc"
