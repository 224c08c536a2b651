#pragma once

// Shifts and the cash drawer: open/close, cash-in and cash-out documents with a reason, and the
// totals an X report shows (and a Z report closes with).

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <map>
#include <optional>

#include "app/core/clock.h"
#include "app/core/money.h"
#include "app/core/result.h"
#include "app/staff/permissions.h"

namespace app {

class Database;

struct Shift
{
    std::int64_t id = 0;
    QString uuid;
    int number = 0;
    std::int64_t workplaceId = 0;
    std::int64_t openedBy = 0;
    std::int64_t closedBy = 0;
    QDateTime openedAt;
    QDateTime closedAt;   // invalid while open
    int fiscalNumber = 0; // the registrar's shift number (FF40h), 0 until its open-shift job is done
};

struct OperationTotals
{
    int count = 0;
    Kopecks amount = 0;
};

struct ShiftTotals
{
    std::int64_t shiftId = 0;
    std::map<int, OperationTotals> byCalcSign;            // tag 1054 -> receipts and corrections together
    OperationTotals sales;                                // kind sale
    OperationTotals returns;                              // kind return
    OperationTotals corrections;                          // kind correction
    std::map<int, std::map<int, Kopecks>> paymentsBySign; // 1054 -> payment type -> amount
    std::map<int, std::map<int, Kopecks>> vatBySign;      // 1054 -> 1199 code -> VAT amount
    std::map<int, std::map<int, Kopecks>> vatBaseBySign;  // 1054 -> 1199 code -> line totals
    OperationTotals cashIn;
    OperationTotals cashOut;
    Kopecks cashInDrawer = 0;
};

struct CashDocument
{
    std::int64_t id = 0;
    QString uuid;
    bool out = false;
    Kopecks amount = 0;
    QString reason;
    std::int64_t employeeId = 0;
    QDateTime at;
};

class ShiftService final
{
    Q_DISABLE_COPY_MOVE(ShiftService)

public:
    explicit ShiftService(Database &db, Clock clock = systemClock());

    Result<Shift> open(const Actor &actor, std::int64_t workplaceId = 0);
    // Closes with a Z report job; open sales stay parked for the next shift.
    Result<ShiftTotals> close(const Actor &actor);
    std::optional<Shift> current();
    std::optional<Shift> shift(std::int64_t id);

    Result<CashDocument> cashIn(const Actor &actor, Kopecks amount, const QString &reason);
    // Never more than the drawer holds.
    Result<CashDocument> cashOut(const Actor &actor, Kopecks amount, const QString &reason);
    QList<CashDocument> cashDocuments(std::int64_t shiftId);

    // The X report view: computed from the documents, a handful of grouped queries.
    Result<ShiftTotals> totals(std::int64_t shiftId);

    // The X report's document for the cabinet (payload v2 x_report with the shift's totals), queued in
    // the outbox; joins the caller's transaction (the fiscal service's x_report job). No shift open:
    // nothing to queue.
    Result<void> queueXReport(const QDateTime &at);

    // The Z/X totals as payload v2 sends them (cabinet/PROTOCOL.md TOTALS).
    static QJsonObject totalsToJson(const ShiftTotals &totals);

    // The fiscal service stores the registrar's shift number once the open-shift (or Z) job is
    // done; joins the caller's transaction as a savepoint.
    static Result<void> setFiscalShiftNumber(Database &db, const QString &shiftUuid, int number);

private:
    // shift_open / shift_close / x_report payload: schema, shift, FN shift number and FN when known.
    QJsonObject shiftPayload(const Shift &shift);
    Result<CashDocument> cashDocument(const Actor &actor, bool out, Kopecks amount, const QString &reason);

    Database &m_db;
    Clock m_clock;
};

} // namespace app
