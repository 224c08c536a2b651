// Giving up a receipt the registrar refused, from the journal, by keys (issue 16): the FN is full, a
// sale fails; a cashier pressing F8 is refused; the owner gets a confirmation that names the receipt
// and says what follows, must write a reason, and the job is given up and the reason audited. A job
// whose outcome is unknown (attention) is refused until it is settled.

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

#include "app/core/moneytext.h"
#include "app/fiscalservice/fiscaljournal.h"
#include "app/journal/abandonjob.h"
#include "app/journal/journalmodel.h"
#include "app/staff/auditlog.h"
#include "journaltestsession.h"
#include "tests/common/screenshot.h"
#include "widgets/journal/abandondialog.h"
#include "widgets/journal/journalscreen.h"
#include "widgets/service/fiscalprogress.h"

using journaltest::Till;

class TstAbandonJob final : public QObject, journaltest::TillTest
{
    Q_OBJECT

    // A cash sale the registrar refuses: the FN archive is full (FN 06h), then it is freed again.
    std::optional<app::Sale> failedSale()
    {
        if (!till().session->emulatorControl(QStringLiteral("fn-full")).startsWith(QStringLiteral("ok")))
            return std::nullopt;
        auto &sales = till().session->sales();
        auto sale = sales.create(till().actor());
        if (!sale)
            return std::nullopt;
        app::LineInput in;
        in.productId = till().products(1).value(0);
        in.quantity = 1000;
        if (!sales.addLine(till().actor(), sale->id, in))
            return std::nullopt;
        const auto priced = sales.sale(sale->id);
        auto done =
            sales.complete(till().actor(), sale->id, {{app::PaymentType::Cash, priced->total, 0, {}}});
        if (!done)
            return std::nullopt;
        till().fiscal().process();
        const auto o = till().waitJob(QStringLiteral("sale"), done->uuid);
        till().session->emulatorControl(QStringLiteral("fn-full off"));
        if (!o || o->state != app::FiscalJobState::Failed)
            return std::nullopt;
        return sales.sale(done->id);
    }

    QString abandonedAt(qint64 jobId)
    {
        QSqlQuery q = till().session->database().prepare(
            QStringLiteral("SELECT abandoned_at FROM fiscal_job_details WHERE job_id = ?"));
        q.addBindValue(jobId);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

private Q_SLOTS:
    void init() { openTill(); }
    void cleanup() { closeTill(); }

    void ownerGivesUpAFailedReceipt_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ru") << QStringLiteral("ru");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void ownerGivesUpAFailedReceipt()
    {
        QFETCH(QString, language);
        journaltest::useLanguage(language);
        const auto sale = failedSale();
        QVERIFY(sale);

        // A cashier may not: F8 says who may.
        QVERIFY(till().signIn(app::Role::Cashier));
        {
            ui::JournalScreen screen(*till().session);
            QVERIFY(show(screen));
            QCOMPARE(screen.currentSaleId(), sale->id);
            QTest::keyClick(&screen, Qt::Key_F8);
            QVERIFY(!screen.openDialog());
            QVERIFY(screen.progress()->isVisible());
            QCOMPARE(screen.progress()->state(), ui::FiscalProgress::State::Failed);
        }
        QVERIFY(abandonedAt(till().finished(QStringLiteral("sale"), sale->uuid)->jobId).isEmpty());

        QVERIFY(till().signIn(app::Role::Owner));
        ui::JournalScreen screen(*till().session);
        QVERIFY(show(screen));
        QCOMPARE(screen.currentSaleId(), sale->id);
        const app::JournalEntry entry = screen.model()->entry(0);
        QCOMPARE(entry.status, app::JournalStatus::Failed);
        QTest::keyClick(&screen, Qt::Key_F8);
        QTRY_VERIFY(qobject_cast<ui::AbandonDialog *>(screen.openDialog()));
        auto *dialog = qobject_cast<ui::AbandonDialog *>(screen.openDialog());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        const QString what = dialog->findChild<QLabel *>(QStringLiteral("abandonWhat"))->text();
        QVERIFY2(what.contains(QString::number(sale->number)) &&
                     what.contains(app::displayRoubles(sale->total)),
                 qPrintable(what));
        auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("abandonReason"));
        QTRY_VERIFY(reason->hasFocus());
        QTest::keyClick(reason, Qt::Key_Return); // no reason: nothing happens
        QCOMPARE(screen.openDialog(), dialog);
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("abandonConfirm"))->isEnabled());
        const QString typed = language == QLatin1String("ru") ? QStringLiteral("Покупатель ушёл")
                                                              : QStringLiteral("The buyer left");
        journaltest::typeText(reason, typed);
        QTRY_VERIFY(dialog->findChild<QPushButton *>(QStringLiteral("abandonConfirm"))->isEnabled());
        testing_support::saveScreenshot(dialog, QStringLiteral("journal_abandon_%1").arg(language));
        QTest::keyClick(reason, Qt::Key_Return);
        QTRY_VERIFY(!screen.openDialog());

        QTRY_VERIFY_WITH_TIMEOUT(!abandonedAt(entry.jobId).isEmpty(), 30000);
        bool audited = false;
        for (const app::AuditEntry &a : app::AuditLog::recent(till().session->database()))
            audited =
                audited || (a.action == QLatin1String("fiscal.abandon") &&
                            a.details.contains(QString::number(sale->number)) && a.details.contains(typed));
        QVERIFY(audited);
        QTRY_VERIFY(screen.model()->entry(0).abandoned);
        const QString status =
            screen.model()->data(screen.model()->index(0, app::JournalModel::Status)).toString();
        QVERIFY2(status.contains(language == QLatin1String("ru") ? QStringLiteral("отказ")
                                                                 : QStringLiteral("given up")),
                 qPrintable(status));
        testing_support::saveScreenshot(&screen, QStringLiteral("journal_abandoned_%1").arg(language));

        // Given up once is enough: F8 again is refused. (The offscreen platform does not give the
        // activation back to the screen when the dialog closes, a desktop does.)
        screen.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&screen));
        QTest::keyClick(&screen, Qt::Key_F8);
        QVERIFY(!screen.openDialog());
        QCOMPARE(screen.progress()->state(), ui::FiscalProgress::State::Failed);
    }

    // The rule itself: only a refused job, never one whose outcome is unknown, and never twice.
    void unknownOutcomeIsRefused()
    {
        app::JournalEntry e;
        e.jobId = 7;
        e.status = app::JournalStatus::Attention;
        QVERIFY(!app::mayAbandonFiscalJob(till().actor(), e));
        QCOMPARE(app::mayAbandonFiscalJob(till().actor(), e).error().code, app::Error::Code::Conflict);
        e.status = app::JournalStatus::Waiting;
        QVERIFY(!app::mayAbandonFiscalJob(till().actor(), e));
        e.status = app::JournalStatus::Fiscalised;
        QVERIFY(!app::mayAbandonFiscalJob(till().actor(), e));
        e.status = app::JournalStatus::Failed;
        QVERIFY(app::mayAbandonFiscalJob(till().actor(), e));
        e.abandoned = true;
        QVERIFY(!app::mayAbandonFiscalJob(till().actor(), e));
        e.abandoned = false;
        QVERIFY(till().signIn(app::Role::Cashier));
        QCOMPARE(app::mayAbandonFiscalJob(till().actor(), e).error().code,
                 app::Error::Code::PermissionDenied);
        // And the journal's own guard: an attention job stays.
        QVERIFY(till().signIn(app::Role::Owner));
        auto sale = till().sell({1000});
        QVERIFY(sale);
        const auto o = till().finished(QStringLiteral("sale"), sale->uuid);
        QVERIFY(o);
        QSqlQuery q = till().session->database().prepare(
            QStringLiteral("UPDATE fiscal_jobs SET state = 'attention' WHERE id = ?"));
        q.addBindValue(o->jobId);
        QVERIFY(q.exec());
        app::FiscalJournal journal(till().session->database());
        QVERIFY(!journal.abandon(o->jobId));
    }
};

QTEST_MAIN(TstAbandonJob)
#include "tst_abandonjob.moc"
