// The cashier's day through the real window: sign in with the PIN, scan, change a quantity, pay
// cash and get change, with the receipt checked on the emulator's paper tape. Keyboard only.

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <QWindow>

#include "app/core/moneytext.h"
#include "app/fiscalservice/fiscalservice.h"
#include "app/sales/salesservice.h"
#include "app/till/saledesk.h"
#include "tests/common/screenshot.h"
#include "tillrig.h"
#include "widgets/journal/journalscreen.h"
#include "widgets/loginscreen.h"
#include "widgets/service/fiscalprogress.h"
#include "widgets/service/servicemenu.h"
#include "widgets/till/loginpage.h"
#include "widgets/till/paymentdialog.h"
#include "widgets/till/salescreen.h"
#include "widgets/translations.h"

class TstTillSale : public QObject
{
    Q_OBJECT

    static void signIn(TillRig &rig, const QString &name, const QString &pin)
    {
        ui::LoginPage *login = rig.window->loginPage();
        QVERIFY(login->isVisible());
        login->selectEmployee(rig.employeeNamed(name));
        QTest::keyClicks(login->pinScreen(), pin);
        QTRY_VERIFY(rig.window->saleScreen()->isVisible());
    }

    // Keys go to the till window as the window system delivers them: it must be the active one
    // (a dialog that just closed hands the activation back asynchronously).
    static void press(ui::SaleScreen *screen, Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        screen->window()->activateWindow();
        QTRY_VERIFY(QApplication::activeWindow() == screen->window());
        QTest::keyClick(screen, key, mods);
    }

    static void scan(ui::SaleScreen *screen, const QString &code)
    {
        screen->entry()->setFocus();
        QTest::keyClicks(screen->entry(), code);
        QTest::keyClick(screen->entry(), Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(ui::installTranslations(*qApp, QStringLiteral("ru"))); }

    void wholeSaleWithTheKeyboard()
    {
        TillRig rig;
        QVERIFY(rig.open());
        testing_support::saveScreenshot(rig.window.get(), QStringLiteral("till_login_ru"));
        signIn(rig, QStringLiteral(u"Демо Кассир"), QStringLiteral("222222"));
        ui::SaleScreen *screen = rig.window->saleScreen();

        const QString bread = rig.barcodeOf(QStringLiteral(u"Хлеб «Бородинский»"));
        const QString baton = rig.barcodeOf(QStringLiteral(u"Батон нарезной"));
        QVERIFY(!bread.isEmpty() && !baton.isEmpty());
        scan(screen, bread);
        scan(screen, baton);
        QCOMPARE(screen->desk()->cart()->rowCount(), 2);
        QCOMPARE(screen->desk()->total(), app::Kopecks(6990 + 5990));

        // F3 on the selected (last) line: three batons.
        screen->cartView()->selectRow(1);
        whenModal([](QWidget *dialog) {
            auto *edit = dialog->findChild<QLineEdit *>();
            QVERIFY(edit);
            edit->selectAll();
            QTest::keyClicks(edit, QStringLiteral("3"));
            QTest::keyClick(edit, Qt::Key_Return);
        });
        press(screen, Qt::Key_F3);
        QCOMPARE(screen->desk()->sale().lines.at(1).quantity, app::Milli(3000));
        QCOMPARE(screen->desk()->total(), app::Kopecks(6990 + 3 * 5990));
        testing_support::saveScreenshot(rig.window.get(), QStringLiteral("till_sale_ru"));

        // F5, 500 roubles in cash, Enter: the receipt prints and the dialog closes by itself.
        const QString saleUuid = screen->desk()->sale().uuid;
        whenModal([](QWidget *dialog) {
            auto *payment = qobject_cast<ui::PaymentDialog *>(dialog);
            QVERIFY(payment);
            testing_support::saveScreenshot(payment, QStringLiteral("till_payment_ru"));
            QTest::keyClicks(payment->amountEdit(), QStringLiteral("500"));
            QTest::keyClick(payment->amountEdit(), Qt::Key_Return);
        });
        press(screen, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(screen->desk()->stage(), app::SaleDesk::Stage::Empty, 30000);
        QVERIFY(screen->desk()->isEmpty());
        auto *change = screen->findChild<QLabel *>(QStringLiteral("saleChange"));
        QVERIFY(change->text().contains(app::displayMoney(50000 - 24960)));
        testing_support::saveScreenshot(rig.window.get(), QStringLiteral("till_change_ru"));

        const auto sale = rig.session->sales().saleByUuid(saleUuid);
        QVERIFY(sale && sale->fiscal);
        QVERIFY(sale->fiscal->fd > 0);
        const QString tape = rig.tape();
        QVERIFY2(tape.contains(QStringLiteral(u"Хлеб «Бородинский» 400 г")), qPrintable(tape));
        QVERIFY(tape.contains(QStringLiteral(u"3.000 x 59.90 = 179.70")));
        QVERIFY(tape.contains(QStringLiteral(u"ИТОГ =249.60")));
        QVERIFY(tape.contains(QStringLiteral(u"СДАЧА =250.40")));
        // The shift opened by itself before the first receipt, on the registrar too.
        QVERIFY(tape.contains(QStringLiteral(u"ОТКРЫТИЕ СМЕНЫ")) ||
                rig.count(QStringLiteral("SELECT COUNT(*) FROM shifts")) == 1);
    }

    // Every till screen and dialog in the source language too, for review (build/screenshots).
    void screensInEnglish()
    {
        const auto translators = qApp->findChildren<QTranslator *>();
        for (QTranslator *t : translators)
            QCoreApplication::removeTranslator(t);
        TillRig rig;
        QVERIFY(rig.open());
        testing_support::saveScreenshot(rig.window.get(), QStringLiteral("till_login_en"));
        signIn(rig, QStringLiteral(u"Демо Владелец"), QStringLiteral("111111"));
        ui::SaleScreen *screen = rig.window->saleScreen();
        scan(screen, rig.barcodeOf(QStringLiteral(u"Кофе")));
        scan(screen, rig.barcodeOf(QStringLiteral(u"Пряники")));
        QCOMPARE(screen->desk()->cart()->rowCount(), 2);
        testing_support::saveScreenshot(rig.window.get(), QStringLiteral("till_sale_en"));
        const QList<QPair<Qt::Key, QString>> dialogs{{Qt::Key_F2, QStringLiteral("till_search_en")},
                                                     {Qt::Key_F6, QStringLiteral("till_free_item_en")},
                                                     {Qt::Key_F10, QStringLiteral("till_open_sales_en")},
                                                     {Qt::Key_F11, QStringLiteral("till_details_en")},
                                                     {Qt::Key_F5, QStringLiteral("till_payment_en")}};
        for (const auto &[key, name] : dialogs) {
            bool shown = false;
            whenModal([&shown, name = name](QWidget *dialog) {
                shown = !testing_support::saveScreenshot(dialog, name).isEmpty();
                QTest::keyClick(dialog, Qt::Key_Escape);
            });
            press(screen, key);
            QTRY_VERIFY2(shown, qPrintable(name));
        }
        QVERIFY(ui::installTranslations(*qApp, QStringLiteral("ru")));
    }

    void searchByNameThenDiscountWithKeys()
    {
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig, QStringLiteral(u"Демо Владелец"), QStringLiteral("111111"));
        ui::SaleScreen *screen = rig.window->saleScreen();
        // Text that is not a code opens the search with it; Enter takes the highlighted product.
        screen->entry()->insert(QStringLiteral(u"кофе"));
        whenModal([](QWidget *dialog) {
            auto *results = dialog->findChild<QTableWidget *>(QStringLiteral("searchResults"));
            QTRY_COMPARE(results->rowCount(), 1);
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QTest::keyClick(screen->entry(), Qt::Key_Return);
        QTRY_COMPARE(screen->desk()->cart()->rowCount(), 1);
        QCOMPARE(screen->desk()->total(), app::Kopecks(49990));

        whenModal([](QWidget *dialog) {
            auto *edit = dialog->findChild<QLineEdit *>();
            QTest::keyClicks(edit, QStringLiteral("10%"));
            QTest::keyClick(edit, Qt::Key_Return);
        });
        press(screen, Qt::Key_F7);
        QTRY_COMPARE(screen->desk()->total(), app::Kopecks(49990 - 4999));
        QCOMPARE(screen->desk()->sale().lines.first().itemDiscount, app::Kopecks(4999));
    }

    void journalAndServiceMenuAreOneKeyAway()
    {
        TillRig rig;
        QVERIFY(rig.open());
        // Before sign-in nothing in the menus works.
        QVERIFY(!rig.window->serviceMenu()->xReportAction()->isEnabled());
        signIn(rig, QStringLiteral(u"Демо Владелец"), QStringLiteral("111111"));
        QVERIFY(rig.window->serviceMenu()->xReportAction()->isEnabled());
        QStringList service;
        for (QAction *a : rig.window->menuBar()->actions().at(1)->menu()->actions())
            service << a->text();
        QVERIFY2(service.join(QLatin1Char('|')).contains(QStringLiteral(u"X-отчёт")),
                 qPrintable(service.join(QLatin1Char('|'))));
        ui::SaleScreen *screen = rig.window->saleScreen();
        press(screen, Qt::Key_J, Qt::ControlModifier);
        QTRY_VERIFY(rig.window->journalScreen()->isVisible());
        testing_support::saveScreenshot(rig.window.get(), QStringLiteral("till_journal_ru"));
        QTest::keyClick(rig.window->journalScreen(), Qt::Key_Escape);
        QTRY_VERIFY(screen->isVisible());
        // Ctrl+L hands the till to the next cashier; the shift stays as it was.
        press(screen, Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(rig.window->loginPage()->isVisible());
        QVERIFY(!rig.session->employee());
    }

    void scanLandsWhereverTheFocusIs()
    {
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig, QStringLiteral(u"Демо Кассир"), QStringLiteral("222222"));
        ui::SaleScreen *screen = rig.window->saleScreen();
        screen->cartView()->setFocus();
        QTRY_VERIFY(screen->cartView()->hasFocus());
        // A scanner types fast and ends with Enter, through the window system like a keyboard;
        // the keyboard wedge takes it from whatever widget has the focus.
        QWindow *window = rig.window->windowHandle();
        for (const QChar c : rig.barcodeOf(QStringLiteral(u"Соль"))) {
            QTest::sendKeyEvent(QTest::Press, window, Qt::Key(c.unicode()), QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, window, Qt::Key(c.unicode()), QString(c), Qt::NoModifier);
        }
        QTest::sendKeyEvent(QTest::Click, window, Qt::Key_Return, QStringLiteral("\r"), Qt::NoModifier);
        QTRY_COMPARE(screen->desk()->cart()->rowCount(), 1);
        QVERIFY(screen->entry()->text().isEmpty());
        QVERIFY(screen->desk()->sale().lines.first().name.startsWith(QStringLiteral(u"Соль")));
    }

    void unknownAndMarkedCodesExplainThemselves()
    {
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig, QStringLiteral(u"Демо Кассир"), QStringLiteral("222222"));
        ui::SaleScreen *screen = rig.window->saleScreen();
        scan(screen, QStringLiteral("4600000000008"));
        QVERIFY2(screen->message().contains(QStringLiteral(u"Нет товара")), qPrintable(screen->message()));

        // Milk is marked: its EAN alone is refused; its DataMatrix is checked by the registrar.
        const QString milk = rig.barcodeOf(QStringLiteral(u"Кефир"));
        scan(screen, milk);
        QVERIFY2(screen->message().contains(QStringLiteral("DataMatrix")), qPrintable(screen->message()));
        QCOMPARE(screen->desk()->cart()->rowCount(), 0);
        const QString dataMatrix = QStringLiteral("010") + milk + QStringLiteral("215abcDE") + QChar(0x1D) +
                                   QStringLiteral("93Ab1+");
        screen->desk()->scan(dataMatrix);
        QTRY_COMPARE_WITH_TIMEOUT(screen->desk()->cart()->rowCount(), 1, 20000);
        QCOMPARE(screen->desk()->sale().lines.first().markingCode, dataMatrix);
        QCOMPARE(screen->desk()->sale().lines.first().subject, 33);
        // The same pack twice is refused.
        screen->desk()->scan(dataMatrix);
        QTRY_VERIFY_WITH_TIMEOUT(!screen->desk()->waitsForMarking(), 20000);
        QCOMPARE(screen->desk()->cart()->rowCount(), 1);
    }

    void parkedSaleComesBackInAnotherCart()
    {
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig, QStringLiteral(u"Демо Кассир"), QStringLiteral("222222"));
        ui::SaleScreen *screen = rig.window->saleScreen();
        scan(screen, rig.barcodeOf(QStringLiteral(u"Сахар")));
        app::SaleDesk *first = screen->desk();

        press(screen, Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(screen->currentCart(), 1);
        QVERIFY(screen->desk() != first);
        scan(screen, rig.barcodeOf(QStringLiteral(u"Гречка")));
        const std::int64_t parkedId = screen->desk()->saleId();
        press(screen, Qt::Key_F9);
        QVERIFY(screen->desk()->isEmpty());
        QCOMPARE(rig.session->sales().parkedSales().size(), 1);

        whenModal([](QWidget *dialog) {
            testing_support::saveScreenshot(dialog, QStringLiteral("till_open_sales_ru"));
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        press(screen, Qt::Key_F10);
        QTRY_COMPARE(screen->desk()->saleId(), parkedId);
        QVERIFY(screen->desk()->sale().lines.first().name.startsWith(QStringLiteral(u"Гречка")));
        press(screen, Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(screen->desk(), first);
        QCOMPARE(first->cart()->rowCount(), 1);
    }

    void freePriceNeedsTheRightRole()
    {
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig, QStringLiteral(u"Демо Кассир"), QStringLiteral("222222"));
        ui::SaleScreen *screen = rig.window->saleScreen();
        auto fill = [](QWidget *dialog) {
            testing_support::saveScreenshot(dialog, QStringLiteral("till_free_item_ru"));
            // keyClicks types Latin-1 only; a Russian name arrives as a keyboard layout would insert it.
            dialog->findChild<QLineEdit *>(QStringLiteral("freeName"))
                ->insert(QStringLiteral(u"Ремонт молнии"));
            auto *price = dialog->findChild<QLineEdit *>(QStringLiteral("freePrice"));
            QTest::keyClicks(price, QStringLiteral("350"));
            QTest::keyClick(price, Qt::Key_Return);
        };
        whenModal(fill);
        press(screen, Qt::Key_F6);
        QVERIFY2(screen->message().contains(QStringLiteral(u"Кассир")), qPrintable(screen->message()));
        QCOMPARE(screen->desk()->cart()->rowCount(), 0);

        // The owner may.
        rig.window->showLogin();
        signIn(rig, QStringLiteral(u"Демо Владелец"), QStringLiteral("111111"));
        whenModal(fill);
        press(screen, Qt::Key_F6);
        QCOMPARE(screen->desk()->cart()->rowCount(), 1);
        QCOMPARE(screen->desk()->total(), app::Kopecks(35000));
    }

    void wrongPinsLockTheEmployeeOut()
    {
        TillRig rig;
        QVERIFY(rig.open());
        ui::LoginPage *login = rig.window->loginPage();
        login->selectEmployee(rig.employeeNamed(QStringLiteral(u"Демо Кассир")));
        for (int i = 0; i < app::StaffService::MaxFailedAttempts; ++i)
            QTest::keyClicks(login->pinScreen(), QStringLiteral("999999"));
        QVERIFY(login->pinScreen()->isLockedOut());
        testing_support::saveScreenshot(rig.window.get(), QStringLiteral("till_lockout_ru"));
        QTest::keyClicks(login->pinScreen(), QStringLiteral("222222"));
        QVERIFY(!rig.window->saleScreen()->isVisible());
    }

    void paperOutMidSaleKeepsTheSaleAndPrintsOnce()
    {
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig, QStringLiteral(u"Демо Кассир"), QStringLiteral("222222"));
        ui::SaleScreen *screen = rig.window->saleScreen();
        scan(screen, rig.barcodeOf(QStringLiteral(u"Спички")));
        const QString uuid = screen->desk()->sale().uuid;
        QCOMPARE(rig.session->emulatorControl(QStringLiteral("paper-out now")).left(2), QStringLiteral("ok"));
        QString shown;
        whenModal([&](QWidget *dialog) {
            auto *payment = qobject_cast<ui::PaymentDialog *>(dialog);
            QTest::keyClick(payment->amountEdit(), Qt::Key_Return); // exact cash
            QTRY_VERIFY2_WITH_TIMEOUT(payment->status().contains(QStringLiteral(u"бумаг")),
                                      qPrintable(payment->status()), 30000);
            shown = payment->status();
            QVERIFY(payment->findChild<QPushButton *>(QStringLiteral("waitContinue"))->isVisible());
            testing_support::saveScreenshot(payment, QStringLiteral("till_payment_error_ru"));
            // A new roll: the journaled receipt goes out by itself, once.
            QCOMPARE(rig.session->emulatorControl(QStringLiteral("paper-in")).left(2), QStringLiteral("ok"));
        });
        press(screen, Qt::Key_F5);
        QVERIFY2(shown.contains(QStringLiteral(u"бумаг")), qPrintable(shown));
        QTRY_COMPARE_WITH_TIMEOUT(screen->desk()->stage(), app::SaleDesk::Stage::Empty, 30000);
        const auto sale = rig.session->sales().saleByUuid(uuid);
        QVERIFY(sale && sale->fiscal);
        QCOMPARE(rig.tape().count(QStringLiteral(u"Спички, 10 коробков")), 1);
    }

    void powerCutWhilePrintingStillPrintsOnce()
    {
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig, QStringLiteral(u"Демо Кассир"), QStringLiteral("222222"));
        ui::SaleScreen *screen = rig.window->saleScreen();
        scan(screen, rig.barcodeOf(QStringLiteral(u"Батарейки")));
        const QString uuid = screen->desk()->sale().uuid;
        QCOMPARE(rig.session->emulatorControl(QStringLiteral("drop-answer")).left(2), QStringLiteral("ok"));
        whenModal([](QWidget *dialog) {
            auto *payment = qobject_cast<ui::PaymentDialog *>(dialog);
            QTest::keyClicks(payment->amountEdit(), QStringLiteral("300"));
            QTest::keyClick(payment->amountEdit(), Qt::Key_Return);
        });
        press(screen, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(screen->desk()->stage(), app::SaleDesk::Stage::Empty, 60000);
        const auto sale = rig.session->sales().saleByUuid(uuid);
        QVERIFY(sale && sale->fiscal);
        QCOMPARE(rig.tape().count(QStringLiteral(u"Батарейки AA, 4 шт.")), 1);
    }
};

QTEST_MAIN(TstTillSale)
#include "tst_till_sale.moc"
