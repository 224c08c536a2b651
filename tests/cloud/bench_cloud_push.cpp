// Push N receipts (5 lines each) from a till database through the real sync client into a
// `prilavok-cabinet serve` on loopback (SQLite backend, WAL, synchronous=FULL), one batch in
// flight. Prints the wall time of the drain and the rate. Not a test.
//
//   bench_cloud_push [--receipts 100000] [--batch 500] [--no-gzip] [--dir DIR]
//   bench_cloud_push --snapshot 100000 [--page 5000]   (first pull of a catalog of that size instead)

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

#include "app/cloud/syncengine.h"
#include "app/storage/database.h"
#include "support/cabinetserver.h"
#include "support/till.h"

// "290000000001" -> "2900000000014": twelve digits plus the EAN-13 check digit.
static QString ean13(qint64 twelve)
{
    const QString digits = QString::number(twelve).rightJustified(12, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += digits.at(i).digitValue() * (i % 2 ? 3 : 1);
    return digits + QString::number((10 - sum % 10) % 10);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int receipts = 100'000;
    int batch = 500;
    bool gzip = true;
    QString dir;
    int snapshot = 0;
    int page = 5000;
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
        else if (args[i] == QLatin1String("--snapshot") && i + 1 < args.size())
            snapshot = args[++i].toInt();
        else if (args[i] == QLatin1String("--page") && i + 1 < args.size())
            page = args[++i].toInt();
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
    if (snapshot > 0) {
        QFile csv(temp.filePath(QStringLiteral("catalog.csv")));
        if (!csv.open(QIODevice::WriteOnly))
            return 1;
        csv.write("id,name,price,vat,unit,barcodes\n");
        for (int i = 0; i < snapshot; ++i)
            csv.write(QStringLiteral("p%1,Товар номер %1,%2.%3,vat22,шт,%4\n")
                          .arg(i)
                          .arg(10 + i % 900)
                          .arg(i % 100, 2, 10, QLatin1Char('0'))
                          .arg(ean13(460100000000LL + i))
                          .toUtf8());
        csv.close();
        QElapsedTimer imp;
        imp.start();
        bool imported = false;
        server.admin({QStringLiteral("import-catalog"), QStringLiteral("--org"), shop.org, csv.fileName()},
                     &imported);
        std::printf("cabinet imported %d products in %.1f s\n", snapshot, double(imp.elapsed()) / 1000.0);
        app::cloud::SyncSettings s = cloudtest::testSettings(temp.path());
        s.pullLimit = page;
        app::cloud::SyncEngine engine(s);
        engine.attachDatabase(&db);
        if (!imported || !cloudtest::activate(engine, server.baseUrl(), shop.code).isEmpty())
            return 1;
        int pages = 0;
        QObject::connect(&engine, &app::cloud::SyncEngine::pageApplied, [&pages] { ++pages; });
        QElapsedTimer t;
        t.start();
        const bool ok = cloudtest::runCycle(engine);
        const double seconds = double(t.elapsed()) / 1000.0;
        QSqlQuery q = db.prepare(QStringLiteral("SELECT COUNT(*) FROM products WHERE active = 1"));
        const qint64 local = q.exec() && q.next() ? q.value(0).toLongLong() : -1;
        std::printf("first pull of %d products in %.1f s (%d pages of <= %d, snapshot staged and swapped in "
                    "one transaction); till has %lld products; %s\n",
                    snapshot, seconds, pages, page, static_cast<long long>(local), ok ? "ok" : "FAILED");
        return ok && local == snapshot ? 0 : 1;
    }
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
