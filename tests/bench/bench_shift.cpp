// Shift totals and the X-report view over one shift of many receipts.
//   bench_shift [--receipts 10000] [--runs 200]
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <random>

#include "app/catalog/catalogservice.h"
#include "app/sales/salesservice.h"
#include "app/sales/shiftservice.h"
#include "app/staff/staffservice.h"
#include "app/storage/database.h"
#include "benchutil.h"

int main(int argc, char **argv)
{
    QCoreApplication qapp(argc, argv);
    const QStringList args = qapp.arguments();
    const long long receipts = bench::intArg(args, QStringLiteral("--receipts"), 10'000);
    const long long runs = bench::intArg(args, QStringLiteral("--runs"), 200);
    QTemporaryDir tmp;
    app::Database db;
    if (!db.open(tmp.filePath(QStringLiteral("shift.sqlite"))).ok())
        return 1;
    app::StaffService staff(db, app::systemClock(), app::PinHasher::FastForTests);
    auto owner = staff.createFirstOwner({QStringLiteral("Bench"), {}, {}, {}, app::Role::Owner},
                                        QStringLiteral("111111"));
    if (!owner)
        return 1;
    const app::Actor actor{owner->id, app::Role::Owner};
    app::CatalogService catalog(db);
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 100; ++i) {
        app::Product p;
        p.name = QStringLiteral("Item %1").arg(i);
        p.price = 1000 + i * 137;
        p.vatCode = i % 3 ? 11 : 2;
        p.unitCode = i % 10 ? 0 : 11;
        p.weighted = i % 10 == 0;
        ids.push_back(catalog.addProduct(actor, p)->id);
    }
    app::ShiftService shifts(db);
    auto shift = shifts.open(actor);
    if (!shift)
        return 1;
    // Filling the shift is not what we measure: skip the per-commit fsync while generating.
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    app::SalesService sales(db);
    std::mt19937 rng(7);
    QElapsedTimer fill;
    fill.start();
    for (long long r = 0; r < receipts; ++r) {
        auto s = sales.create(actor);
        const int lines = std::uniform_int_distribution<int>(1, 5)(rng);
        for (int l = 0; l < lines; ++l) {
            const std::int64_t id = ids[std::size_t(std::uniform_int_distribution<int>(0, 99)(rng))];
            const app::Milli q =
                id % 10 == ids[0] % 10 ? std::uniform_int_distribution<int>(100, 3000)(rng) : 1000;
            (void)sales.addLine(actor, s->id, {id, q, {}, {}, 0});
        }
        const app::Kopecks total = sales.sale(s->id)->total;
        const auto type = app::PaymentType(std::uniform_int_distribution<int>(0, 2)(rng));
        if (!sales.complete(actor, s->id, {{type, total, 0, {}}}))
            return 2;
        if (r % 20 == 19) {
            const auto done = sales.sale(s->id);
            if (!sales.createReturn(actor, s->id, {{done->lines[0].id, done->lines[0].quantity}}))
                return 4; // one receipt in twenty comes back, refunded in cash
        }
    }
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA synchronous=FULL"));
    std::printf("filled a shift with %lld receipts in %.1f s\n", receipts, double(fill.elapsed()) / 1000.0);

    std::vector<double> us;
    app::ShiftTotals last;
    for (long long i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto totals = shifts.totals(shift->id);
        us.push_back(double(t.nsecsElapsed()) / 1000.0);
        if (!totals)
            return 3;
        last = *totals;
    }
    bench::report("shift totals / X report view", us);
    std::printf("sales=%d (%s rub) returns=%d cash in drawer %s rub\n", last.sales.count,
                qPrintable(app::formatKopecks(last.sales.amount)), last.returns.count,
                qPrintable(app::formatKopecks(last.cashInDrawer)));
    return 0;
}
