// Faults between the till and the cabinet (sync-protocol §8): every test ends by counting on the
// server — every outbox uuid there exactly once (zero loss, zero duplicates) and the outbox empty.
// Faults come from the cabinet's own hook (`serve --enable-fault-injection`, header
// X-Prilavok-Fault) set per request through SyncSettings::decorateRequest, and from killing
// processes: the server mid-batch, and a client (this executable re-run as a child) mid-push.

#include <QFile>
#include <QNetworkRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

#include "app/cloud/syncengine.h"
#include "app/storage/database.h"
#include "support/cabinetfixture.h"
#include "support/cabinetserver.h"
#include "support/till.h"

using namespace app;
using namespace app::cloud;
using namespace cloudtest;

namespace {

bool isPush(const QNetworkRequest &req)
{
    return req.url().path().endsWith(QLatin1String("documents:batch"));
}

} // namespace

class TestCloudFaults : public QObject, protected CabinetFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void answerDroppedAfterCommit();
    void serverKilledMidBatchAndRestarted();
    void clientKilledMidPush();
    void twoClientsReplayTheSameOutbox();
    void randomServerErrorsAndRateLimits();

private:
    void verifyExactlyOnce(const QStringList &uuids);
};

void TestCloudFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCloudFaults::init()
{
    openCabinet(Serve); // each test opens its own till database
}

void TestCloudFaults::cleanup()
{
    closeCabinet();
}

void TestCloudFaults::verifyExactlyOnce(const QStringList &uuids)
{
    const QSet<QString> expected(uuids.begin(), uuids.end());
    QCOMPARE(qsizetype(expected.size()), uuids.size());
    QCOMPARE(m_server->documents(m_shop.org), qint64(uuids.size())); // no duplicates
    QCOMPARE(m_server->distinctDocuments(m_shop.org), qint64(uuids.size()));
    QCOMPARE(m_server->documentUuids(m_shop.org), expected); // no loss
}

void TestCloudFaults::answerDroppedAfterCommit()
{
    Database db;
    QVERIFY(db.open(path(QStringLiteral("till.db"))).ok());
    const QStringList uuids = enqueueSales(db, 160);
    SyncSettings s = testSettings(m_dir->path());
    int pushes = 0;
    // The first two pushes are committed by the cabinet and their answers never arrive.
    s.decorateRequest = [&pushes](QNetworkRequest &req) {
        if (isPush(req) && ++pushes <= 2)
            req.setRawHeader("X-Prilavok-Fault", "drop-response");
    };
    SyncEngine engine(s);
    engine.attachDatabase(&db);
    QVERIFY(activate(engine, m_server->baseUrl(), m_shop.code).isEmpty());
    QVERIFY(drain(engine));
    QVERIFY(pushes > 4); // 160 / 50 = 4 batches, plus the retries of the unanswered ones
    QCOMPARE(outboxRows(db), 0);
    verifyExactlyOnce(uuids);
    QVERIFY(m_server->log().contains(QLatin1String("drop-response")));
}

void TestCloudFaults::serverKilledMidBatchAndRestarted()
{
    Database db;
    QVERIFY(db.open(path(QStringLiteral("till.db"))).ok());
    const QStringList uuids = enqueueSales(db, 140);
    SyncSettings s = testSettings(m_dir->path());
    int pushes = 0;
    // The second push holds its transaction open for a while, and the server is killed meanwhile.
    s.decorateRequest = [&pushes](QNetworkRequest &req) {
        if (isPush(req) && ++pushes == 2)
            req.setRawHeader("X-Prilavok-Fault", "delay-commit=5000");
    };
    SyncEngine engine(s);
    engine.attachDatabase(&db);
    QVERIFY(activate(engine, m_server->baseUrl(), m_shop.code).isEmpty());
    const quint16 port = m_server->port();
    bool killed = false;
    connect(&engine, &SyncEngine::batchStarted, this, [&] {
        if (pushes != 1 || killed) // batchStarted comes before the request is decorated and sent
            return;
        killed = true;
        // Once the request is on the wire and the server sits in the open transaction.
        QTimer::singleShot(1500, this, [&] { m_server->kill(); });
    });
    QVERIFY(!runCycle(engine)); // the first batch lands, the second dies with the server
    QVERIFY(killed);
    QVERIFY(outboxRows(db) >= 90);
    QVERIFY(m_server->start(port));
    QVERIFY(drain(engine));
    QCOMPARE(outboxRows(db), 0);
    verifyExactlyOnce(uuids);
}

void TestCloudFaults::clientKilledMidPush()
{
    const QString dbPath = path(QStringLiteral("till.db"));
    QStringList uuids;
    {
        Database db;
        QVERIFY(db.open(dbPath).ok());
        uuids = enqueueSales(db, 150);
        SyncEngine engine(testSettings(m_dir->path()));
        engine.attachDatabase(&db);
        QVERIFY(activate(engine, m_server->baseUrl(), m_shop.code).isEmpty());
    }
    // The child pushes with a slow commit and says so on stdout; it is killed while it waits.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PRILAVOK_CLOUD_CHILD"), dbPath);
    env.insert(QStringLiteral("PRILAVOK_CLOUD_CHILD_DIR"), m_dir->path());
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    int batches = 0;
    while (batches < 2) {
        QVERIFY(child.canReadLine() || child.waitForReadyRead(120'000));
        while (child.canReadLine())
            if (child.readLine().startsWith("batch"))
                ++batches;
    }
    // The second batch is on its way (its commit is held 3 s by the server): kill -9 the client.
    QTest::qWait(500);
    child.kill();
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    Database db;
    QVERIFY(db.open(dbPath).ok());
    QVERIFY(outboxRows(db) > 0); // it died before finishing
    SyncEngine engine(testSettings(m_dir->path()));
    engine.attachDatabase(&db);
    QVERIFY(drain(engine));
    QCOMPARE(outboxRows(db), 0);
    verifyExactlyOnce(uuids);
}

void TestCloudFaults::twoClientsReplayTheSameOutbox()
{
    // One till's database copied twice (a restored backup next to the live till, both with the same
    // token): both push the same outbox at the same time.
    QStringList uuids;
    {
        Database db;
        QVERIFY(db.open(path(QStringLiteral("a.db"))).ok());
        uuids = enqueueSales(db, 300);
    }
    QVERIFY(QFile::copy(path(QStringLiteral("a.db")), path(QStringLiteral("b.db"))));
    Database a, b;
    QVERIFY(a.open(path(QStringLiteral("a.db"))).ok());
    QVERIFY(b.open(path(QStringLiteral("b.db"))).ok());
    SyncSettings s = testSettings(m_dir->path());
    s.batchSize = 30;
    SyncEngine ea(s);
    ea.attachDatabase(&a);
    QVERIFY(activate(ea, m_server->baseUrl(), m_shop.code).isEmpty());
    SyncEngine eb(s); // the same token, read from the file ea just wrote
    eb.attachDatabase(&b);
    QVERIFY(eb.isActivated());
    QSignalSpy batchesA(&ea, &SyncEngine::batchStarted), batchesB(&eb, &SyncEngine::batchStarted);
    bool doneA = false, doneB = false;
    // A failed cycle retries by itself (backoff timer); a clean one with an empty outbox is the end.
    connect(&ea, &SyncEngine::cycleFinished, this, [&](bool ok) { doneA = ok && ea.status().pending == 0; });
    connect(&eb, &SyncEngine::cycleFinished, this, [&](bool ok) { doneB = ok && eb.status().pending == 0; });
    ea.syncNow();
    eb.syncNow();
    QVERIFY(ea.isRunning() && eb.isRunning()); // both in flight at once
    QTRY_VERIFY_WITH_TIMEOUT(doneA && doneB, 300'000);
    QVERIFY(batchesA.count() >= 10);
    QVERIFY(batchesB.count() >= 10);
    QCOMPARE(outboxRows(a), 0);
    QCOMPARE(outboxRows(b), 0);
    verifyExactlyOnce(uuids);
}

void TestCloudFaults::randomServerErrorsAndRateLimits()
{
    Database db;
    QVERIFY(db.open(path(QStringLiteral("till.db"))).ok());
    const QStringList uuids = enqueueSales(db, 400);
    SyncSettings s = testSettings(m_dir->path());
    s.batchSize = 40;
    QRandomGenerator random(20261122);
    int injected = 0;
    // A third of all requests fail: 503, 500, 429 (before anything is stored) or a dropped
    // answer (after the commit). Pushes, heartbeats and pulls alike.
    s.decorateRequest = [&](QNetworkRequest &req) {
        if (req.url().path().endsWith(QLatin1String("activate")))
            return;
        const int roll = int(random.bounded(100));
        const char *fault = roll < 12                  ? "status=503"
                            : roll < 18                ? "status=500"
                            : roll < 26                ? "status=429"
                            : roll < 34 && isPush(req) ? "drop-response"
                                                       : nullptr;
        if (fault) {
            ++injected;
            req.setRawHeader("X-Prilavok-Fault", fault);
        }
    };
    SyncEngine engine(s);
    engine.attachDatabase(&db);
    QVERIFY(activate(engine, m_server->baseUrl(), m_shop.code).isEmpty());
    QVERIFY(drain(engine, 2000));
    QVERIFY(injected >= 5);
    QCOMPARE(outboxRows(db), 0);
    verifyExactlyOnce(uuids);
}

// The child of clientKilledMidPush: pushes the given database with a slow commit on every batch
// but the first, printing "batch" as each one starts, until it is killed.
static int childMain(const QString &dbPath, const QString &dir)
{
    Database db;
    if (!db.open(dbPath).ok())
        return 2;
    SyncSettings s = testSettings(dir);
    int pushes = 0;
    s.decorateRequest = [&pushes](QNetworkRequest &req) {
        if (isPush(req) && ++pushes >= 2)
            req.setRawHeader("X-Prilavok-Fault", "delay-commit=3000");
    };
    SyncEngine engine(s);
    engine.attachDatabase(&db);
    QObject::connect(&engine, &SyncEngine::batchStarted, [](int n) {
        std::printf("batch %d\n", n);
        std::fflush(stdout);
    });
    QObject::connect(&engine, &SyncEngine::cycleFinished, [] { QCoreApplication::exit(0); });
    engine.syncNow();
    return QCoreApplication::exec();
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString child = qEnvironmentVariable("PRILAVOK_CLOUD_CHILD");
    if (!child.isEmpty())
        return childMain(child, qEnvironmentVariable("PRILAVOK_CLOUD_CHILD_DIR"));
    TestCloudFaults t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_cloudfaults.moc"
