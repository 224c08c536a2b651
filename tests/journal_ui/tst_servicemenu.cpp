// The Service menu on a real demo till: cash out with a reason (tape and cash documents), X and Z
// reports (the Z closes the shift), open shift, FN information, and refusals by the role matrix.

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>

#include "app/core/moneytext.h"
#include "app/journal/journalmodel.h"
#include "journaltestsession.h"
#include "widgets/service/fiscalprogress.h"
#include "widgets/service/servicedialogs.h"
#include "widgets/service/servicemenu.h"

using journaltest::Till;
using ui::FiscalProgress;
using ui::ServiceMenu;

class TstServiceMenu final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Till> m_till;
    std::unique_ptr<QMainWindow> m_window;

    Till &till() { return *m_till; }

    static bool waitDone(ServiceMenu &menu)
    {
        if (!menu.lastProgress())
            return false;
        QElapsedTimer t;
        t.start();
        while (menu.lastProgress()->state() == FiscalProgress::State::Working && t.elapsed() < 60000)
            QTest::qWait(50);
        return menu.lastProgress()->state() == FiscalProgress::State::Done;
    }

private Q_SLOTS:
    void initTestCase() { journaltest::useLanguage(QStringLiteral("ru")); }

    void init()
    {
        m_till = std::make_unique<Till>();
        QVERIFY(till().open());
        m_window = std::make_unique<QMainWindow>();
        m_window->resize(1366, 768);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_till.reset();
    }

    void openShiftFromTheMenu()
    {
        ServiceMenu menu(*till().session, m_window.get());
        QVERIFY(!till().session->shifts().current());
        menu.openShiftAction()->trigger();
        QVERIFY(till().session->shifts().current());
        QVERIFY2(waitDone(menu), qPrintable(menu.lastProgress()->text()));
        QVERIFY(till().tape().contains(QStringLiteral("ОТЧЕТ ОБ ОТКРЫТИИ СМЕНЫ")));
    }

    void cashOutWithReason()
    {
        QVERIFY(till().openShift());
        QVERIFY(till().sell({5000})); // cash in the drawer
        ServiceMenu menu(*till().session, m_window.get());
        const auto shift = till().session->shifts().current();
        const app::Kopecks drawer = till().session->shifts().totals(shift->id)->cashInDrawer;
        QVERIFY(drawer >= 10000);

        QTest::keyClick(m_window.get(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(qobject_cast<ui::CashDialog *>(menu.currentDialog()));
        auto *dialog = menu.currentDialog();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *drawerLabel = dialog->findChild<QLabel *>(QStringLiteral("drawerAmount"));
        QVERIFY(drawerLabel->text().contains(app::displayRoubles(drawer)));
        auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("cashAmount"));
        QTRY_VERIFY(amount->hasFocus());
        // More than the drawer holds is refused on the spot.
        QTest::keyClicks(amount, app::formatKopecks(drawer + 100));
        QTest::keyClick(amount, Qt::Key_Tab);
        journaltest::typeText(QApplication::focusWidget(), QStringLiteral("Инкассация"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(menu.currentDialog(), dialog);
        QCOMPARE(till().session->shifts().cashDocuments(shift->id).size(), 0);
        // 100.00 is fine.
        amount->setFocus();
        amount->selectAll();
        QTest::keyClicks(amount, QStringLiteral("100,00"));
        QTest::keyClick(amount, Qt::Key_Return);
        QTRY_VERIFY(qobject_cast<ui::OperationDialog *>(menu.currentDialog()));
        QVERIFY2(waitDone(menu), qPrintable(menu.lastProgress()->text()));

        const auto docs = till().session->shifts().cashDocuments(shift->id);
        QCOMPARE(docs.size(), 1);
        QVERIFY(docs.at(0).out);
        QCOMPARE(docs.at(0).amount, app::Kopecks(10000));
        QCOMPARE(docs.at(0).reason, QStringLiteral("Инкассация"));
        const QString tape = till().tape();
        const qsizetype at = tape.lastIndexOf(QStringLiteral("ВЫПЛАТА"));
        QVERIFY2(at >= 0, qPrintable(tape.right(400)));
        QVERIFY2(tape.mid(at).contains(QStringLiteral("100.00")), qPrintable(tape.mid(at)));
        QCOMPARE(till().session->shifts().totals(shift->id)->cashInDrawer, drawer - 10000);
    }

    void xThenZClosesTheShift()
    {
        QVERIFY(till().openShift());
        const auto sale = till().sell({1000});
        QVERIFY(sale);
        ServiceMenu menu(*till().session, m_window.get());

        QTest::keyClick(m_window.get(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(menu.lastProgress());
        QVERIFY2(waitDone(menu), qPrintable(menu.lastProgress()->text()));
        QVERIFY(till().tape().contains(QStringLiteral("ОТЧЕТ БЕЗ ГАШЕНИЯ (X)")));
        QVERIFY(till().session->shifts().current());
        // Enter closes the result; the window is usable again.
        QVERIFY(QTest::qWaitForWindowActive(menu.currentDialog()));
        QTest::keyClick(menu.currentDialog(), Qt::Key_Return);
        QTRY_VERIFY(!menu.currentDialog());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(qobject_cast<ui::ZReportDialog *>(menu.currentDialog()));
        auto *confirm = menu.currentDialog();
        QVERIFY(QTest::qWaitForWindowExposed(confirm));
        // The confirmation shows the shift's sales total.
        bool shown = false;
        for (const QLabel *l : confirm->findChildren<QLabel *>())
            shown = shown || l->text().contains(app::displayRoubles(sale->total));
        QVERIFY(shown);
        QVERIFY(till().session->shifts().current()); // nothing happens before the confirmation
        QTest::keyClick(confirm, Qt::Key_Return);
        QTRY_VERIFY(qobject_cast<ui::OperationDialog *>(menu.currentDialog()));
        QVERIFY2(waitDone(menu), qPrintable(menu.lastProgress()->text()));
        QVERIFY(!till().session->shifts().current());
        QVERIFY(till().tape().contains(QStringLiteral("ОТЧЕТ О ЗАКРЫТИИ СМЕНЫ (Z)")));
        QTRY_VERIFY_WITH_TIMEOUT(till().fiscal().health().shift == app::ShiftStatus::Closed, 30000);
    }

    void fnInformation()
    {
        QVERIFY(till().openShift());
        ServiceMenu menu(*till().session, m_window.get());
        menu.fnInfo();
        auto *dialog = qobject_cast<ui::FnInfoDialog *>(menu.currentDialog());
        QVERIFY(dialog);
        QVERIFY2(waitDone(menu), qPrintable(menu.lastProgress()->text()));
        QTRY_VERIFY(!till().fiscal().health().fnNumber.isEmpty());
        QTRY_VERIFY(dialog->text().contains(till().fiscal().health().fnNumber));
        QVERIFY(menu.lastProgress()->text().contains(till().fiscal().health().fnNumber));
    }

    // Issue 16: the FN dialog names the registrar it talks to. Opened by its key, as a cashier would.
    void fnDialogShowsModelAndSerial()
    {
        ServiceMenu menu(*till().session, m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = qobject_cast<ui::FnInfoDialog *>(menu.currentDialog());
        QVERIFY(dialog);
        // The emulator is a ШТРИХ-М-01Ф with factory number 12345678 (FCh, 11h).
        QTRY_VERIFY_WITH_TIMEOUT(dialog->text().contains(QStringLiteral("ШТРИХ-М-01Ф, зав. № 12345678")),
                                 30000);
        QVERIFY(!dialog->text().contains(QStringLiteral("не сообщает")));
    }

    void continuePrintingAfterPaperOut()
    {
        QVERIFY(till().openShift());
        QVERIFY(
            till().session->emulatorControl(QStringLiteral("paper-out")).startsWith(QStringLiteral("ok")));
        const auto sale = till().sell({1000}); // fiscalised, the paper ran out while printing
        QVERIFY(sale);
        QVERIFY(till().finished(QStringLiteral("sale"), sale->uuid)->printIncomplete);
        QVERIFY(till().session->emulatorControl(QStringLiteral("paper-in")).startsWith(QStringLiteral("ok")));
        ServiceMenu menu(*till().session, m_window.get());
        const qsizetype before = till().tape().size();
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(menu.lastProgress());
        QVERIFY2(waitDone(menu), qPrintable(menu.lastProgress()->text()));
        QVERIFY(till().tape().size() > before);
        QVERIFY(till().tape().mid(before).contains(journaltest::tapeAmount(sale->total)));
    }

    void cancelReceiptWhenNothingIsOpen()
    {
        QVERIFY(till().openShift());
        ServiceMenu menu(*till().session, m_window.get());
        menu.cancelReceiptAction()->trigger();
        QVERIFY2(waitDone(menu), qPrintable(menu.lastProgress()->text()));
    }

    void cashierRefusals()
    {
        QVERIFY(till().openShift());
        QVERIFY(till().signIn(app::Role::Cashier));
        ServiceMenu menu(*till().session, m_window.get());
        // Cash out: not for a cashier in the role matrix.
        QVERIFY(!app::roleHas(app::Role::Cashier, app::Permission::CashOut));
        menu.cashOut();
        QVERIFY(qobject_cast<QMessageBox *>(menu.currentDialog()));
        QVERIFY(menu.lastRefusal().contains(app::permissionName(app::Permission::CashOut)));
        // Z report: whatever the matrix says for OpenCloseShift.
        menu.zReport();
        if (app::roleHas(app::Role::Cashier, app::Permission::OpenCloseShift)) {
            QVERIFY(qobject_cast<ui::ZReportDialog *>(menu.currentDialog()));
            QTest::keyClick(menu.currentDialog(), Qt::Key_Escape);
            QVERIFY(till().session->shifts().current());
        } else {
            QVERIFY(menu.lastRefusal().contains(app::permissionName(app::Permission::OpenCloseShift)));
        }
        // A guest may do none of it.
        QVERIFY(till().signIn(app::Role::Cashier));
        till().session->signOut();
        menu.zReport();
        QVERIFY(qobject_cast<QMessageBox *>(menu.currentDialog()));
        QVERIFY(till().session->shifts().current());
    }
};

QTEST_MAIN(TstServiceMenu)
#include "tst_servicemenu.moc"
