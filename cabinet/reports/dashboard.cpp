// Dashboard and sales reports: sums over daily_rollups, so their cost depends on days × points of
// sale × keys, never on the number of receipts.

#include "cabinet/reports/queries.h"

#include <string_view>

namespace cabinet::reports {

namespace {

// gross (money in), returns (money out), net, receipts, returns count, average receipt.
json::Value money(const db::Row &r, std::size_t at)
{
    const std::int64_t gross = r.optInteger(at).value_or(0), returns = r.optInteger(at + 1).value_or(0),
                       receipts = r.optInteger(at + 2).value_or(0),
                       returnsCount = r.optInteger(at + 3).value_or(0);
    json::Value v;
    v.set("gross", gross);
    v.set("returns", returns);
    v.set("net", gross - returns);
    v.set("receipts", receipts);
    v.set("returns_count", returnsCount);
    v.set("average", receipts > 0 ? gross / receipts : std::int64_t(0));
    return v;
}

const char *const kSums = "sum(amount_in), sum(amount_out), sum(count_in), sum(count_out)";

Sql rollups(const Scope &scope, const std::string &select, const std::string &dimension, const Period &period)
{
    Sql q;
    q << "SELECT " << select << " FROM daily_rollups WHERE organization_id = ";
    q.bind(scope.organizationId) << " AND dimension = ";
    q.bind(dimension) << " AND day >= ";
    q.bind(period.from) << " AND day <= ";
    q.bind(period.to);
    q.scopePos(scope, "point_of_sale_id");
    return q;
}

json::Value grouped(db::Connection &c, const Scope &scope, const Period &period, const std::string &dimension,
                    const std::string &column, const char *name, const std::string &extra = {})
{
    Sql q = rollups(scope, column + ", " + kSums + extra, dimension, period);
    q << " GROUP BY " << column << " ORDER BY " << column;
    json::Array out;
    for (const auto &r : q.run(c)) {
        json::Value v = money(r, 1);
        v.set(name, r.textOr(0, ""));
        if (!extra.empty()) {
            v.set("quantity_milli", r.optInteger(5).value_or(0) - r.optInteger(6).value_or(0));
            const std::int64_t vat = r.optInteger(7).value_or(0) - r.optInteger(8).value_or(0);
            v.set("vat_amount", vat);
            if (std::string_view(name) != "vat") // a VAT group's `vat` is its rate, the key
                v.set("vat", vat);
        }
        out.push_back(std::move(v));
    }
    return out;
}

json::Value lastDocuments(db::Connection &c, const Scope &scope)
{
    DocumentFilter f;
    f.limit = 10;
    auto page = documents(c, scope, f);
    return page ? *page->find("items") : json::Value(json::Array{});
}

} // namespace

std::optional<json::Value> sales(db::Connection &c, const Scope &scope, const Period &period,
                                 const std::string &by)
{
    if (by == "day")
        return grouped(c, scope, period, "total", "day", "day");
    if (by == "point_of_sale")
        return grouped(c, scope, period, "total", "point_of_sale_id", "point_of_sale_id");
    if (by == "workplace")
        return grouped(c, scope, period, "total", "workplace_id", "workplace_id");
    if (by == "cashier")
        return grouped(c, scope, period, "employee", "key", "employee_id");
    if (by == "hour")
        return grouped(c, scope, period, "hour", "key", "hour");
    if (by == "payment")
        return grouped(c, scope, period, "payment", "key", "method");
    if (by == "vat")
        return grouped(c, scope, period, "vat", "key", "vat",
                       ", sum(qty_in), sum(qty_out), sum(vat_in), sum(vat_out)");
    if (by == "product")
        return grouped(c, scope, period, "product", "key", "product_id",
                       ", sum(qty_in), sum(qty_out), sum(vat_in), sum(vat_out)");
    return std::nullopt;
}

json::Value dashboard(db::Connection &c, const Scope &scope, const Period &period, const std::string &today,
                      std::int64_t nowMs, const AlertSettings &settings)
{
    db::Transaction tx(c, db::Tx::Snapshot); // one consistent view of every figure
    json::Value out;
    auto total = [&](const Period &p) {
        auto rows = rollups(scope, kSums, "total", p).run(c);
        json::Value v = money(rows.at(0), 0);
        v.set("from", p.from);
        v.set("to", p.to);
        return v;
    };
    out.set("today", total({today, today}));
    out.set("period", total(period));
    out.set("by_payment", *sales(c, scope, period, "payment"));
    json::Value byPos = *sales(c, scope, period, "point_of_sale");
    for (json::Value &p : byPos.asArray()) {
        auto name = c.query("SELECT name FROM points_of_sale WHERE organization_id = $1 AND id = $2",
                            {scope.organizationId, p.stringAt("point_of_sale_id").value_or("")});
        p.set("name", name.empty() ? "" : name[0].text(0));
    }
    out.set("by_point_of_sale", std::move(byPos));
    out.set("by_day", *sales(c, scope, period, "day"));
    out.set("by_hour", *sales(c, scope, period, "hour"));
    out.set("last_documents", lastDocuments(c, scope));
    out.set("alerts", alerts(c, scope, nowMs, settings));
    tx.commit();
    return out;
}

} // namespace cabinet::reports
