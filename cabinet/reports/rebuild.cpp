// `admin rebuild-reports`: the report tables recomputed from the stored documents, and every row
// whose totals the recomputation changed, so an ingest bug shows instead of hiding.

#include "cabinet/reports/ingest.h"

#include <map>

namespace cabinet::reports {

namespace {

const char *const kReportTables[] = {"receipts",       "receipt_lines",          "receipt_payments", "shifts",
                                     "cash_documents", "late_fiscal_attributes", "daily_rollups"};

using Snapshot = std::map<std::string, std::string>;

std::string joined(const db::Row &row, std::size_t from)
{
    std::string s;
    for (std::size_t i = from; i < row.size(); ++i)
        s += (i > from ? "|" : "") + row.textOr(i, "null");
    return s;
}

Snapshot snapshot(db::Connection &c, const std::string &org)
{
    Snapshot out;
    for (const auto &r :
         c.query("SELECT dimension, day, point_of_sale_id, workplace_id, key, amount_in, amount_out, "
                 "count_in, count_out, vat_in, vat_out, qty_in, qty_out FROM daily_rollups "
                 "WHERE organization_id = $1",
                 {org}))
        out["rollup " + r.text(0) + " " + r.text(1) + " " + r.text(2) + " " + r.text(3) + " " + r.text(4)] =
            joined(r, 5);
    for (const auto &r :
         c.query("SELECT shift_uuid, fn_shift, opened_at, closed_at, amount_in, amount_out, count_in, "
                 "count_out, cash_in, cash_out, x_reports FROM shifts WHERE organization_id = $1",
                 {org}))
        out["shift " + r.text(0)] = joined(r, 1);
    for (const auto &r :
         c.query("SELECT uuid, total, fn, fd, fp FROM receipts WHERE organization_id = $1", {org}))
        out["receipt " + r.text(0)] = joined(r, 1);
    return out;
}

std::int64_t count(db::Connection &c, const std::string &table, const std::string &org)
{
    return c.query("SELECT count(*) FROM " + table + " WHERE organization_id = $1", {org}).at(0).integer(0);
}

// Deletes the organization's report rows and ingests its documents again, in server_seq order.
std::int64_t refill(db::Connection &c, const std::string &org)
{
    for (const char *table : kReportTables)
        c.query(std::string("DELETE FROM ") + table + " WHERE organization_id = $1", {org});
    std::int64_t after = -1, documents = 0;
    for (;;) {
        auto rows =
            c.query("SELECT d.server_seq, d.uuid, d.type, d.device_id, w.point_of_sale_id, v.workplace_id, "
                    "d.shift_uuid, d.created_at_device, d.payload, d.received_at FROM documents d "
                    "JOIN devices v ON v.organization_id = d.organization_id AND v.id = d.device_id "
                    "JOIN workplaces w ON w.organization_id = v.organization_id AND w.id = v.workplace_id "
                    "WHERE d.organization_id = $1 AND d.server_seq > $2 ORDER BY d.server_seq LIMIT 5000",
                    {org, after});
        if (rows.empty())
            break;
        Ingest ingest(c);
        for (const auto &r : rows) {
            Origin o{org, r.text(4), r.text(5), r.text(3), r.integer(0), r.integer(9), r.textOr(7, "")};
            std::optional<std::string> shift;
            if (!r.isNull(6))
                shift = r.text(6);
            ingest.add(o, r.text(1), r.text(2), r.text(8), shift);
            after = r.integer(0);
            ++documents;
        }
        ingest.flush();
    }
    return documents;
}

} // namespace

json::Value rebuildReports(db::Connection &c, const std::string &org)
{
    db::Transaction tx(c, db::Tx::Write);
    const Snapshot before = snapshot(c, org);
    const std::int64_t documents = refill(c, org);
    const Snapshot now = snapshot(c, org);
    json::Array differences;
    auto differ = [&](const std::string &key, const std::string &was, const std::string &is) {
        json::Value d;
        d.set("row", key);
        d.set("stored", was);
        d.set("recomputed", is);
        differences.push_back(std::move(d));
    };
    for (const auto &[key, value] : now) {
        auto it = before.find(key);
        if (it == before.end())
            differ(key, "missing", value);
        else if (it->second != value)
            differ(key, it->second, value);
    }
    for (const auto &[key, value] : before)
        if (!now.count(key))
            differ(key, value, "missing");
    json::Value out;
    out.set("documents", documents);
    for (const char *table : {"receipts", "receipt_lines", "shifts", "cash_documents", "daily_rollups"})
        out.set(table, count(c, table, org));
    out.set("differences", std::move(differences));
    tx.commit();
    return out;
}

void rebuildAll(db::Connection &c)
{
    for (const auto &r : c.query("SELECT id FROM organizations"))
        refill(c, r.text(0));
}

} // namespace cabinet::reports
