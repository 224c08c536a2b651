// The whole day at the demo till by keys, then the reports: the owner signs in with the PIN, sells
// bread and a baton in cash (F5, 500 roubles, Enter) and bread by card (F5, F6), returns the baton
// from the journal (Ctrl+J, F5), puts cash in and takes some out (Ctrl+Shift+I, Ctrl+Shift+U),
// closes the shift (Ctrl+Shift+Z), opens the reports (Ctrl+R) and finds exactly those amounts on the
// dashboard, in the shift's row and in the cash documents. The amounts are the demo catalog's
// prices, written out: 69.90 bread, 59.90 baton.
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

#include "app/core/moneytext.h"
#include "app/journal/journalmodel.h"
#include "app/till/saledesk.h"
#include "reportsrig.h"
#include "tests/common/screenshot.h"
#include "tests/till_ui/tillrig.h"
#include "widgets/journal/journalscreen.h"
#include "widgets/journal/returndialog.h"
#include "widgets/loginscreen.h"
#include "widgets/reports/dashboardpage.h"
#include "widgets/reports/documentspage.h"
#include "widgets/reports/reportsscreen.h"
#include "widgets/reports/tableview.h"
#include "widgets/service/fiscalprogress.h"
#include "widgets/service/servicedialogs.h"
#include "widgets/service/servicemenu.h"
#include "widgets/till/loginpage.h"
#include "widgets/till/paymentdialog.h"
#include "widgets/till/salescreen.h"

using app::Kopecks;
using ui::FiscalProgress;
using ui::reports::DashboardPage;
using ui::reports::ReportsScreen;
using Tile = DashboardPage::Tile;

namespace {

constexpr Kopecks Bread = 6990;
constexpr Kopecks Baton = 5990;
constexpr Kopecks CashIn = 50000;
constexpr Kopecks CashOut = 20000;

} // namespace

class TstReportsKeys final : public QObject
{
    Q_OBJECT

    TillRig m_rig;

    ui::SaleScreen *sale() { return m_rig.window->saleScreen(); }
    QWidget *current()
    {
        return qobject_cast<QStackedWidget *>(m_rig.window->centralWidget())->currentWidget();
    }

    // Keys go to the window the window system made active.
    void press(QWidget *to, Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        m_rig.window->activateWindow();
        QTRY_VERIFY(QApplication::activeWindow() == m_rig.window.get());
        QTest::keyClick(to, key, mods);
    }

    void scan(const QString &code)
    {
        sale()->entry()->setFocus();
        QTest::keyClicks(sale()->entry(), code);
        QTest::keyClick(sale()->entry(), Qt::Key_Return);
    }

    // The service menu's operation runs on the registrar; Enter closes its result.
    bool serviceDone()
    {
        ui::ServiceMenu *menu = m_rig.window->serviceMenu();
        if (!QTest::qWaitFor([menu] { return qobject_cast<ui::OperationDialog *>(menu->currentDialog()); },
                             10000))
            return false;
        if (!QTest::qWaitFor(
                [menu] { return menu->lastProgress()->state() != FiscalProgress::State::Working; }, 60000))
            return false;
        const bool done = menu->lastProgress()->state() == FiscalProgress::State::Done;
        QWidget *dialog = menu->currentDialog();
        if (!QTest::qWaitForWindowActive(dialog))
            return false;
        QTest::keyClick(dialog, Qt::Key_Return);
        return QTest::qWaitFor([menu] { return !menu->currentDialog(); }) && done;
    }

private Q_SLOTS:
    void initTestCase()
    {
        journaltest::useLanguage(QStringLiteral("ru"));
        QVERIFY(m_rig.open());
        ui::LoginPage *login = m_rig.window->loginPage();
        login->selectEmployee(m_rig.employeeNamed(QStringLiteral(u"Демо Владелец")));
        QTest::keyClicks(login->pinScreen(), QStringLiteral("111111"));
        QTRY_VERIFY(sale()->isVisible());
    }

    void sellInCashAndByCard()
    {
        const QString bread = m_rig.barcodeOf(QStringLiteral(u"Хлеб «Бородинский»"));
        const QString baton = m_rig.barcodeOf(QStringLiteral(u"Батон нарезной"));
        QVERIFY(!bread.isEmpty() && !baton.isEmpty());
        scan(bread);
        scan(baton);
        QCOMPARE(sale()->desk()->total(), Bread + Baton);
        whenModal([](QWidget *dialog) {
            auto *payment = qobject_cast<ui::PaymentDialog *>(dialog);
            QVERIFY(payment);
            QTest::keyClicks(payment->amountEdit(), QStringLiteral("500"));
            QTest::keyClick(payment->amountEdit(), Qt::Key_Return);
        });
        press(sale(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(sale()->desk()->stage(), app::SaleDesk::Stage::Empty, 30000);

        scan(bread);
        whenModal([](QWidget *dialog) {
            auto *payment = qobject_cast<ui::PaymentDialog *>(dialog);
            QVERIFY(payment);
            // F6 is the dialog's shortcut: it works once the dialog is the active window.
            QVERIFY(QTest::qWaitForWindowActive(payment));
            QTest::keyClick(payment, Qt::Key_F6); // the rest by card, on the demo pinpad
        });
        press(sale(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(sale()->desk()->stage(), app::SaleDesk::Stage::Empty, 30000);
        QCOMPARE(m_rig.count(QStringLiteral("SELECT COUNT(*) FROM sales WHERE status = 2 AND kind = 0")), 2);
    }

    void returnTheBatonFromTheJournal()
    {
        press(sale(), Qt::Key_J, Qt::ControlModifier);
        ui::JournalScreen *journal = m_rig.window->journalScreen();
        QTRY_COMPARE(current(), static_cast<QWidget *>(journal));
        // The cash sale: the one with two lines.
        const qint64 cashSale = m_rig.count(
            QStringLiteral("SELECT sale_id FROM sale_lines GROUP BY sale_id HAVING COUNT(*) = 2"));
        QVERIFY(cashSale > 0);
        QTRY_VERIFY(journal->model()->rowOf(cashSale) >= 0);
        journal->table()->setFocus();
        while (journal->currentSaleId() != cashSale &&
               journal->table()->currentIndex().row() < journal->model()->rowCount() - 1)
            QTest::keyClick(journal->table(), Qt::Key_Down);
        QCOMPARE(journal->currentSaleId(), cashSale);
        QTest::keyClick(journal->table(), Qt::Key_F5);
        QTRY_VERIFY(qobject_cast<ui::ReturnDialog *>(journal->openDialog()));
        auto *dialog = qobject_cast<ui::ReturnDialog *>(journal->openDialog());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTableWidget *table = dialog->table();
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Down); // the baton, second line
        QTest::keyClicks(table, QStringLiteral("1"));
        QWidget *editor = table->indexWidget(table->currentIndex());
        QVERIFY(editor);
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!table->indexWidget(table->currentIndex()));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(journal->progress()->state(), FiscalProgress::State::Done, 60000);
        QCOMPARE(m_rig.count(QStringLiteral("SELECT total FROM sales WHERE status = 2 AND kind = 1")), Baton);
        QTRY_VERIFY(!journal->openDialog());
        press(journal, Qt::Key_Escape);
        QTRY_COMPARE(current(), static_cast<QWidget *>(sale()));
    }

    void cashInAndOut()
    {
        ui::ServiceMenu *menu = m_rig.window->serviceMenu();
        press(sale(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(qobject_cast<ui::CashDialog *>(menu->currentDialog()));
        QVERIFY(QTest::qWaitForWindowActive(menu->currentDialog()));
        auto *amount = menu->currentDialog()->findChild<QLineEdit *>(QStringLiteral("cashAmount"));
        QTRY_VERIFY(amount->hasFocus());
        QTest::keyClicks(amount, QStringLiteral("500"));
        QTest::keyClick(amount, Qt::Key_Tab);
        journaltest::typeText(QApplication::focusWidget(), QStringLiteral("Размен"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(serviceDone());

        press(sale(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(qobject_cast<ui::CashDialog *>(menu->currentDialog()));
        QVERIFY(QTest::qWaitForWindowActive(menu->currentDialog()));
        amount = menu->currentDialog()->findChild<QLineEdit *>(QStringLiteral("cashAmount"));
        QTRY_VERIFY(amount->hasFocus());
        QTest::keyClicks(amount, QStringLiteral("200"));
        QTest::keyClick(amount, Qt::Key_Tab);
        journaltest::typeText(QApplication::focusWidget(), QStringLiteral("Инкассация"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(serviceDone());
        QCOMPARE(m_rig.count(QStringLiteral("SELECT SUM(amount) FROM cash_documents WHERE kind = 0")),
                 CashIn);
        QCOMPARE(m_rig.count(QStringLiteral("SELECT SUM(amount) FROM cash_documents WHERE kind = 1")),
                 CashOut);
    }

    void closeTheShift()
    {
        ui::ServiceMenu *menu = m_rig.window->serviceMenu();
        press(sale(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(qobject_cast<ui::ZReportDialog *>(menu->currentDialog()));
        QVERIFY(QTest::qWaitForWindowActive(menu->currentDialog()));
        QTest::keyClick(menu->currentDialog(), Qt::Key_Return);
        QVERIFY(serviceDone());
        QVERIFY(!m_rig.session->shifts().current());
        QVERIFY(m_rig.tape().contains(QStringLiteral("ОТЧЕТ О ЗАКРЫТИИ СМЕНЫ (Z)")));
    }

    void reportsShowExactlyThat()
    {
        press(sale(), Qt::Key_R, Qt::ControlModifier);
        ReportsScreen *reports = m_rig.window->reportsScreen();
        QTRY_COMPARE(current(), static_cast<QWidget *>(reports));
        QVERIFY(QTest::qWaitFor([reports] { return !reports->isLoading(); }, 30000));
        const Kopecks gross = Bread + Baton + Bread;
        DashboardPage *d = reports->dashboard();
        QCOMPARE(d->tileText(Tile::Gross), app::displayRoubles(gross));
        QCOMPARE(d->tileText(Tile::Returns), app::displayRoubles(Baton));
        QCOMPARE(d->tileText(Tile::Net), app::displayRoubles(gross - Baton));
        QCOMPARE(d->tileText(Tile::Receipts), QStringLiteral("2"));
        QCOMPARE(d->tileText(Tile::Cash), app::displayRoubles(Bread + Baton - Baton));
        QCOMPARE(d->tileText(Tile::Card), app::displayRoubles(Bread));

        QVERIFY(reportstest::clickTab(reports->tabs(), QStringLiteral("Смены")));
        auto *shifts = reports->table(ReportsScreen::Table::Shifts);
        QCOMPARE(shifts->rowCount(), 1);
        QVERIFY(!shifts->item(0, 2)->text().isEmpty()); // closed
        QCOMPARE(shifts->item(0, 4)->text(), app::displayMoney(gross));
        QCOMPARE(shifts->item(0, 5)->text(), app::displayMoney(Baton));
        QCOMPARE(shifts->item(0, 9)->text(), app::displayMoney(CashIn));
        QCOMPARE(shifts->item(0, 10)->text(), app::displayMoney(CashOut));
        const Kopecks drawer = CashIn + Bread + Baton - Baton - CashOut;
        QCOMPARE(shifts->item(0, shifts->columnCount() - 1)->text(), app::displayMoney(drawer));
        // The registrar's Z report counted the same cash.
        const QString tape = m_rig.tape();
        const qsizetype z = tape.lastIndexOf(QStringLiteral("ЗАКРЫТИ"));
        QVERIFY2(tape.mid(z).contains(journaltest::tapeAmount(drawer)), qPrintable(tape.mid(z)));

        QVERIFY(reportstest::clickTab(reports->tabs(), QStringLiteral("Кассовые документы")));
        QVERIFY(QTest::qWaitFor([reports] { return !reports->isLoading(); }, 30000));
        QTableWidget *docs = reports->documents()->view();
        QStringList rows;
        for (int r = 0; r < docs->rowCount(); ++r)
            rows << docs->item(r, 1)->text() + u' ' + docs->item(r, docs->columnCount() - 1)->text();
        QCOMPARE(rows,
                 (QStringList{QStringLiteral("Продажа ") + app::displayMoney(Bread + Baton),
                              QStringLiteral("Продажа ") + app::displayMoney(Bread),
                              QStringLiteral("Возврат ") + app::displayMoney(Baton),
                              QStringLiteral("Внесение ") + app::displayMoney(CashIn),
                              QStringLiteral("Изъятие ") + app::displayMoney(CashOut),
                              QStringLiteral("Z-отчёт ") + docs->item(5, docs->columnCount() - 1)->text()}));
        testing_support::saveScreenshot(m_rig.window.get(), QStringLiteral("reports_keys_documents_ru"));
        QVERIFY(reportstest::clickTab(reports->tabs(), QStringLiteral("Сводка")));
        press(reports, Qt::Key_Escape);
        QTRY_COMPARE(current(), static_cast<QWidget *>(sale()));
    }
};

QTEST_MAIN(TstReportsKeys)
#include "tst_reports_keys.moc"
