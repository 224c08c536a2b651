// The till's reports over one year of a busy shop: 300 receipts a day (and returns), ~4.5 lines
// each, cash/card/SBP. Goals: dashboard p99 < 200 ms, product report p99 < 500 ms.
//   bench_reports [--days 366] [--per-day 300] [--runs 30] [--dir DIR --reuse] [--only WORD]
// --only runs the reports whose name holds WORD (e.g. --only products).
// Rows go in by plain SQL in one transaction: filling is not what we measure.
#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <random>

#include <time.h>

#include "app/core/clock.h"
#include "app/reports/reportqueries.h"
#include "app/storage/database.h"
#include "benchutil.h"

namespace {

bool exec(QSqlQuery &q)
{
    if (!q.exec()) {
        std::fprintf(stderr, "%s\n", qPrintable(app::Database::storageError(q).message));
        return false;
    }
    return true;
}

bool fill(app::Database &db, int days, int perDay, const QDate &last)
{
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    QSqlQuery(db.connection()).exec(QStringLiteral("BEGIN"));
    QSqlQuery(db.connection())
        .exec(QStringLiteral("INSERT INTO employees(id, uuid, full_name, role, created_at) VALUES "
                             "(1, 'e1', 'Owner', 0, '2025-01-01T00:00:00.000Z'), (2, 'e2', 'Cashier', 3, "
                             "'2025-01-01T00:00:00.000Z')"));
    QSqlQuery cat(db.connection());
    for (int c = 1; c <= 20; ++c)
        cat.exec(QStringLiteral("INSERT INTO categories(id, name) VALUES (%1, 'Category %1')").arg(c));
    QSqlQuery prod(db.connection());
    prod.prepare(QStringLiteral("INSERT INTO products(id, uuid, name, name_norm, price, unit_code, vat_code, "
                                "category_id, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?, '2025-01-01')"));
    for (int p = 1; p <= 3000; ++p) {
        prod.addBindValue(p);
        prod.addBindValue(QStringLiteral("p%1").arg(p));
        prod.addBindValue(QStringLiteral("Product %1").arg(p));
        prod.addBindValue(QStringLiteral("product %1").arg(p));
        prod.addBindValue(1000 + p * 7);
        prod.addBindValue(p % 3 ? 11 : 2);
        prod.addBindValue(1 + p % 20);
        if (!exec(prod))
            return false;
    }
    QSqlQuery shift(db.connection()), sale(db.connection()), line(db.connection()), pay(db.connection());
    shift.prepare(
        QStringLiteral("INSERT INTO shifts(id, uuid, number, opened_by, closed_by, opened_at, closed_at) "
                       "VALUES (?, ?, ?, 2, 2, ?, ?)"));
    sale.prepare(QStringLiteral(
        "INSERT INTO sales(id, uuid, number, kind, calc_sign, status, shift_id, cashier_id, "
        "total, created_at, updated_at, completed_at) VALUES (?, ?, ?, ?, ?, 2, ?, ?, ?, ?, ?, ?)"));
    line.prepare(QStringLiteral(
        "INSERT INTO sale_lines(sale_id, position, product_id, name, price, quantity, "
        "unit_code, vat_code, subject, total, vat_amount) VALUES (?, ?, ?, ?, ?, ?, 0, ?, 1, ?, ?)"));
    pay.prepare(QStringLiteral("INSERT INTO payments(sale_id, type, amount) VALUES (?, ?, ?)"));
    std::mt19937 rng(17);
    qint64 saleId = 0;
    for (int d = 0; d < days; ++d) {
        const QDateTime open = last.addDays(d - days + 1).startOfDay().addSecs(8 * 3600);
        shift.addBindValue(d + 1);
        shift.addBindValue(QStringLiteral("s%1").arg(d));
        shift.addBindValue(d + 1);
        shift.addBindValue(app::toStorage(open));
        shift.addBindValue(app::toStorage(open.addSecs(14 * 3600)));
        if (!exec(shift))
            return false;
        for (int r = 0; r < perDay; ++r) {
            const bool isReturn = r % 60 == 59;
            const QString at = app::toStorage(open.addSecs(r * 14 * 3600 / perDay));
            const int lines = std::uniform_int_distribution<int>(1, 8)(rng);
            ++saleId;
            std::vector<int> picked;
            qint64 total = 0;
            for (int l = 0; l < lines; ++l) {
                picked.push_back(std::uniform_int_distribution<int>(1, 3000)(rng));
                total += 1000 + picked.back() * 7;
            }
            sale.addBindValue(saleId);
            sale.addBindValue(QStringLiteral("r%1").arg(saleId));
            sale.addBindValue(r + 1);
            sale.addBindValue(isReturn ? 1 : 0);
            sale.addBindValue(isReturn ? 2 : 1);
            sale.addBindValue(d + 1);
            sale.addBindValue(1 + r % 2);
            sale.addBindValue(total);
            sale.addBindValue(at);
            sale.addBindValue(at);
            sale.addBindValue(at);
            if (!exec(sale))
                return false;
            for (int l = 0; l < lines; ++l) {
                const int p = picked[std::size_t(l)];
                const qint64 price = 1000 + p * 7;
                line.addBindValue(saleId);
                line.addBindValue(l + 1);
                line.addBindValue(p);
                line.addBindValue(QStringLiteral("Product %1").arg(p));
                line.addBindValue(price);
                line.addBindValue(1000);
                line.addBindValue(p % 3 ? 11 : 2);
                line.addBindValue(price);
                line.addBindValue(price * 22 / 122);
                if (!exec(line))
                    return false;
            }
            pay.addBindValue(saleId);
            pay.addBindValue(r % 3);
            pay.addBindValue(total);
            if (!exec(pay))
                return false;
        }
    }
    QSqlQuery(db.connection()).exec(QStringLiteral("COMMIT"));
    QSqlQuery(db.connection()).exec(QStringLiteral("ANALYZE"));
    std::printf("filled: %d days, %lld receipts\n", days, saleId);
    return true;
}

double threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e6 + double(ts.tv_nsec) / 1000.0;
}

// Wall time is what the owner waits; the thread's CPU time says how much of it was ours on a
// machine shared with other work (the load average goes beside the figures).
template<class F>
void measure(const char *what, long long runs, F f)
{
    std::vector<double> wall, cpu;
    for (long long i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double cpu0 = threadCpuUs();
        t.start();
        if (!f()) {
            std::fprintf(stderr, "%s failed\n", what);
            return;
        }
        wall.push_back(double(t.nsecsElapsed()) / 1000.0);
        cpu.push_back(threadCpuUs() - cpu0);
    }
    bench::report(what, wall);
    std::printf("%-34s cpu p50=%.1f us p99=%.1f us\n", "", bench::percentile(cpu, 50),
                bench::percentile(cpu, 99));
}

// The product report's SQL before issue 17's second round (GROUP BY over a join of every line),
// kept here to measure old and new side by side under the same load.
bool productsBefore(app::Database &db, const app::reports::Period &p)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT g.pid, COALESCE(p.name, ''), g.n, g.qty, g.amount, g.vat FROM ("
        "SELECT l.product_id AS pid, COUNT(*) AS n, SUM(d.dir * l.quantity) AS qty, SUM(d.dir * l.total) AS "
        "amount, "
        "SUM(d.dir * l.vat_amount) AS vat FROM (SELECT id, CASE WHEN calc_sign IN (1, 4) THEN 1 ELSE -1 END "
        "AS dir "
        "FROM sales WHERE status = 2 AND completed_at >= :from AND completed_at < :to) d "
        "JOIN sale_lines l INDEXED BY sale_lines_report ON l.sale_id = d.id "
        "WHERE l.product_id IS NOT NULL GROUP BY l.product_id) g LEFT JOIN products p ON p.id = g.pid"));
    q.bindValue(QStringLiteral(":from"), app::toStorage(p.from));
    q.bindValue(QStringLiteral(":to"), app::toStorage(p.to));
    if (!q.exec())
        return false;
    int rows = 0;
    while (q.next())
        ++rows;
    return rows > 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication qapp(argc, argv);
    const QStringList args = qapp.arguments();
    const int days = int(bench::intArg(args, QStringLiteral("--days"), 366));
    const int perDay = int(bench::intArg(args, QStringLiteral("--per-day"), 300));
    const long long runs = bench::intArg(args, QStringLiteral("--runs"), 30);
    QTemporaryDir tmp;
    QString dir = bench::stringArg(args, QStringLiteral("--dir"));
    if (dir.isEmpty())
        dir = tmp.path();
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/reports.sqlite");
    const bool reuse = args.contains(QStringLiteral("--reuse")) && QFile::exists(path);
    if (!reuse)
        QFile::remove(path);
    app::Database db;
    if (!db.open(path).ok())
        return 1;
    const QDate last(2026, 11, 30);
    if (!reuse && !fill(db, days, perDay, last))
        return 1;
    db.close();
    // A fresh worker connection, as the reports service has.
    auto worker = app::Database::openWorker(path);
    if (!worker)
        return 1;
    app::reports::ReportQueries q(*worker);
    const auto year = app::reports::Period::days(last.addDays(1 - days), last);
    const auto month = app::reports::Period::days(last.addDays(-29), last);
    const auto today = app::reports::Period::day(last);
    std::printf("receipts in the year: %d\n", q.dashboard(year)->receipts);
    const QString only = bench::stringArg(args, QStringLiteral("--only"));
    const auto report = [&](const char *what, auto f) {
        if (only.isEmpty() || QString::fromUtf8(what).contains(only))
            measure(what, runs, f);
    };
    report("dashboard, year", [&] { return bool(q.dashboard(year)); });
    report("dashboard, month", [&] { return bool(q.dashboard(month)); });
    report("dashboard, today", [&] { return bool(q.dashboard(today)); });
    report("products top 20, year", [&] { return bool(q.byProduct(year)); });
    report("products, year, GROUP BY (before)", [&] { return productsBefore(*worker, year); });
    report("products top 20, month", [&] { return bool(q.byProduct(month)); });
    report("products top 20, today", [&] { return bool(q.byProduct(today)); });
    report("products+categories+VAT, year", [&] { return bool(q.byLines(year)); });
    report("categories, year", [&] { return bool(q.byCategory(year)); });
    report("VAT, year", [&] { return bool(q.byVat(year)); });
    report("cashiers, year", [&] { return bool(q.byCashier(year)); });
    report("shifts, month", [&] { return bool(q.shifts(month)); });
    report("shifts, year", [&] { return bool(q.shifts(year)); });
    report("drawer, year", [&] { return bool(q.drawer(year)); });
    report("drawer, month", [&] { return bool(q.drawer(month)); });
    app::reports::DocumentFilter f;
    f.period = today;
    report("documents, today", [&] { return bool(q.documents(f)); });
    return 0;
}
