#include <QSignalSpy>
#include <QTest>

#include "devices/emulatedterminal.h"

using devices::TerminalOperation;
using devices::TerminalOutcome;
using devices::TerminalResult;

class TstEmulatedTerminal : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<devices::EmulatedTerminal> m_terminal;

    TerminalResult waitResult(QSignalSpy &spy, int count = 1)
    {
        [&] { QTRY_COMPARE_WITH_TIMEOUT(spy.count(), count, 3000); }();
        return spy.at(count - 1).at(0).value<TerminalResult>();
    }

private Q_SLOTS:
    void init()
    {
        m_terminal = std::make_unique<devices::EmulatedTerminal>();
        m_terminal->setDelays(5, 20);
        m_terminal->setTimeoutMs(60);
    }

    void outcomes_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("responseCode");
        QTest::addColumn<bool>("hasSlip");
        QTest::newRow("approve") << int(TerminalOutcome::Approved) << "00" << true;
        QTest::newRow("decline") << int(TerminalOutcome::Declined) << "51" << true;
        QTest::newRow("timeout") << int(TerminalOutcome::Timeout) << "" << false;
        QTest::newRow("lost link") << int(TerminalOutcome::LinkLost) << "" << false;
        QTest::newRow("cancelled on the pinpad") << int(TerminalOutcome::Cancelled) << "" << false;
    }

    void outcomes()
    {
        QFETCH(int, outcome);
        QFETCH(QString, responseCode);
        QFETCH(bool, hasSlip);
        const auto expected = TerminalOutcome(outcome);
        m_terminal->enqueue(
            {expected, expected == TerminalOutcome::Declined ? QStringLiteral("51") : QString(),
             expected == TerminalOutcome::Declined ? QStringLiteral("Insufficient funds") : QString()});
        QSignalSpy spy(m_terminal.get(), &devices::PaymentTerminal::finished);
        QSignalSpy prompts(m_terminal.get(), &devices::PaymentTerminal::prompt);
        m_terminal->pay(123450, QStringLiteral("sale-1"));
        QVERIFY(m_terminal->isBusy());
        const TerminalResult r = waitResult(spy);
        QCOMPARE(r.operationId, QStringLiteral("sale-1"));
        QCOMPARE(r.operation, TerminalOperation::Payment);
        QCOMPARE(r.outcome, expected);
        QCOMPARE(r.responseCode, responseCode);
        QCOMPARE(r.amountKopecks, 123450);
        QCOMPARE(!r.slip.isEmpty(), hasSlip);
        QVERIFY(!r.message.isEmpty());
        QVERIFY(prompts.count() >= 1);
        QCOMPARE(r.stateUnknown(),
                 expected == TerminalOutcome::Timeout || expected == TerminalOutcome::LinkLost);
        QVERIFY(!m_terminal->isBusy());
        if (expected == TerminalOutcome::Approved) {
            QCOMPARE(r.rrn.size(), 12);
            QCOMPARE(r.authCode.size(), 6);
            QVERIFY(r.slip.join(QLatin1Char('\n')).contains(QStringLiteral("1 234,50")));
        }
        if (expected == TerminalOutcome::Declined)
            QCOMPARE(r.message, QStringLiteral("Insufficient funds"));
    }

    void refundsAndReversals()
    {
        QSignalSpy spy(m_terminal.get(), &devices::PaymentTerminal::finished);
        m_terminal->pay(50000, QStringLiteral("p1"));
        const TerminalResult paid = waitResult(spy, 1);
        QVERIFY(paid.approved());

        m_terminal->refund(20000, paid.rrn, QStringLiteral("r1"));
        QVERIFY(waitResult(spy, 2).approved());
        m_terminal->refund(40000, paid.rrn, QStringLiteral("r2")); // only 300,00 left
        const TerminalResult tooMuch = waitResult(spy, 3);
        QCOMPARE(tooMuch.outcome, TerminalOutcome::Declined);
        QCOMPARE(tooMuch.operationId, QStringLiteral("r2"));
        m_terminal->refund(100, QStringLiteral("000000000000"), QStringLiteral("r3"));
        QCOMPARE(waitResult(spy, 4).outcome, TerminalOutcome::Declined);
        // A partly refunded payment cannot be cancelled as a whole.
        m_terminal->reverse(50000, paid.rrn, QStringLiteral("v1"));
        QCOMPARE(waitResult(spy, 5).outcome, TerminalOutcome::Declined);

        m_terminal->pay(7000, QStringLiteral("p2"));
        const TerminalResult second = waitResult(spy, 6);
        m_terminal->reverse(7000, second.rrn, QStringLiteral("v2"));
        const TerminalResult reversed = waitResult(spy, 7);
        QVERIFY(reversed.approved());
        QCOMPARE(reversed.operation, TerminalOperation::Reversal);

        m_terminal->requestLastSlip(QStringLiteral("copy"));
        const TerminalResult copy = waitResult(spy, 8);
        QVERIFY(copy.approved());
        QCOMPARE(copy.slip, reversed.slip);

        m_terminal->reconcile(QStringLiteral("z"));
        const TerminalResult totals = waitResult(spy, 9);
        QVERIFY(totals.approved());
        const QString slip = totals.slip.join(QLatin1Char('\n'));
        QVERIFY2(slip.contains(QStringLiteral("Payments: 2, 570,00 RUB")), qPrintable(slip));
        QVERIFY2(slip.contains(QStringLiteral("Refunds: 2, 270,00 RUB")), qPrintable(slip));
    }

    void busyAndCancel()
    {
        m_terminal->setDelays(5, 500);
        QSignalSpy spy(m_terminal.get(), &devices::PaymentTerminal::finished);
        m_terminal->pay(100, QStringLiteral("a"));
        m_terminal->pay(200, QStringLiteral("b"));
        const TerminalResult busy = waitResult(spy, 1);
        QCOMPARE(busy.operationId, QStringLiteral("b"));
        QCOMPARE(busy.outcome, TerminalOutcome::Busy);
        m_terminal->cancel();
        const TerminalResult cancelled = waitResult(spy, 2);
        QCOMPARE(cancelled.operationId, QStringLiteral("a"));
        QCOMPARE(cancelled.outcome, TerminalOutcome::Cancelled);
        QTest::qWait(50);
        QCOMPARE(spy.count(), 2); // exactly one answer per call
    }

    void noSlipToRepeat()
    {
        QSignalSpy spy(m_terminal.get(), &devices::PaymentTerminal::finished);
        m_terminal->requestLastSlip(QStringLiteral("copy"));
        QCOMPARE(waitResult(spy).outcome, TerminalOutcome::Declined);
    }
};

QTEST_GUILESS_MAIN(TstEmulatedTerminal)
#include "tst_emulatedterminal.moc"
