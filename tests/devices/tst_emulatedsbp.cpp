#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include "devices/emulatedsbp.h"
#include "devices/sbpwatcher.h"

using devices::EmulatedSbpScript;
using devices::SbpPayment;
using devices::SbpStatus;

class TstEmulatedSbp : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<devices::EmulatedSbpProvider> m_sbp;

    SbpPayment create(qint64 amount, const QString &id)
    {
        QSignalSpy created(m_sbp.get(), &devices::SbpProvider::paymentCreated);
        m_sbp->createPayment(amount, id, QStringLiteral("Receipt 42"));
        [&] { QTRY_COMPARE(created.count(), 1); }();
        return created.at(0).at(0).value<SbpPayment>();
    }

    // Polls like the payment screen does, until the status is final.
    SbpPayment pollUntilFinal(const QString &qrcId)
    {
        QSignalSpy status(m_sbp.get(), &devices::SbpProvider::statusChanged);
        SbpPayment last;
        for (int i = 0; i < 100; ++i) {
            m_sbp->requestStatus(qrcId);
            if (!status.wait(1000))
                break;
            last = status.takeLast().at(0).value<SbpPayment>();
            if (last.status != SbpStatus::Pending)
                break;
            QTest::qWait(10);
        }
        return last;
    }

private Q_SLOTS:
    void init()
    {
        m_sbp = std::make_unique<devices::EmulatedSbpProvider>();
        m_sbp->setDelays(5, 80);
    }

    void fates_data()
    {
        QTest::addColumn<int>("fate");
        QTest::addColumn<int>("status");
        QTest::newRow("paid") << int(EmulatedSbpScript::Fate::Pay) << int(SbpStatus::Paid);
        QTest::newRow("expired (buyer walked away)")
            << int(EmulatedSbpScript::Fate::Expire) << int(SbpStatus::Expired);
        QTest::newRow("rejected by the buyer's bank")
            << int(EmulatedSbpScript::Fate::Reject) << int(SbpStatus::Rejected);
    }

    void fates()
    {
        QFETCH(int, fate);
        QFETCH(int, status);
        m_sbp->enqueue({EmulatedSbpScript::Fate(fate), 60});
        const SbpPayment payment = create(98765, QStringLiteral("sale-7"));
        QCOMPARE(payment.operationId, QStringLiteral("sale-7"));
        QCOMPARE(payment.status, SbpStatus::Pending);
        QCOMPARE(payment.qrcId.size(), 32);
        static const QRegularExpression link(
            QStringLiteral("^https://qr\\.nspk\\.ru/"
                           "[A-Z0-9]{32}\\?type=02&bank=\\d{12}&sum=98765&cur=RUB&crc=[0-9A-F]{4}$"));
        QVERIFY2(link.match(payment.payload).hasMatch(), qPrintable(payment.payload));
        QVERIFY(payment.expiresAt > QDateTime::currentDateTimeUtc());

        const SbpPayment final = pollUntilFinal(payment.qrcId);
        QCOMPARE(int(final.status), status);
        QVERIFY(!final.message.isEmpty());
    }

    void watcherSettles_data()
    {
        QTest::addColumn<int>("fate");
        QTest::addColumn<int>("afterMs");
        QTest::addColumn<int>("lifetimeSecs");
        QTest::addColumn<int>("status");
        QTest::newRow("paid") << int(EmulatedSbpScript::Fate::Pay) << 80 << 300 << int(SbpStatus::Paid);
        QTest::newRow("rejected") << int(EmulatedSbpScript::Fate::Reject) << 80 << 300
                                  << int(SbpStatus::Rejected);
        QTest::newRow("expired at the acquirer")
            << int(EmulatedSbpScript::Fate::Expire) << 80 << 300 << int(SbpStatus::Expired);
        // The acquirer still says "pending" after the QR's lifetime: the watcher ends it itself.
        QTest::newRow("expired locally")
            << int(EmulatedSbpScript::Fate::Pay) << 600000 << 0 << int(SbpStatus::Expired);
    }

    void watcherSettles()
    {
        QFETCH(int, fate);
        QFETCH(int, afterMs);
        QFETCH(int, lifetimeSecs);
        QFETCH(int, status);
        m_sbp->setQrLifetimeSecs(lifetimeSecs);
        m_sbp->enqueue({EmulatedSbpScript::Fate(fate), afterMs});
        const SbpPayment payment = create(1000, QStringLiteral("w"));
        devices::SbpPaymentWatcher watcher(m_sbp.get(), payment, 15);
        QSignalSpy settled(&watcher, &devices::SbpPaymentWatcher::settled);
        if (lifetimeSecs == 0)
            QTest::qWait(20); // let the zero-second QR pass its expiry
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 3000);
        QCOMPARE(int(settled.at(0).at(0).value<SbpPayment>().status), status);
        QTest::qWait(60);
        QCOMPARE(settled.count(), 1);
    }

    void serviceFailures()
    {
        m_sbp->enqueue({EmulatedSbpScript::Fate::CreateFails, 0});
        m_sbp->enqueue({EmulatedSbpScript::Fate::NoAnswer, 0});
        QSignalSpy failed(m_sbp.get(), &devices::SbpProvider::failed);
        QSignalSpy created(m_sbp.get(), &devices::SbpProvider::paymentCreated);
        m_sbp->createPayment(100, QStringLiteral("refused"), {});
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("refused"));
        m_sbp->createPayment(100, QStringLiteral("timeout"), {});
        QTest::qWait(30);
        QCOMPARE(failed.count(), 1); // still waiting, like a hung HTTP call
        QTRY_COMPARE(failed.count(), 2);
        QCOMPARE(failed.at(1).at(0).toString(), QStringLiteral("timeout"));
        QCOMPARE(created.count(), 0);

        m_sbp->requestStatus(QStringLiteral("unknown"));
        QTRY_COMPARE(failed.count(), 3);
    }

    void refunds()
    {
        m_sbp->enqueue({EmulatedSbpScript::Fate::Pay, 0});
        const SbpPayment payment = create(10000, QStringLiteral("sale-8"));
        QCOMPARE(pollUntilFinal(payment.qrcId).status, SbpStatus::Paid);

        QSignalSpy refunds(m_sbp.get(), &devices::SbpProvider::refundFinished);
        m_sbp->refund(payment.qrcId, 4000, QStringLiteral("ret-1"));
        QTRY_COMPARE(refunds.count(), 1);
        auto r = refunds.at(0).at(0).value<devices::SbpRefund>();
        QVERIFY(r.ok);
        QCOMPARE(r.operationId, QStringLiteral("ret-1"));
        QVERIFY(!r.refundId.isEmpty());

        m_sbp->refund(payment.qrcId, 6001, QStringLiteral("ret-2"));
        QTRY_COMPARE(refunds.count(), 2);
        QVERIFY(!refunds.at(1).at(0).value<devices::SbpRefund>().ok);

        m_sbp->enqueue({EmulatedSbpScript::Fate::Pay, 60000});
        const SbpPayment unpaid = create(500, QStringLiteral("sale-9"));
        m_sbp->refund(unpaid.qrcId, 500, QStringLiteral("ret-3"));
        QTRY_COMPARE(refunds.count(), 3);
        QVERIFY(!refunds.at(2).at(0).value<devices::SbpRefund>().ok);
    }
};

QTEST_GUILESS_MAIN(TstEmulatedSbp)
#include "tst_emulatedsbp.moc"
