#include <QTest>

#include "app/sync/fiscaljobs.h"
#include "app/sync/outbox.h"
#include "modeltest.h"

using app::FiscalJobRepository;
using app::FiscalJobState;

Q_DECLARE_METATYPE(app::FiscalJobState)

class TstFiscalJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void happyPath()
    {
        ModelFixture f;
        FiscalJobRepository jobs(*f.db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto id = jobs.enqueue(QStringLiteral("sale"), QStringLiteral("u-1"), now);
        QVERIFY_RESULT(id);
        QCOMPARE(jobs.nextToRun()->id, *id);
        QVERIFY_RESULT(jobs.markSending(*id, 41, now));
        QCOMPARE(jobs.job(*id)->fdBefore.value_or(0), qint64(41));
        QVERIFY_RESULT(jobs.markDone(*id, 42, 1234567890, now));
        const auto done = jobs.job(*id);
        QCOMPARE(done->state, FiscalJobState::Done);
        QCOMPARE(done->fd.value_or(0), qint64(42));
        QCOMPARE(done->fiscalSign.value_or(0), qint64(1234567890));
        QVERIFY(!jobs.nextToRun());
        // Never twice: a done job cannot go anywhere, and the same document cannot be queued again.
        QCOMPARE(jobs.markSending(*id, 42, now).error().code, app::Error::Code::Conflict);
        QCOMPARE(jobs.requeue(*id, now).error().code, app::Error::Code::Conflict);
        QVERIFY(!jobs.enqueue(QStringLiteral("sale"), QStringLiteral("u-1"), now));
    }

    void transitions_data()
    {
        QTest::addColumn<FiscalJobState>("from");
        QTest::addColumn<FiscalJobState>("to");
        QTest::addColumn<bool>("allowed");
        const FiscalJobState all[] = {FiscalJobState::Queued, FiscalJobState::Sending, FiscalJobState::Done,
                                      FiscalJobState::Failed, FiscalJobState::Attention};
        const QList<QPair<FiscalJobState, FiscalJobState>> legal{
            {FiscalJobState::Queued, FiscalJobState::Sending},
            {FiscalJobState::Sending, FiscalJobState::Done},
            {FiscalJobState::Sending, FiscalJobState::Failed},
            {FiscalJobState::Sending, FiscalJobState::Attention},
            {FiscalJobState::Failed, FiscalJobState::Queued},
            {FiscalJobState::Attention, FiscalJobState::Done},
            {FiscalJobState::Attention, FiscalJobState::Failed}};
        for (const auto from : all) {
            for (const auto to : all)
                QTest::addRow("%s->%s", qPrintable(FiscalJobRepository::stateName(from)),
                              qPrintable(FiscalJobRepository::stateName(to)))
                    << from << to << legal.contains({from, to});
        }
    }

    void transitions()
    {
        QFETCH(FiscalJobState, from);
        QFETCH(FiscalJobState, to);
        QFETCH(bool, allowed);
        QCOMPARE(FiscalJobRepository::canMove(from, to), allowed);
    }

    void sendingJobsComeFirstForRecovery()
    {
        ModelFixture f;
        FiscalJobRepository jobs(*f.db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto a = jobs.enqueue(QStringLiteral("sale"), QStringLiteral("a"), now);
        auto b = jobs.enqueue(QStringLiteral("sale"), QStringLiteral("b"), now);
        QVERIFY(a && b);
        QVERIFY_RESULT(jobs.markSending(*b, 7, now));
        QCOMPARE(jobs.nextToRun()->id, *b); // left half-way by a crash: recover it first
        QVERIFY_RESULT(jobs.markFailed(*b, QStringLiteral("no paper"), now));
        QCOMPARE(jobs.inState(FiscalJobState::Failed).first().error, QStringLiteral("no paper"));
        QCOMPARE(jobs.nextToRun()->id, *a);
        QVERIFY_RESULT(jobs.requeue(*b, now));
        QVERIFY(!jobs.job(*b)->fdBefore);
        QVERIFY_RESULT(jobs.markSending(*a, 8, now));
        QVERIFY_RESULT(jobs.markAttention(*a, QStringLiteral("FD jumped by 2"), now));
        QVERIFY_RESULT(jobs.markDone(*a, 9, 1, now));
    }

    void syncState()
    {
        ModelFixture f;
        QVERIFY(!app::SyncState::value(*f.db, QStringLiteral("cursor")));
        QVERIFY_RESULT(app::SyncState::setValue(*f.db, QStringLiteral("cursor"), QStringLiteral("17")));
        QVERIFY_RESULT(app::SyncState::setValue(*f.db, QStringLiteral("cursor"), QStringLiteral("18")));
        QCOMPARE(*app::SyncState::value(*f.db, QStringLiteral("cursor")), QStringLiteral("18"));
    }
};

QTEST_GUILESS_MAIN(TstFiscalJobs)
#include "tst_fiscaljobs.moc"
