// Scan to cart: the time from a scanned barcode to the line in the cart model, through the same
// SaleDesk the sale screen uses (classify, catalog lookup, the line written and the sale re-read
// from the SQLite file, the model reset). The promise is "under a frame" (16.7 ms at 60 Hz).
//   bench_scan [--scans 2000] [--lines-per-sale 20]
// Demo shop on a temporary file; no registrar work is involved for unmarked goods.
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

#include "app/session/tillsession.h"
#include "app/till/saledesk.h"
#include "benchutil.h"

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const long long scans = bench::intArg(args, QStringLiteral("--scans"), 2000);
    const long long linesPerSale = bench::intArg(args, QStringLiteral("--lines-per-sale"), 20);

    QTemporaryDir dir;
    auto opened = app::TillSession::open({true, dir.filePath(QStringLiteral("bench.sqlite")), {}, {}});
    if (!opened) {
        std::fprintf(stderr, "cannot open the demo till: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    app::TillSession &session = **opened;
    for (const app::Employee &e : session.staff().list())
        if (e.role == app::Role::Owner) // may void the sales the benchmark starts over
            session.signIn(e, {e.id, e.role});

    QStringList codes; // unmarked piece goods, as a scanner sends them
    QSqlQuery q(session.database().connection());
    q.exec(QStringLiteral("SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id "
                          "WHERE p.marked = 0 AND p.weighted = 0"));
    while (q.next())
        codes << q.value(0).toString();
    q.finish();
    if (codes.isEmpty())
        return 1;

    app::SaleDesk desk(session);
    std::mt19937 random(7);
    std::vector<double> us;
    us.reserve(std::size_t(scans));
    int failures = 0;
    for (long long i = 0; i < scans; ++i) {
        if (desk.cart()->rowCount() >= linesPerSale)
            desk.cancelSale();
        const QString code = codes.at(int(random() % std::uint32_t(codes.size())));
        const int before = desk.cart()->rowCount();
        QElapsedTimer timer;
        timer.start();
        desk.scan(code);
        const double elapsed = double(timer.nsecsElapsed()) / 1000.0;
        if (desk.cart()->rowCount() != before + 1)
            ++failures;
        us.push_back(elapsed);
    }
    bench::report("scan -> line in the cart model", us);
    std::printf("products %lld, scans %lld, failed %d, frame budget 16667 us\n", qint64(codes.size()), scans,
                failures);
    return failures ? 1 : 0;
}
