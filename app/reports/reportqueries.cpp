#include "app/reports/reportqueries.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "app/core/clock.h"
#include "app/core/tr.h"
#include "app/reports/linesums.h"
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

app::Unexpected<Error> storage(const QSqlQuery &q)
{
    return {Database::storageError(q)};
}

template<class T>
app::Unexpected<Error> forward(const Result<T> &r)
{
    return {r.error()};
}

} // namespace

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
    auto r = byLines(period);
    if (!r)
        return forward(r);
    return std::move(r->categories);
}

Result<ProductReport> ReportQueries::byProduct(const Period &period, int top)
{
    auto r = byLines(period, top);
    if (!r)
        return forward(r);
    return std::move(r->products);
}

Result<QList<SalesRow>> ReportQueries::byVat(const Period &period)
{
    auto r = byLines(period);
    if (!r)
        return forward(r);
    return std::move(r->vat);
}

namespace {

SalesRow row(std::int64_t key, const QString &name, const LineSum &sum)
{
    SalesRow r;
    r.key = key;
    r.name = name;
    r.documents = sum.lines;
    r.quantity = sum.quantity;
    r.amount = sum.amount;
    r.vat = sum.vat;
    return r;
}

// Largest first by the given field; ties by name, then key, so equal rows keep one order.
template<class Field>
void sortDescending(QList<SalesRow> &rows, Field field)
{
    std::sort(rows.begin(), rows.end(), [field](const SalesRow &a, const SalesRow &b) {
        if (a.*field != b.*field)
            return a.*field > b.*field;
        if (a.name != b.name)
            return a.name < b.name;
        return a.key < b.key;
    });
}

QString idList(const QList<SalesRow> &rows)
{
    QStringList ids;
    for (const SalesRow &r : rows)
        ids << QString::number(r.key);
    return ids.join(u',');
}

} // namespace

Result<LineReports> ReportQueries::byLines(const Period &period, int top)
{
    auto sums = sumLines(m_db, period);
    if (!sums)
        return forward(sums);
    LineReports out;

    // Products: both tops from one list of per-product sums; names only for the rows shown.
    QList<SalesRow> all;
    all.reserve(qsizetype(sums->byProduct.size() + sums->freeByName.size()));
    for (const auto &[id, sum] : sums->byProduct)
        all.append(row(id, QString(), sum));
    for (const auto &[name, sum] : sums->freeByName)
        all.append(row(0, name, sum));
    const auto topOf = [&](auto field) {
        // Unnamed catalog rows sort after named ones on a tie until the names are known; the
        // tie order among them is by id, which is enough for equal sums.
        std::partial_sort(all.begin(), all.begin() + std::min<qsizetype>(top, all.size()), all.end(),
                          [field](const SalesRow &a, const SalesRow &b) {
                              if (a.*field != b.*field)
                                  return a.*field > b.*field;
                              return a.key < b.key;
                          });
        return all.mid(0, top);
    };
    out.products.bySum = topOf(&SalesRow::amount);
    out.products.byQuantity = topOf(&SalesRow::quantity);
    const QString ids = idList(out.products.bySum + out.products.byQuantity);
    if (!ids.isEmpty()) {
        QSqlQuery names =
            m_db.prepare(QStringLiteral("SELECT id, name FROM products WHERE id IN (%1)").arg(ids));
        if (!names.exec())
            return storage(names);
        std::map<std::int64_t, QString> byId;
        while (names.next())
            byId[names.value(0).toLongLong()] = names.value(1).toString();
        for (QList<SalesRow> *list : {&out.products.bySum, &out.products.byQuantity}) {
            for (SalesRow &r : *list) {
                if (r.key != 0)
                    r.name = byId.count(r.key) ? byId[r.key] : QString();
            }
        }
    }

    // Categories: per-product sums folded into each product's category; lines at a free price and
    // products gone from the catalog count under no category (key 0).
    QSqlQuery cats =
        m_db.prepare(QStringLiteral("SELECT p.id, COALESCE(c.id, 0), COALESCE(c.name, '') FROM products p "
                                    "LEFT JOIN categories c ON c.id = p.category_id"));
    if (!cats.exec())
        return storage(cats);
    std::unordered_map<std::int64_t, std::int64_t> categoryOf;
    std::map<std::int64_t, QString> categoryName{{0, QString()}};
    while (cats.next()) {
        categoryOf[cats.value(0).toLongLong()] = cats.value(1).toLongLong();
        categoryName[cats.value(1).toLongLong()] = cats.value(2).toString();
    }
    std::map<std::int64_t, LineSum> byCategory;
    for (const auto &[id, sum] : sums->byProduct) {
        const auto c = categoryOf.find(id);
        byCategory[c == categoryOf.end() ? 0 : c->second].add(sum);
    }
    for (const auto &[name, sum] : sums->freeByName)
        byCategory[0].add(sum);
    for (const auto &[id, sum] : byCategory)
        out.categories.append(row(id, categoryName[id], sum));
    sortDescending(out.categories, &SalesRow::amount);

    // VAT: by tag 1199 code, in code order, with the rate's name.
    QSqlQuery vatNames = m_db.prepare(QStringLiteral("SELECT code, MAX(name) FROM vat_rates GROUP BY code"));
    if (!vatNames.exec())
        return storage(vatNames);
    std::map<int, QString> vatName;
    while (vatNames.next())
        vatName[vatNames.value(0).toInt()] = vatNames.value(1).toString();
    for (const auto &[code, sum] : sums->byVat)
        out.vat.append(row(code, vatName.count(code) ? vatName[code] : QString(), sum));
    return out;
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
