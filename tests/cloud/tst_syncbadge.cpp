// The status-bar badge of cloud sync: what it says in each state and how loud it is.

#include <QSignalSpy>
#include <QTest>

#include "widgets/sync/syncbadge.h"

using app::cloud::SyncStatus;
using ui::SyncBadge;

class TestSyncBadge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notActivated()
    {
        SyncBadge badge;
        QCOMPARE(badge.text(), QStringLiteral("Cloud: not connected"));
        QCOMPARE(badge.severity(), SyncBadge::Severity::Ok);
    }

    void syncedShowsTimeAndQueue()
    {
        SyncBadge badge;
        SyncStatus s;
        s.state = SyncStatus::State::Idle;
        s.lastSuccess = QDateTime(QDate::currentDate(), QTime(12, 3)).toUTC();
        s.pending = 0;
        badge.setStatus(s);
        QCOMPARE(badge.text(), QStringLiteral("Cloud: synced 12:03 · queued 0"));
        QCOMPARE(badge.severity(), SyncBadge::Severity::Ok);
    }

    void heldBackDocumentsWarn()
    {
        SyncBadge badge;
        SyncStatus s;
        s.state = SyncStatus::State::Idle;
        s.lastSuccess = QDateTime::currentDateTimeUtc();
        s.pending = 3;
        s.quarantined = 2;
        badge.setStatus(s);
        QVERIFY(badge.text().endsWith(QStringLiteral("queued 3 · held back 2")));
        QCOMPARE(badge.severity(), SyncBadge::Severity::Warning);
        QVERIFY(badge.toolTip().contains(QStringLiteral("held back")));
    }

    void catalogEntriesHeldBackWarn()
    {
        SyncBadge badge;
        SyncStatus s;
        s.state = SyncStatus::State::Idle;
        s.lastSuccess = QDateTime::currentDateTimeUtc();
        s.catalogHeld = 2;
        badge.setStatus(s);
        QVERIFY(badge.text().endsWith(QStringLiteral("queued 0 · catalog held back 2")));
        QCOMPARE(badge.severity(), SyncBadge::Severity::Warning);
        QVERIFY(badge.toolTip().contains(QStringLiteral("could not take")));
    }

    void errorIsRedWithTheReason()
    {
        SyncBadge badge;
        SyncStatus s;
        s.state = SyncStatus::State::Error;
        s.pending = 12;
        s.lastError = QStringLiteral("The cabinet cannot be reached: Connection refused");
        badge.setStatus(s);
        QCOMPARE(badge.text(), QStringLiteral("Cloud: no connection, last sync never · queued 12"));
        QCOMPARE(badge.severity(), SyncBadge::Severity::Error);
        QVERIFY(badge.toolTip().startsWith(s.lastError));
    }

    void revokedAsksForActivation()
    {
        SyncBadge badge;
        SyncStatus s;
        s.state = SyncStatus::State::TokenRevoked;
        s.pending = 1;
        badge.setStatus(s);
        QCOMPARE(badge.text(), QStringLiteral("Cloud: activation needed · queued 1"));
        QCOMPARE(badge.severity(), SyncBadge::Severity::Error);
    }

    void clickAsksForSync()
    {
        SyncBadge badge;
        QSignalSpy clicked(&badge, &SyncBadge::clicked);
        QTest::mouseClick(&badge, Qt::LeftButton);
        QCOMPARE(clicked.size(), 1);
    }
};

QTEST_MAIN(TestSyncBadge)
#include "tst_syncbadge.moc"
