#pragma once

// Fills the report tables (migration 2) from pushed documents, inside the push transaction. Only
// documents the push just created are fed in, so a replayed batch (duplicates) adds nothing; the
// rebuild recomputes the same rows from `documents`.

#include "cabinet/db/connection.h"
#include "cabinet/json/json.h"
#include "cabinet/reports/docmodel.h"

#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace cabinet::reports {

struct RollupDelta
{
    std::int64_t amountIn = 0, amountOut = 0, countIn = 0, countOut = 0, vatIn = 0, vatOut = 0, qtyIn = 0,
                 qtyOut = 0;
};

struct ShiftDelta
{
    std::string pointOfSaleId, workplaceId, deviceId;
    std::int64_t amountIn = 0, amountOut = 0, countIn = 0, countOut = 0, cashIn = 0, cashOut = 0;
};

class Ingest
{
public:
    explicit Ingest(db::Connection &c)
        : m_c(c)
    {}
    Ingest(const Ingest &) = delete;
    Ingest &operator=(const Ingest &) = delete;
    // One stored document; `payloadJson` as stored. Unknown or unreadable payloads are skipped.
    void add(const Origin &origin, const std::string &uuid, const std::string &type,
             const std::string &payloadJson, const std::optional<std::string> &shiftUuid);
    // Writes everything added since the last flush (a few statements per table on PostgreSQL).
    void flush();

private:
    void addReceipt(const Receipt &r, const Origin &origin);
    void addShiftEvent(const ShiftEvent &e, const Origin &origin);
    void addCash(const CashMove &m, const Origin &origin);
    void flushShiftDeltas();
    void roll(const std::string &day, const Origin &o, const std::string &dimension, const std::string &key,
              const RollupDelta &d);

    db::Connection &m_c;
    std::vector<db::Params> m_receipts, m_lines, m_payments, m_cash, m_shiftEvents;
    std::vector<FiscalAttributes> m_fiscal;
    using RollupKey = std::tuple<std::string, std::string, std::string, std::string, std::string>;
    std::map<RollupKey, RollupDelta> m_rollups; // (dimension, day, pos, workplace, key)
    std::map<std::string, ShiftDelta> m_shifts;
    std::string m_org;
    bool m_insertedReceipts = false;
};

// Deletes and recomputes one organization's report tables from its documents; returns
// {documents, receipts, shifts, cash_documents, differences: [...]} where differences lists every
// rollup or shift row whose totals changed (empty when ingest and rebuild agree).
json::Value rebuildReports(db::Connection &c, const std::string &org);

// Every organization, for migration 2 (no comparison).
void rebuildAll(db::Connection &c);

} // namespace cabinet::reports
