// Push N receipts (5 lines each) from a till database through the real sync client into a
// `prilavok-cabinet serve` on loopback (SQLite backend, WAL, synchronous=FULL), one batch in
// flight. Prints the wall time of the drain and the rate. Not a test.
//
//   bench_cloud_push [--receipts 100000] [--batch 500] [--no-gzip] [--dir DIR]

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstdio>

#include "app/cloud/syncengine.h"
#include "app/storage/database.h"
#include "support/cabinetserver.h"
#include "support/till.h"

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int receipts = 100'000;
    int batch = 500;
    bool gzip = true;
    QString dir;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--receipts") && i + 1 < args.size())
            receipts = args[++i].toInt();
        else if (args[i] == QLatin1String("--batch") && i + 1 < args.size())
            batch = args[++i].toInt();
        else if (args[i] == QLatin1String("--no-gzip"))
            gzip = false;
        else if (args[i] == QLatin1String("--dir") && i + 1 < args.size())
            dir = args[++i];
    }
    QTemporaryDir temp(dir.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench-cloud-XXXXXX")
                                     : dir + QStringLiteral("/bench-cloud-XXXXXX"));
    if (!temp.isValid())
        return 1;
    cloudtest::CabinetServer server(temp.path());
    const cloudtest::Shop shop = server.createShop(QStringLiteral("Bench"));
    if (shop.code.isEmpty() || !server.start(0, {QStringLiteral("--no-access-log")})) {
        std::fprintf(stderr, "the cabinet did not start\n%s\n", qPrintable(server.log()));
        return 1;
    }
    app::Database db;
    if (!db.open(temp.filePath(QStringLiteral("till.db"))).ok())
        return 1;
    QElapsedTimer fill;
    fill.start();
    for (int done = 0; done < receipts; done += 10'000)
        if (cloudtest::enqueueSales(db, std::min(10'000, receipts - done)).isEmpty())
            return 1;
    std::printf("outbox filled with %d receipts in %.1f s\n", receipts, double(fill.elapsed()) / 1000.0);

    app::cloud::SyncSettings s = cloudtest::testSettings(temp.path());
    s.batchSize = batch;
    s.pullLimit = 1000;
    s.gzipRequests = gzip;
    app::cloud::SyncEngine engine(s);
    engine.attachDatabase(&db);
    if (const QString e = cloudtest::activate(engine, server.baseUrl(), shop.code); !e.isEmpty()) {
        std::fprintf(stderr, "activation failed: %s\n", qPrintable(e));
        return 1;
    }
    int batches = 0;
    QObject::connect(&engine, &app::cloud::SyncEngine::batchStarted, [&batches] { ++batches; });
    QElapsedTimer t;
    t.start();
    const bool ok = cloudtest::drain(engine, 100);
    const double seconds = double(t.elapsed()) / 1000.0;
    const qint64 onServer = server.documents(shop.org);
    std::printf("pushed %d receipts in %.1f s (%.0f receipts/s), %d batches of <= %d, gzip %s; "
                "server holds %lld documents (%lld distinct); outbox left %lld; %s\n",
                receipts, seconds, receipts / seconds, batches, batch, gzip ? "on" : "off",
                static_cast<long long>(onServer), static_cast<long long>(server.distinctDocuments(shop.org)),
                static_cast<long long>(cloudtest::outboxRows(db)), ok ? "ok" : "FAILED");
    return ok && onServer == receipts ? 0 : 1;
}
