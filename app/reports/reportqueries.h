#pragma once

// The SQL behind the till's reports. Runs on whatever connection it is given; the reports service
// gives it a read-only worker connection of its own, so the GUI thread never waits for it.

#include <QList>

#include "app/core/result.h"
#include "app/fiscalservice/devicehealth.h"
#include "app/reports/reportdata.h"

namespace app {
class Database;
}

namespace app::reports {

// The three reports over sale lines, from one pass over the lines (see linesums.h).
struct LineReports
{
    QList<SalesRow> categories; // by net amount, largest first
    ProductReport products;
    QList<SalesRow> vat; // by tag 1199 code
};

class ReportQueries final
{
public:
    explicit ReportQueries(Database &db)
        : m_db(db)
    {}

    Result<Dashboard> dashboard(const Period &period);
    Result<QList<SalesRow>> byCashier(const Period &period);
    Result<QList<SalesRow>> byCategory(const Period &period);
    Result<ProductReport> byProduct(const Period &period, int top = 20);
    Result<QList<SalesRow>> byVat(const Period &period);
    Result<LineReports> byLines(const Period &period, int top = 20);
    Result<QList<DocumentRow>> documents(const DocumentFilter &filter);
    Result<QList<ShiftRow>> shifts(const Period &period);
    Result<QList<DrawerPoint>> drawer(const Period &period, int maxPoints = 400);
    // What needs a person: from the journal, the outbox and the registrar's last poll. The outbox
    // counts only for a till connected to a cloud cabinet (`cloud`); otherwise nothing leaves it.
    Result<QList<Warning>> warnings(const DeviceHealth &health, const QDateTime &nowUtc, bool cloud = true);

private:
    Result<QList<SalesRow>> grouped(const QString &sql, const Period &period);

    Database &m_db;
};

} // namespace app::reports
