// Slips on the demo till by keys and clicks (issue 20), the card terminal the UPOS emulator
// program: the transactions screen (Ctrl+Shift+T) lists the day's card operations and reprints the
// selected slip, the sale journal reprints a card sale's slip (F9 in its details), and the Z
// report tells the cashier when the terminal's reconciliation totals differ from the till's.

#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include "app/core/moneytext.h"
#include "app/payments/paymentjournal.h"
#include "app/payments/transactions.h"
#include "app/till/saledesk.h"
#include "tests/common/screenshot.h"
#include "tests/till_ui/tillrig.h"
#include "widgets/journal/journalscreen.h"
#include "widgets/loginscreen.h"
#include "widgets/service/fiscalprogress.h"
#include "widgets/service/servicedialogs.h"
#include "widgets/service/servicemenu.h"
#include "widgets/service/transactionsdialog.h"
#include "widgets/till/loginpage.h"
#include "widgets/till/paymentdialog.h"
#include "widgets/till/salescreen.h"
#include "widgets/translations.h"

class TstSlipsGui : public QObject
{
    Q_OBJECT

    static void signIn(TillRig &rig)
    {
        ui::LoginPage *login = rig.window->loginPage();
        login->selectEmployee(rig.employeeNamed(QStringLiteral(u"Демо Владелец")));
        QTest::keyClicks(login->pinScreen(), QStringLiteral("111111"));
        QTRY_VERIFY(rig.window->saleScreen()->isVisible());
    }

    static void press(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        widget->window()->activateWindow();
        QTRY_VERIFY(QApplication::activeWindow() == widget->window());
        QTest::keyClick(widget, key, mods);
    }

    // One bread paid by card (F5, F6 in the payment dialog); the sale's uuid once it is fiscal.
    static QString sellByCard(TillRig &rig)
    {
        ui::SaleScreen *screen = rig.window->saleScreen();
        screen->entry()->setFocus();
        QTest::keyClicks(screen->entry(), rig.barcodeOf(QStringLiteral(u"Хлеб «Бородинский»")));
        QTest::keyClick(screen->entry(), Qt::Key_Return);
        [&] { QTRY_COMPARE(screen->desk()->total(), app::Kopecks(6990)); }();
        const QString uuid = screen->desk()->sale().uuid;
        whenModal([](QWidget *dialog) {
            auto *p = qobject_cast<ui::PaymentDialog *>(dialog);
            QVERIFY(p);
            p->activateWindow();
            QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(p));
            QTest::keyClick(p->amountEdit(), Qt::Key_F6);
        });
        [&] { press(screen, Qt::Key_F5); }();
        [&] { QTRY_COMPARE_WITH_TIMEOUT(screen->desk()->stage(), app::SaleDesk::Stage::Empty, 30000); }();
        const auto sale = rig.session->sales().saleByUuid(uuid);
        return sale && sale->fiscal ? uuid : QString();
    }

    static QString referenceOf(TillRig &rig, const QString &saleUuid)
    {
        const QList<app::payments::Operation> ops = rig.session->paymentJournal().forSale(saleUuid);
        return ops.isEmpty() ? QString() : QStringLiteral(u"Номер ссылки: ") + ops.at(0).rrn;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("PRILAVOK_SB_PILOT_EMULATOR", PRILAVOK_SB_PILOT_EMULATOR);
        QVERIFY(ui::installTranslations(*qApp, QStringLiteral("ru")));
    }

    // Ctrl+Shift+T: the day's operations; a click on the payment, "Reprint the slip": a copy on tape.
    void transactionsScreenReprintsTheSelectedSlip()
    {
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig);
        const QString sold = sellByCard(rig);
        QVERIFY(!sold.isEmpty());
        const QString reference = referenceOf(rig, sold);
        QTRY_COMPARE_WITH_TIMEOUT(rig.tape().count(reference), 1, 15000);

        press(rig.window->saleScreen(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        ui::ServiceMenu *menu = rig.window->serviceMenu();
        QTRY_VERIFY(qobject_cast<ui::TransactionsDialog *>(menu->currentDialog()));
        auto *screen = qobject_cast<ui::TransactionsDialog *>(menu->currentDialog());
        QTableWidget *table = screen->table();
        QCOMPARE(table->rowCount(), 1);
        const QString rrn = reference.mid(reference.indexOf(QLatin1String(": ")) + 2);
        QCOMPARE(table->item(0, 4)->text(), rrn);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral(u"Оплата"));
        QCOMPARE(table->item(0, 3)->text(), app::displayMoney(6990));
        QVERIFY(table->item(0, 6)->text().contains(QLatin1Char('*')));
        QCOMPARE(table->item(0, 7)->text(), QStringLiteral(u"Одобрено"));
        QVERIFY(!screen->reprintButton()->isEnabled()); // nothing selected yet

        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->item(0, 1)).center());
        QTRY_VERIFY(screen->reprintButton()->isEnabled());
        QTest::mouseClick(screen->reprintButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(screen->status(), QStringLiteral(u"Копия слипа напечатана."), 15000);
        QCOMPARE(rig.tape().count(reference), 2);
        QVERIFY(rig.tape().contains(QStringLiteral("*** КОПИЯ ***")));
        testing_support::saveScreenshot(screen, QStringLiteral("transactions_ru"));

        // The day filter: yesterday had nothing.
        screen->dayEdit()->setDate(QDate::currentDate().addDays(-1));
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(screen->status(), QStringLiteral(u"В этот день операций по картам и СБП не было."));
        QVERIFY(!screen->reprintButton()->isEnabled());
        screen->close();
    }

    // Ctrl+J, the card sale, Enter for its details, F9: the slip again on the registrar.
    void saleJournalReprintsTheCardSlip()
    {
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig);
        const QString sold = sellByCard(rig);
        QVERIFY(!sold.isEmpty());
        const QString reference = referenceOf(rig, sold);
        QTRY_COMPARE_WITH_TIMEOUT(rig.tape().count(reference), 1, 15000);

        press(rig.window->saleScreen(), Qt::Key_J, Qt::ControlModifier);
        ui::JournalScreen *journal = rig.window->journalScreen();
        QTRY_VERIFY(journal->isVisible());
        const auto sale = rig.session->sales().saleByUuid(sold);
        QVERIFY(sale && journal->selectSale(sale->id));
        journal->table()->setFocus();
        QTest::keyClick(journal->table(), Qt::Key_Return);
        QTRY_VERIFY(journal->openDialog());
        QWidget *details = journal->openDialog();
        QVERIFY(QTest::qWaitForWindowActive(details));
        auto *slip = details->findChild<QPushButton *>(QStringLiteral("journalReprintSlip"));
        QVERIFY(slip && slip->isVisible());
        testing_support::saveScreenshot(details, QStringLiteral("journal_details_slip_ru"));
        // The button by mouse: F9 (like F5/F6 there) does not reach the dialog under QTest; see the report.
        QTest::mouseClick(slip, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(journal->progress()->state() == ui::FiscalProgress::State::Done ||
                                     journal->progress()->state() == ui::FiscalProgress::State::Failed,
                                 15000);
        QVERIFY2(journal->progress()->state() == ui::FiscalProgress::State::Done,
                 qPrintable(journal->progress()->text()));
        QTRY_COMPARE_WITH_TIMEOUT(rig.tape().count(reference), 2, 15000);
    }

    // The pinpad took a payment past the till: the Z report's reconciliation says both totals.
    void zReportTellsWhenTheTerminalsTotalsDiffer()
    {
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig);
        QVERIFY(!sellByCard(rig).isEmpty());
        QFile script(rig.dir.filePath(QStringLiteral("demo-terminal/state/script")));
        QVERIFY(script.open(QIODevice::WriteOnly | QIODevice::Append));
        script.write("outside 50000\n");
        script.close();

        ui::ServiceMenu *menu = rig.window->serviceMenu();
        press(rig.window->saleScreen(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(qobject_cast<ui::ZReportDialog *>(menu->currentDialog()));
        menu->currentDialog()->accept();
        QTRY_VERIFY_WITH_TIMEOUT(menu->currentDialog() && menu->currentDialog()->objectName() ==
                                                              QStringLiteral("reconciliationTotalsDiffer"),
                                 20000);
        auto *box = qobject_cast<QMessageBox *>(menu->currentDialog());
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral(u"не совпадают")), qPrintable(box->text()));
        QVERIFY(box->text().contains(app::displayRoubles(56990)));
        QVERIFY(box->text().contains(app::displayRoubles(6990)));
        testing_support::saveScreenshot(box, QStringLiteral("z_totals_differ_ru"));
        // Kept in the journal with the reconciliation, whatever the cashier answers.
        const QList<app::payments::Operation> ops = rig.session->transactions().ofDay(QDate::currentDate());
        QVERIFY(!ops.isEmpty());
        QCOMPARE(ops.first().kind, app::payments::Kind::Reconciliation);
        QVERIFY(ops.first().message.contains(app::displayRoubles(56990)));
        QTRY_VERIFY_WITH_TIMEOUT(rig.tape().contains(QStringLiteral(u"СВЕРКА ИТОГОВ")), 15000);

        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(rig.tape().contains(QStringLiteral(u"ОТЧЕТ О ЗАКРЫТИИ СМЕНЫ")), 30000);
    }
};

QTEST_MAIN(TstSlipsGui)
#include "tst_slips_gui.moc"
