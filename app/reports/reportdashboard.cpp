// The dashboard: ReportQueries' busiest report, two passes over a period's documents through
// SQLite's C API (see rawsqlite.h): the documents in time order for the totals and both charts,
// then their payments for the split by cash, card and SBP.
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cstring>
#include <map>

#include "app/core/clock.h"
#include "app/reports/rawsqlite.h"
#include "app/reports/reportqueries.h"

namespace app::reports {

namespace {

// Every day of the period, with nothing sold yet, so a quiet day still shows on the chart.
std::map<QDate, DayPoint> emptyDays(const Period &period)
{
    std::map<QDate, DayPoint> days;
    for (QDate day = period.from.date();
         day < period.to.date() || (day == period.to.date() && period.to.time() != QTime(0, 0));
         day = day.addDays(1))
        days[day].date = day;
    return days;
}

// One document into the period's totals, its day's and its hour's.
inline void count(Dashboard &d, DayPoint &day, int hour, int kind, int sign, Kopecks total,
                  Kopecks &salesGross)
{
    const int dir = direction(sign);
    if (sign == 1) {
        d.gross += total;
        day.gross += total;
    } else if (sign == 2) {
        d.returns += total;
        day.returns += total;
    }
    d.net += dir * total;
    d.byHour[std::size_t(hour)] += dir * total;
    if (kind == 0) {
        ++d.receipts;
        ++day.receipts;
        salesGross += total;
    } else if (kind == 1) {
        ++d.returnCount;
    } else {
        ++d.corrections;
    }
}

} // namespace

Result<Dashboard> ReportQueries::dashboard(const Period &period)
{
    sqlite3 *h = raw::handle(m_db);
    if (!h)
        return app::Unexpected<Error>{raw::error(nullptr)};
    Dashboard d;
    std::map<QDate, DayPoint> days = emptyDays(period);

    // The documents come in time order from the covering index. The local day and hour change only
    // with the stored UTC hour (a text prefix: "2026-11-30T08"), so the time is converted once an
    // hour, not once a document; Russian time zones are whole hours, so a UTC hour is one local hour.
    raw::Statement st(h,
                      "SELECT id, completed_at, kind, calc_sign, total FROM sales INDEXED BY sales_completed "
                      "WHERE status = 2 AND completed_at >= ?1 AND completed_at < ?2 ORDER BY completed_at");
    if (!st)
        return app::Unexpected<Error>{st.error()};
    st.bind(1, toStorage(period.from).toUtf8());
    st.bind(2, toStorage(period.to).toUtf8());
    std::vector<raw::Document> docs;
    char hourKey[14] = {};
    DayPoint *day = nullptr;
    int hour = 0;
    Kopecks salesGross = 0;
    int rc;
    while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
        const char *at = reinterpret_cast<const char *>(sqlite3_column_text(st.get(), 1));
        const int kind = sqlite3_column_int(st.get(), 2);
        const int sign = sqlite3_column_int(st.get(), 3);
        const Kopecks total = sqlite3_column_int64(st.get(), 4);
        const int dir = direction(sign);
        docs.push_back({sqlite3_column_int64(st.get(), 0), dir});
        if (!day || std::strncmp(at, hourKey, 13) != 0) {
            std::strncpy(hourKey, at, 13);
            const QDateTime local =
                QDateTime::fromString(QString::fromLatin1(hourKey, 13) + QStringLiteral(":00:00Z"),
                                      Qt::ISODate)
                    .toLocalTime();
            day = &days[local.date()];
            day->date = local.date();
            hour = std::clamp(local.time().hour(), 0, 23);
        }
        count(d, *day, hour, kind, sign, total, salesGross);
    }
    if (rc != SQLITE_DONE)
        return app::Unexpected<Error>{st.error()};
    d.average = d.receipts ? (salesGross + d.receipts / 2) / d.receipts : 0;
    for (const auto &[date, point] : days)
        d.byDay.append(point);

    auto paid = raw::forEachChild(
        h, docs,
        "SELECT sale_id, type, amount FROM payments INDEXED BY payments_report WHERE sale_id BETWEEN ?1 AND "
        "?2",
        "SELECT sale_id, type, amount FROM payments INDEXED BY payments_report WHERE sale_id = ?1",
        raw::Scan::Auto, [&](sqlite3_stmt *p, int dir) {
            const int type = sqlite3_column_int(p, 1);
            if (type >= 0 && type < 3)
                d.payments[std::size_t(type)] += dir * sqlite3_column_int64(p, 2);
        });
    if (!paid)
        return app::Unexpected<Error>{paid.error()};
    return d;
}

} // namespace app::reports
