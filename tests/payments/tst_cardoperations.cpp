// The journal of card operations over the UPOS (and Arcus) emulator programs: journal before
// acting, cancel vs refund, reversal of an abandoned receipt until settled, recovery of a lost
// answer, and a till killed in the middle of a payment.

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include "app/core/moneytext.h"
#include "app/payments/cardoperations.h"
#include "app/payments/paymentjournal.h"
#include "app/storage/database.h"
#include "tests/payments/terminalrig.h"
#include "tests/payments/tillfixture.h"

Q_DECLARE_METATYPE(rig::Vendor)

using app::payments::CardOperations;
using app::payments::Kind;
using app::payments::Operation;
using app::payments::PaymentJournal;
using app::payments::State;
using rig::waitFinished;

class TstCardOperations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<rig::Terminal> m_rig;
    rig::Till m_till;
    std::unique_ptr<devices::payments::CliTerminal> m_terminal;
    std::unique_ptr<CardOperations> m_ops;

    void openTill(rig::Vendor vendor = rig::Vendor::Upos)
    {
        m_ops.reset();
        m_terminal.reset();
        if (!m_rig || m_rig->vendor != vendor)
            m_rig = std::make_unique<rig::Terminal>(vendor, 2500);
        m_till.open();
        m_terminal = m_rig->make();
        m_ops = std::make_unique<CardOperations>(*m_till.journal, m_terminal.get());
    }

    Operation run(const std::function<app::Result<QString>()> &call)
    {
        QSignalSpy spy(m_ops.get(), &CardOperations::finished);
        const auto id = call();
        if (!id) {
            qWarning() << id.error().message;
            return {};
        }
        const Operation o = waitFinished(spy);
        [&] { QCOMPARE(o.operationId, *id); }();
        return o;
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_till.dbPath());
        m_rig.reset();
        openTill();
    }

    void cleanup()
    {
        m_ops.reset();
        m_terminal.reset();
        m_till.close();
    }

    void paymentIsJournaledBeforeTheTerminalIsAsked()
    {
        QSignalSpy spy(m_ops.get(), &CardOperations::finished);
        const auto id = m_ops->pay(15000, QStringLiteral("sale-1"));
        QVERIFY(id);
        // The row is there, "started", while the terminal program runs.
        const std::optional<Operation> started = m_till.journal->find(*id);
        QVERIFY(started);
        QCOMPARE(started->state, State::Started);
        QCOMPARE(started->saleUuid, QStringLiteral("sale-1"));
        const Operation done = waitFinished(spy);
        QCOMPARE(done.state, State::Approved);
        QCOMPARE(done.rrn.size(), 12);
        QVERIFY(!done.authCode.isEmpty());
        QVERIFY(!done.cardMask.isEmpty());
        QVERIFY(done.slip.join(QLatin1Char('\n')).contains(done.rrn));
        QCOMPARE(m_ops->approvedPayments(QStringLiteral("sale-1")).size(), 1);
        QVERIFY(!m_ops->pay(0, QStringLiteral("sale-1")));
    }

    void returnIsACancelInTheOpenBatchAndARefundAfterReconciliation()
    {
        const Operation a = run([&] { return m_ops->pay(30000, QStringLiteral("sale-a")); });
        const Operation b = run([&] { return m_ops->pay(50000, QStringLiteral("sale-b")); });
        QCOMPARE(a.state, State::Approved);

        Operation back = run([&] {
            return m_ops->giveBack(a.operationId, 30000, QStringLiteral("return-a"),
                                   app::payments::PurposeReturn);
        });
        QCOMPARE(back.kind, Kind::Cancel);
        QCOMPARE(back.state, State::Approved);
        QCOMPARE(m_ops->returnable(a.operationId), 0);
        QVERIFY(
            !m_ops->giveBack(a.operationId, 1, QStringLiteral("return-a2"), app::payments::PurposeReturn));

        const Operation settle = run([&] { return m_ops->reconcile(); });
        QCOMPARE(settle.kind, Kind::Reconciliation);
        QCOMPARE(settle.state, State::Approved);
        QVERIFY(m_till.journal->find(b.operationId)->batchSettled);

        back = run([&] {
            return m_ops->giveBack(b.operationId, 20000, QStringLiteral("return-b"),
                                   app::payments::PurposeReturn);
        });
        QCOMPARE(back.kind, Kind::Refund);
        QCOMPARE(back.state, State::Approved);
        QCOMPARE(m_ops->returnable(b.operationId), 30000);
        QCOMPARE(m_rig->history().size(), 3);
        QCOMPARE(m_rig->batch().size(), 1);
    }

    void lostAnswerIsSettledFromTheTerminalWithoutASecondCharge()
    {
        m_rig->script({QStringLiteral("lost")});
        const Operation o = run([&] { return m_ops->pay(9900, QStringLiteral("sale-lost")); });
        QCOMPARE(o.state, State::Approved);
        QCOMPARE(o.rrn, m_rig->batch().at(0).toObject().value(QStringLiteral("rrn")).toString());
        QCOMPARE(m_rig->batch().size(), 1);
    }

    void whatNobodyCanTellGoesToTheCashierWithTheFacts()
    {
        openTill(rig::Vendor::Arcus);
        m_terminal =
            std::make_unique<devices::payments::ArcusTerminal>(m_rig->config, 0); // no report op known
        m_ops = std::make_unique<CardOperations>(*m_till.journal, m_terminal.get());
        m_rig->script({QStringLiteral("lost")});
        QSignalSpy cashier(m_ops.get(), &CardOperations::needsCashier);
        const auto id = m_ops->pay(4400, QStringLiteral("sale-unknown"));
        QVERIFY(id);
        QTRY_COMPARE_WITH_TIMEOUT(cashier.count(), 1, 15000);
        const Operation o = cashier.at(0).at(0).value<Operation>();
        QCOMPARE(o.state, State::Attention);
        const QString facts = cashier.at(0).at(1).toString();
        QVERIFY2(facts.contains(QStringLiteral("44,00")), qPrintable(facts)); // app::displayMoney
        QVERIFY(facts.contains(id->left(8)));
        // The cashier reads the slip: approved. The journal keeps it with the RRN typed in.
        const QString rrn = m_rig->batch().at(0).toObject().value(QStringLiteral("rrn")).toString();
        QVERIFY(m_ops->resolveByCashier(*id, true, rrn));
        QCOMPARE(m_till.journal->find(*id)->state, State::Approved);
        QCOMPARE(m_till.journal->find(*id)->rrn, rrn);
    }

    void abandonedReceiptIsReversedAndRetriedUntilSettled()
    {
        const Operation paid = run([&] { return m_ops->pay(12300, QStringLiteral("sale-abandoned")); });
        QCOMPARE(paid.state, State::Approved);
        // The first reversal attempt: the bank never answers.
        m_rig->script({QStringLiteral("hang")});
        QSignalSpy spy(m_ops.get(), &CardOperations::finished);
        QCOMPARE(m_ops->reverseSale(QStringLiteral("sale-abandoned"))->size(), 1);
        Operation first = waitFinished(spy);
        QCOMPARE(first.kind, Kind::Cancel);
        QCOMPARE(first.purpose, app::payments::PurposeAbandoned);
        QCOMPARE(first.state, State::Declined); // settled from the report: nothing was cancelled
        QCOMPARE(m_ops->returnable(paid.operationId), 12300);

        // The next start of the till retries it.
        openTill();
        m_ops->retryReversals();
        QSignalSpy again(m_ops.get(), &CardOperations::finished);
        const Operation second = waitFinished(again);
        QCOMPARE(second.kind, Kind::Cancel);
        QCOMPARE(second.state, State::Approved);
        QCOMPARE(m_ops->returnable(paid.operationId), 0);
        m_ops->retryReversals(); // nothing left to do
        QVERIFY(!m_ops->isBusy());
    }

    void operationJournaledButNeverStartedIsClosedAsNotCharged()
    {
        Operation intent;
        intent.operationId = QStringLiteral("never-started");
        intent.amount = 500;
        QVERIFY(m_till.journal->begin(intent));
        QSignalSpy spy(m_ops.get(), &CardOperations::finished);
        m_ops->recoverOpen();
        const Operation o = waitFinished(spy);
        QCOMPARE(o.operationId, QStringLiteral("never-started"));
        QCOMPARE(o.state, State::Declined);
        QVERIFY(m_rig->batch().isEmpty());
    }

    // Сверка итогов compared with the till: equal after the till's own payments and cancel; a payment
    // made on the pinpad itself makes the terminal's total bigger, and the journal keeps that.
    void reconciliationTotalsAreComparedWithTheTill_data()
    {
        QTest::addColumn<rig::Vendor>("vendor");
        QTest::newRow("UPOS") << rig::Vendor::Upos;
        QTest::newRow("Arcus") << rig::Vendor::Arcus;
    }

    void reconciliationTotalsAreComparedWithTheTill()
    {
        QFETCH(rig::Vendor, vendor);
        openTill(vendor);
        const Operation a = run([&] { return m_ops->pay(30000, QStringLiteral("sale-a")); });
        run([&] { return m_ops->pay(12050, QStringLiteral("sale-b")); });
        run([&] {
            return m_ops->giveBack(a.operationId, 30000, QStringLiteral("ret-a"),
                                   app::payments::PurposeReturn);
        });
        Operation settle = run([&] { return m_ops->reconcile(); });
        QCOMPARE(settle.state, State::Approved);
        std::optional<app::payments::BatchTotals> totals = m_ops->totalsOf(settle.operationId);
        QVERIFY(totals && totals->terminal);
        QCOMPARE(*totals->terminal, app::Kopecks(12050));
        QCOMPARE(totals->till, app::Kopecks(12050));
        QVERIFY(!totals->differ());
        QVERIFY(settle.message.isEmpty() || !settle.message.contains(QStringLiteral("ИТОГ")));

        run([&] { return m_ops->pay(5000, QStringLiteral("sale-c")); });
        m_rig->script({QStringLiteral("outside 777")});
        settle = run([&] { return m_ops->reconcile(); });
        totals = m_ops->totalsOf(settle.operationId);
        QVERIFY(totals && totals->differ());
        QCOMPARE(*totals->terminal, app::Kopecks(5777));
        QCOMPARE(totals->till, app::Kopecks(5000));
        // Kept in the journal: the reconciliation's row says both amounts.
        const QString kept = m_till.journal->find(settle.operationId)->message;
        QCOMPARE(kept, app::payments::mismatchText(*totals));
        QVERIFY2(kept.contains(app::displayRoubles(5777)) && kept.contains(app::displayRoubles(5000)),
                 qPrintable(kept));
        QCOMPARE(m_till.journal->openBatchTotal(QDateTime::currentDateTimeUtc()), app::Kopecks(0));
    }

    void tillKilledMidPayment_data()
    {
        QTest::addColumn<QString>("step");
        QTest::newRow("terminal answers after the till died") << QStringLiteral("approve 1500");
        QTest::newRow("approved, answer lost, till died") << QStringLiteral("lost");
        QTest::newRow("declined after the till died") << QStringLiteral("decline 51 ОТКАЗ");
    }

    void tillKilledMidPayment()
    {
        QFETCH(QString, step);
        m_rig->script({step});
        m_rig->setDelay(1500); // the terminal is still busy with the customer when the till dies
        cleanup();             // the till process under test is the helper, not us
        rig::HelperTill till;
        till.start({m_till.dbPath(), m_rig->config.workRoot, m_rig->config.configDir, m_rig->config.program,
                    QStringLiteral("26000")});
        const QString id = till.line(QStringLiteral("started"));
        QTest::qWait(200); // the terminal program is running now
        till.kill();

        openTill();
        QCOMPARE(m_till.journal->find(id)->state, State::Started);
        QSignalSpy spy(m_ops.get(), &CardOperations::finished);
        m_ops->recoverOpen();
        const Operation o = waitFinished(spy);
        QCOMPARE(o.operationId, id);
        const bool approved = !step.startsWith(QStringLiteral("decline"));
        QCOMPARE(o.state, approved ? State::Approved : State::Declined);
        QCOMPARE(m_rig->batch().size(), approved ? 1 : 0); // never charged twice
        if (approved) {
            QCOMPARE(o.rrn, m_rig->batch().at(0).toObject().value(QStringLiteral("rrn")).toString());
            QCOMPARE(m_ops->approvedPayments(QStringLiteral("sale-crash")).size(), 1);
        }
        QVERIFY(m_till.journal->open().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstCardOperations)
#include "tst_cardoperations.moc"
