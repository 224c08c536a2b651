// One card terminal driver (VENDOR: rig::Vendor::Upos or rig::Vendor::Arcus) against its emulator
// program, run as a separate process per operation exactly like the vendor's own program.

#include <QSignalSpy>
#include <QTest>

#include "tests/payments/terminalrig.h"

using devices::TerminalOperation;
using devices::TerminalOutcome;
using devices::TerminalResult;
using devices::payments::CliTerminal;

class TstCardTerminal : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<rig::Terminal> m_rig;
    std::unique_ptr<CliTerminal> m_terminal;

    TerminalResult run(const std::function<void()> &call, int timeoutMs = 15000)
    {
        QSignalSpy spy(m_terminal.get(), &devices::PaymentTerminal::finished);
        call();
        return rig::waitResult(spy, timeoutMs);
    }

    TerminalResult pay(qint64 amount, const QString &id)
    {
        return run([&] { m_terminal->pay(amount, id); });
    }

private Q_SLOTS:
    void init()
    {
        m_rig = std::make_unique<rig::Terminal>(VENDOR, 2500);
        m_terminal = m_rig->make();
    }

    void cleanup()
    {
        m_terminal.reset();
        m_rig.reset();
    }

    void approvedPaymentCarriesRrnCardAndSlip()
    {
        const TerminalResult r = pay(123456, QStringLiteral("op-pay"));
        QCOMPARE(r.operationId, QStringLiteral("op-pay"));
        QCOMPARE(r.outcome, TerminalOutcome::Approved);
        QCOMPARE(r.amountKopecks, 123456);
        QCOMPARE(r.rrn.size(), 12);
        QCOMPARE(r.authCode.size(), 6);
        QVERIFY2(r.cardMask.endsWith(QStringLiteral("424") + r.cardMask.right(1)), qPrintable(r.cardMask));
        // The slip comes back decoded from the vendor's code page, Russian text intact.
        QVERIFY2(r.slip.join(QLatin1Char('\n')).contains(QStringLiteral("ОДОБРЕНО")),
                 qPrintable(r.slip.join(QLatin1Char('|'))));
        QVERIFY(r.slip.join(QLatin1Char('\n')).contains(QStringLiteral("1234.56")));
        QVERIFY(r.slip.join(QLatin1Char('\n')).contains(r.rrn));
        QCOMPARE(m_rig->batch().size(), 1);
        // Its own folder, named after our operation id.
        QVERIFY(QFileInfo::exists(m_terminal->operationDir(QStringLiteral("op-pay"))));
    }

    void declineKeepsTheBankCode()
    {
        m_rig->script({QStringLiteral("decline 51 НЕДОСТАТОЧНО СРЕДСТВ")});
        const TerminalResult r = pay(5000, QStringLiteral("op-decline"));
        QCOMPARE(r.outcome, TerminalOutcome::Declined);
        QCOMPARE(r.responseCode, QStringLiteral("51"));
        QCOMPARE(r.message, QStringLiteral("НЕДОСТАТОЧНО СРЕДСТВ"));
        QVERIFY(r.rrn.isEmpty());
        QVERIFY(m_rig->batch().isEmpty());
    }

    void customerCancelOnThePinpad()
    {
        m_rig->script({QStringLiteral("abort")});
        const TerminalResult r = pay(5000, QStringLiteral("op-abort"));
        QCOMPARE(r.outcome, TerminalOutcome::Cancelled);
        QVERIFY(!r.approved());
        QVERIFY(m_rig->batch().isEmpty());
    }

    void silentTerminalIsATimeoutNotADecline()
    {
        m_rig->script({QStringLiteral("hang")});
        const TerminalResult r = pay(5000, QStringLiteral("op-hang"));
        QCOMPARE(r.outcome, TerminalOutcome::Timeout);
        QVERIFY(r.stateUnknown());
        // Recovery asks the terminal: nothing was approved, so nothing was taken.
        devices::payments::PendingOperation pending{QStringLiteral("op-hang"),
                                                    TerminalOperation::Payment,
                                                    5000,
                                                    {},
                                                    QDateTime::currentDateTimeUtc().addSecs(-30),
                                                    {}};
        const TerminalResult settled = run([&] { m_terminal->recover(pending); });
        QCOMPARE(settled.operationId, QStringLiteral("op-hang"));
        QCOMPARE(settled.outcome, TerminalOutcome::Declined);
        QVERIFY(m_rig->batch().isEmpty());
    }

    void lostAnswerAfterApprovalIsRecoveredWithoutASecondCharge_data()
    {
        QTest::addColumn<QString>("step");
        QTest::newRow("program waits forever") << QStringLiteral("lost");
        QTest::newRow("program exits without an answer") << QStringLiteral("vanish");
    }

    void lostAnswerAfterApprovalIsRecoveredWithoutASecondCharge()
    {
        QFETCH(QString, step);
        // An earlier payment of the same amount must not be mistaken for this one.
        const TerminalResult earlier = pay(7700, QStringLiteral("op-earlier"));
        QCOMPARE(earlier.outcome, TerminalOutcome::Approved);
        m_rig->script({step});
        const QDateTime started = QDateTime::currentDateTimeUtc();
        const TerminalResult r = pay(7700, QStringLiteral("op-lost"));
        QVERIFY(r.stateUnknown());
        QCOMPARE(m_rig->batch().size(), 2); // the bank did approve it
        devices::payments::PendingOperation pending{
            QStringLiteral("op-lost"), TerminalOperation::Payment, 7700, {}, started, {earlier.rrn}};
        const TerminalResult settled = run([&] { m_terminal->recover(pending); });
        QCOMPARE(settled.outcome, TerminalOutcome::Approved);
        QCOMPARE(settled.rrn, m_rig->batch().at(1).toObject().value(QStringLiteral("rrn")).toString());
        QVERIFY(settled.rrn != earlier.rrn);
        QCOMPARE(m_rig->batch().size(), 2); // and it was not charged again
    }

    void cancelInTheOpenBatchThenRefundAfterSettlement()
    {
        const TerminalResult first = pay(10000, QStringLiteral("op-a"));
        const TerminalResult second = pay(25000, QStringLiteral("op-b"));
        QVERIFY(first.approved() && second.approved());

        // Same batch: a refund of the whole is refused, a cancel of the whole amount goes through.
        TerminalResult r = run([&] { m_terminal->refund(10000, first.rrn, QStringLiteral("op-a-refund")); });
        QCOMPARE(r.outcome, TerminalOutcome::Declined);
        r = run([&] { m_terminal->reverse(10000, first.rrn, QStringLiteral("op-a-cancel")); });
        QCOMPARE(r.outcome, TerminalOutcome::Approved);
        QCOMPARE(r.operation, TerminalOperation::Reversal);
        r = run([&] { m_terminal->reverse(10000, first.rrn, QStringLiteral("op-a-cancel-2")); });
        QCOMPARE(r.outcome, TerminalOutcome::Declined); // a second cancel of the same payment

        r = run([&] { m_terminal->reconcile(QStringLiteral("op-settle")); });
        QCOMPARE(r.outcome, TerminalOutcome::Approved);
        QCOMPARE(r.operation, TerminalOperation::Reconciliation);
        QVERIFY(r.slip.join(QLatin1Char('\n')).contains(QStringLiteral("ИТОГ")));
        QVERIFY(m_rig->batch().isEmpty());
        QCOMPARE(m_rig->history().size(), 3);

        // After settlement: a cancel is refused, partial refunds by RRN up to the amount paid.
        r = run([&] { m_terminal->reverse(25000, second.rrn, QStringLiteral("op-b-cancel")); });
        QCOMPARE(r.outcome, TerminalOutcome::Declined);
        r = run([&] { m_terminal->refund(20000, second.rrn, QStringLiteral("op-b-refund-1")); });
        QCOMPARE(r.outcome, TerminalOutcome::Approved);
        QCOMPARE(r.operation, TerminalOperation::Refund);
        r = run([&] { m_terminal->refund(6000, second.rrn, QStringLiteral("op-b-refund-2")); });
        QCOMPARE(r.outcome, TerminalOutcome::Declined); // more than what is left
    }

    void lastSlipIsTheLastOperationsSlipEvenAfterARestart()
    {
        const TerminalResult paid = pay(4321, QStringLiteral("op-slip"));
        QVERIFY(paid.approved());
        m_terminal = m_rig->make(); // a new till process
        const TerminalResult copy = run([&] { m_terminal->requestLastSlip(QStringLiteral("op-copy")); });
        QCOMPARE(copy.operation, TerminalOperation::LastSlip);
        QCOMPARE(copy.outcome, TerminalOutcome::Approved);
        QCOMPARE(copy.slip, paid.slip);
        QCOMPARE(m_rig->batch().size(), 1); // a reprint is not a payment
    }

    void oneOperationAtATime()
    {
        m_rig->setDelay(400);
        QSignalSpy spy(m_terminal.get(), &devices::PaymentTerminal::finished);
        m_terminal->pay(100, QStringLiteral("op-1"));
        QVERIFY(m_terminal->isBusy());
        m_terminal->pay(200, QStringLiteral("op-2"));
        const TerminalResult busy = rig::waitResult(spy);
        QCOMPARE(busy.operationId, QStringLiteral("op-2"));
        QCOMPARE(busy.outcome, TerminalOutcome::Busy);
        const TerminalResult first = rig::waitResult(spy);
        QCOMPARE(first.operationId, QStringLiteral("op-1"));
        QVERIFY(first.approved());
    }

    void missingProgramTakesNoMoney()
    {
        rig::Terminal broken(VENDOR);
        broken.config.program = broken.dir.path() + QStringLiteral("/no-such-program");
        m_terminal = broken.make();
        const TerminalResult r = pay(100, QStringLiteral("op-missing"));
        QCOMPARE(r.outcome, TerminalOutcome::Declined);
        m_terminal.reset();
    }

    void anOperationIdIsNeverRunTwice()
    {
        QVERIFY(pay(100, QStringLiteral("op-once")).approved());
        const TerminalResult again = pay(100, QStringLiteral("op-once"));
        QCOMPARE(again.outcome, TerminalOutcome::Declined);
        QCOMPARE(m_rig->batch().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstCardTerminal)
#include "tst_cardterminal.moc"
