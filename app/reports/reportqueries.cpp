#include "app/reports/reportqueries.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <map>

#include "app/core/clock.h"
#include "app/core/tr.h"
#include "app/sales/shiftservice.h"
#include "app/storage/database.h"

namespace app::reports {

Period Period::day(const QDate &date)
{
    return days(date, date);
}

Period Period::days(const QDate &first, const QDate &last)
{
    return {first.startOfDay(), last.addDays(1).startOfDay()};
}

int direction(int calcSign)
{
    return calcSign == 1 || calcSign == 4 ? 1 : -1;
}

namespace {

void bindPeriod(QSqlQuery &q, const Period &p)
{
    q.bindValue(QStringLiteral(":from"), toStorage(p.from));
    q.bindValue(QStringLiteral(":to"), toStorage(p.to));
}

fiscal::Unexpected<Error> storage(const QSqlQuery &q)
{
    return {Database::storageError(q)};
}

template<class T>
fiscal::Unexpected<Error> forward(const Result<T> &r)
{
    return {r.error()};
}

} // namespace

Result<Dashboard> ReportQueries::dashboard(const Period &period)
{
    Dashboard d;
    // One pass over the period's documents, grouped by UTC hour (a text prefix of the stored time,
    // far cheaper than strftime on every row) and kind: the totals and both charts come from it.
    // Russian time zones are whole hours, so a UTC hour is exactly one local hour.
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT substr(completed_at, 1, 13) AS h, kind, calc_sign, COUNT(*), SUM(total) FROM sales "
        "WHERE status = 2 AND completed_at >= :from AND completed_at < :to GROUP BY h, kind, calc_sign"));
    bindPeriod(q, period);
    if (!q.exec())
        return storage(q);
    std::map<QDate, DayPoint> days;
    for (QDate day = period.from.date();
         day < period.to.date() || (day == period.to.date() && period.to.time() != QTime(0, 0));
         day = day.addDays(1))
        days[day].date = day;
    Kopecks salesGross = 0;
    while (q.next()) {
        const QDateTime local =
            QDateTime::fromString(q.value(0).toString() + QStringLiteral(":00:00Z"), Qt::ISODate)
                .toLocalTime();
        const int kind = q.value(1).toInt();
        const int sign = q.value(2).toInt();
        const int count = q.value(3).toInt();
        const Kopecks sum = q.value(4).toLongLong();
        const QDate date = local.date();
        const int hour = local.time().hour();
        DayPoint &day = days[date];
        day.date = date;
        if (sign == 1) {
            d.gross += sum;
            day.gross += sum;
        } else if (sign == 2) {
            d.returns += sum;
            day.returns += sum;
        }
        d.net += direction(sign) * sum;
        d.byHour[std::size_t(std::clamp(hour, 0, 23))] += direction(sign) * sum;
        if (kind == 0) {
            d.receipts += count;
            day.receipts += count;
            salesGross += sum;
        } else if (kind == 1) {
            d.returnCount += count;
        } else {
            d.corrections += count;
        }
    }
    d.average = d.receipts ? (salesGross + d.receipts / 2) / d.receipts : 0;
    for (const auto &[date, point] : days)
        d.byDay.append(point);
    QSqlQuery pay = m_db.prepare(QStringLiteral(
        "SELECT s.calc_sign, p.type, SUM(p.amount) FROM sales s JOIN payments p ON p.sale_id = s.id "
        "WHERE s.status = 2 AND s.completed_at >= :from AND s.completed_at < :to GROUP BY s.calc_sign, "
        "p.type"));
    bindPeriod(pay, period);
    if (!pay.exec())
        return storage(pay);
    while (pay.next()) {
        const int type = pay.value(1).toInt();
        if (type >= 0 && type < 3)
            d.payments[std::size_t(type)] += direction(pay.value(0).toInt()) * pay.value(2).toLongLong();
    }
    return d;
}

Result<QList<SalesRow>> ReportQueries::grouped(const QString &sql, const Period &period)
{
    QSqlQuery q = m_db.prepare(sql);
    bindPeriod(q, period);
    if (!q.exec())
        return storage(q);
    QList<SalesRow> rows;
    while (q.next()) {
        SalesRow r;
        r.key = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.documents = q.value(2).toInt();
        r.quantity = q.value(3).toLongLong();
        r.amount = q.value(4).toLongLong();
        r.vat = q.value(5).toLongLong();
        rows.append(r);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const SalesRow &a, const SalesRow &b) { return a.amount > b.amount; });
    return rows;
}

// Net by direction in SQL: income and return of expense count up, the rest down.
#define PRILAVOK_DIR "(CASE WHEN s.calc_sign IN (1, 4) THEN 1 ELSE -1 END)"

Result<QList<SalesRow>> ReportQueries::byCashier(const Period &period)
{
    return grouped(
        QStringLiteral(
            "SELECT s.cashier_id, e.full_name, SUM(s.kind = 0), 0, SUM(" PRILAVOK_DIR " * s.total), 0 "
            "FROM sales s JOIN employees e ON e.id = s.cashier_id "
            "WHERE s.status = 2 AND s.completed_at >= :from AND s.completed_at < :to GROUP BY s.cashier_id"),
        period);
}

Result<QList<SalesRow>> ReportQueries::byCategory(const Period &period)
{
    // Lines grouped by product first (covering index), then products to their categories.
    return grouped(
        QStringLiteral(
            "SELECT COALESCE(c.id, 0), COALESCE(c.name, ''), SUM(g.n), SUM(g.qty), SUM(g.amount), SUM(g.vat) "
            "FROM (SELECT l.product_id AS pid, COUNT(*) AS n, SUM(" PRILAVOK_DIR " * l.quantity) AS qty, "
            "SUM(" PRILAVOK_DIR " * l.total) AS amount, SUM(" PRILAVOK_DIR " * l.vat_amount) AS vat "
            "FROM sales s JOIN sale_lines l INDEXED BY sale_lines_report ON l.sale_id = s.id "
            "WHERE s.status = 2 AND s.completed_at >= :from AND s.completed_at < :to "
            "GROUP BY l.product_id) g "
            "LEFT JOIN products p ON p.id = g.pid LEFT JOIN categories c ON c.id = p.category_id "
            "GROUP BY c.id"),
        period);
}

Result<ProductReport> ReportQueries::byProduct(const Period &period, int top)
{
    // Catalog lines group by product (covering index); lines at a free price have no product and
    // group by the name printed on the receipt.
    auto all =
        grouped(QStringLiteral(
                    "SELECT g.pid, COALESCE(p.name, ''), g.n, g.qty, g.amount, g.vat FROM ("
                    "SELECT l.product_id AS pid, COUNT(*) AS n, SUM(" PRILAVOK_DIR " * l.quantity) AS qty, "
                    "SUM(" PRILAVOK_DIR " * l.total) AS amount, SUM(" PRILAVOK_DIR " * l.vat_amount) AS vat "
                    "FROM sales s JOIN sale_lines l INDEXED BY sale_lines_report ON l.sale_id = s.id "
                    "WHERE s.status = 2 AND s.completed_at >= :from AND s.completed_at < :to "
                    "AND l.product_id IS NOT NULL GROUP BY l.product_id) g "
                    "LEFT JOIN products p ON p.id = g.pid "
                    "UNION ALL SELECT 0, l.name, COUNT(*), SUM(" PRILAVOK_DIR " * l.quantity), "
                    "SUM(" PRILAVOK_DIR " * l.total), SUM(" PRILAVOK_DIR " * l.vat_amount) "
                    "FROM sales s JOIN sale_lines l INDEXED BY sale_lines_free ON l.sale_id = s.id "
                    "WHERE s.status = 2 AND s.completed_at >= :from AND s.completed_at < :to "
                    "AND l.product_id IS NULL GROUP BY l.name"),
                period);
    if (!all)
        return forward(all);
    ProductReport r;
    r.bySum = all->mid(0, top);
    QList<SalesRow> byQty = *all;
    std::stable_sort(byQty.begin(), byQty.end(),
                     [](const SalesRow &a, const SalesRow &b) { return a.quantity > b.quantity; });
    r.byQuantity = byQty.mid(0, top);
    return r;
}

Result<QList<SalesRow>> ReportQueries::byVat(const Period &period)
{
    auto rows = grouped(
        QStringLiteral(
            "SELECT l.vat_code, COALESCE(v.name, ''), COUNT(*), SUM(" PRILAVOK_DIR " * l.quantity), "
            "SUM(" PRILAVOK_DIR " * l.total), SUM(" PRILAVOK_DIR " * l.vat_amount) "
            "FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
            "LEFT JOIN (SELECT code, MAX(name) AS name FROM vat_rates GROUP BY code) v ON v.code = "
            "l.vat_code "
            "WHERE s.status = 2 AND s.completed_at >= :from AND s.completed_at < :to GROUP BY l.vat_code"),
        period);
    if (rows)
        std::sort(rows->begin(), rows->end(),
                  [](const SalesRow &a, const SalesRow &b) { return a.key < b.key; });
    return rows;
}

#undef PRILAVOK_DIR

Result<QList<ShiftRow>> ReportQueries::shifts(const Period &period)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT sh.id, sh.number, sh.opened_at, sh.closed_at, e.full_name FROM shifts sh "
                       "JOIN employees e ON e.id = sh.opened_by "
                       "WHERE sh.opened_at < :to AND (sh.closed_at IS NULL OR sh.closed_at >= :from) ORDER "
                       "BY sh.opened_at"));
    bindPeriod(q, period);
    if (!q.exec())
        return storage(q);
    QList<ShiftRow> rows;
    while (q.next()) {
        ShiftRow r;
        r.id = q.value(0).toLongLong();
        r.number = q.value(1).toInt();
        r.openedAt = fromStorage(q.value(2).toString()).toLocalTime();
        if (!q.value(3).isNull())
            r.closedAt = fromStorage(q.value(3).toString()).toLocalTime();
        r.cashier = q.value(4).toString();
        rows.append(r);
    }
    // The very totals the X and Z reports print: one rule, so they cannot disagree.
    ShiftService shifts(m_db);
    for (ShiftRow &r : rows) {
        auto t = shifts.totals(r.id);
        if (!t)
            return forward(t);
        r.sales = t->byCalcSign[1].amount;
        r.returns = t->byCalcSign[2].amount;
        for (const auto &[sign, byType] : t->paymentsBySign) {
            for (const auto &[type, amount] : byType) {
                Kopecks &slot = type == 0 ? r.cash : type == 1 ? r.card : r.sbp;
                slot += direction(sign) * amount;
            }
        }
        r.cashIn = t->cashIn.amount;
        r.cashOut = t->cashOut.amount;
        r.drawer = t->cashInDrawer;
    }
    return rows;
}

Result<QList<DrawerPoint>> ReportQueries::drawer(const Period &period, int maxPoints)
{
    // Every cash movement of the shifts that touch the period, in order; the balance starts at
    // zero with each shift, as the X and Z reports count it.
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT at, shift_id, amount FROM ("
        " SELECT s.completed_at AS at, s.shift_id, (CASE WHEN s.calc_sign IN (1, 4) THEN 1 "
        "ELSE -1 END) * p.amount AS amount"
        " FROM sales s JOIN payments p ON p.sale_id = s.id"
        " WHERE s.status = 2 AND p.type = 0 AND s.completed_at >= :from AND s.completed_at < :to"
        " UNION ALL SELECT created_at, shift_id, CASE kind WHEN 1 THEN -amount ELSE amount END"
        " FROM cash_documents WHERE created_at >= :from AND created_at < :to"
        ") ORDER BY at"));
    bindPeriod(q, period);
    if (!q.exec())
        return storage(q);
    QList<DrawerPoint> points;
    std::map<std::int64_t, Kopecks> balance;
    // A period may begin in the middle of a shift: start from what the shift held by then.
    while (q.next()) {
        const std::int64_t shift = q.value(1).toLongLong();
        if (!balance.count(shift)) {
            QSqlQuery before = m_db.prepare(QStringLiteral(
                "SELECT COALESCE((SELECT SUM((CASE WHEN s.calc_sign IN (1, 4) THEN 1 ELSE -1 END) * "
                "p.amount) "
                "FROM sales s JOIN payments p ON p.sale_id = s.id WHERE s.shift_id = :shift AND s.status = 2 "
                "AND p.type = 0 AND s.completed_at < :from), 0) + COALESCE((SELECT SUM(CASE kind WHEN 1 THEN "
                "-amount ELSE amount END) FROM cash_documents WHERE shift_id = :shift AND created_at < "
                ":from), 0)"));
            before.bindValue(QStringLiteral(":shift"), qint64(shift));
            before.bindValue(QStringLiteral(":from"), toStorage(period.from));
            if (!before.exec() || !before.next())
                return storage(before);
            balance[shift] = before.value(0).toLongLong();
        }
        balance[shift] += q.value(2).toLongLong();
        points.append({fromStorage(q.value(0).toString()).toLocalTime(), balance[shift]});
    }
    if (points.size() <= maxPoints)
        return points;
    // Too many for a chart: keep the last balance of each of maxPoints equal time slices.
    const qint64 span = std::max<qint64>(1, period.from.msecsTo(period.to));
    QList<DrawerPoint> thin;
    qint64 lastSlice = -1;
    for (const DrawerPoint &p : points) {
        const qint64 slice = period.from.msecsTo(p.at) * maxPoints / span;
        if (slice == lastSlice && !thin.isEmpty())
            thin.last() = p;
        else
            thin.append(p);
        lastSlice = slice;
    }
    return thin;
}

} // namespace app::reports
