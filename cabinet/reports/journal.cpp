// The journal: receipts and cash documents with filters, sorting and paging on the server, and one
// document in full. Filters are bound parameters; sort columns come from a fixed list.

#include "cabinet/reports/queries.h"
#include "cabinet/util/crypto.h"

#include <algorithm>

namespace cabinet::reports {

namespace {

bool isReceiptType(const std::string &t)
{
    return t == "sale" || t == "return" || t == "correction";
}

// A receipt and a cash document share the journal's columns:
// type, uuid, at, day, number, total, pos, workplace, employee, shift, fn, fd, fp, payment_methods.
const char *const kReceiptSelect = "SELECT kind, uuid, at, day, number, total, point_of_sale_id, "
                                   "workplace_id, employee_id, shift_uuid, fn, fd, "
                                   "fp, payment_methods, direction FROM receipts WHERE organization_id = ";
const char *const kCashSelect =
    "SELECT type, uuid, at, day, 0, amount, point_of_sale_id, workplace_id, "
    "employee_id, shift_uuid, CAST(NULL AS text), CAST(NULL AS bigint), "
    "CAST(NULL AS text), ',cash,', CASE type WHEN 'cash_in' THEN 1 ELSE -1 END FROM "
    "cash_documents WHERE organization_id = ";

void common(Sql &q, const Scope &scope, const DocumentFilter &f, const char *amount)
{
    q.bind(scope.organizationId);
    if (!f.period.from.empty())
        q << " AND day >= ", q.bind(f.period.from);
    if (!f.period.to.empty())
        q << " AND day <= ", q.bind(f.period.to);
    if (!f.pointOfSaleId.empty())
        q << " AND point_of_sale_id = ", q.bind(f.pointOfSaleId);
    if (!f.workplaceId.empty())
        q << " AND workplace_id = ", q.bind(f.workplaceId);
    if (!f.cashierId.empty())
        q << " AND employee_id = ", q.bind(f.cashierId);
    if (!f.shiftUuid.empty())
        q << " AND shift_uuid = ", q.bind(f.shiftUuid);
    if (f.amountMin)
        q << " AND " << amount << " >= ", q.bind(*f.amountMin);
    if (f.amountMax)
        q << " AND " << amount << " <= ", q.bind(*f.amountMax);
    q.scopePos(scope, "point_of_sale_id");
}

json::Value item(const db::Row &r)
{
    json::Value v;
    v.set("type", r.text(0));
    v.set("uuid", r.text(1));
    v.set("at_ms", r.integer(2));
    v.set("day", r.text(3));
    v.set("number", r.integer(4));
    v.set("total", r.integer(5));
    v.set("direction", r.integer(14));
    v.set("point_of_sale_id", r.text(6));
    v.set("workplace_id", r.text(7));
    v.set("cashier_id", r.isNull(8) ? json::Value() : json::Value(r.text(8)));
    v.set("shift_uuid", r.isNull(9) ? json::Value() : json::Value(r.text(9)));
    v.set("fn", r.isNull(10) ? json::Value() : json::Value(r.text(10)));
    v.set("fd", r.isNull(11) ? json::Value() : json::Value(r.integer(11)));
    v.set("fp", r.isNull(12) ? json::Value() : json::Value(r.text(12)));
    json::Array methods;
    const std::string &m = r.text(13);
    for (std::size_t start = 1, end; start < m.size() && (end = m.find(',', start)) != std::string::npos;
         start = end + 1)
        methods.emplace_back(m.substr(start, end - start));
    v.set("payment_methods", std::move(methods));
    return v;
}

bool validIds(const DocumentFilter &f)
{
    for (const std::string *id : {&f.pointOfSaleId, &f.workplaceId})
        if (!id->empty() && !crypto::isUuid(*id))
            return false;
    const char *const sorts[] = {"at", "total", "number"};
    return std::find(std::begin(sorts), std::end(sorts), f.sort) != std::end(sorts) && f.limit >= 1 &&
           f.limit <= 500 && f.offset >= 0;
}

} // namespace

std::optional<json::Value> documents(db::Connection &c, const Scope &scope, const DocumentFilter &f)
{
    if (!validIds(f))
        return std::nullopt;
    const bool fiscalFilter = !f.fn.empty() || f.fd || !f.fp.empty() || f.number;
    const bool receipts = f.type.empty() || isReceiptType(f.type);
    const bool cash = (f.type.empty() && !fiscalFilter && (f.payment.empty() || f.payment == "cash")) ||
                      f.type == "cash_in" || f.type == "cash_out";
    if (!receipts && !cash && f.type != "x_report" && f.type != "z_report")
        return std::nullopt; // an unknown type; X and Z reports live in shifts(): an empty page here
    json::Value out;
    out.set("limit", f.limit);
    out.set("offset", f.offset);
    if (!receipts && !cash) {
        out.set("items", json::Array{});
        out.set("has_more", false);
        return out;
    }
    // Each branch is ordered and cut on its own (an index walk), then the two short lists are merged.
    const std::string column = f.sort == "total" ? "6" : f.sort == "number" ? "5" : "3";
    const std::string dir = f.descending ? " DESC" : " ASC";
    const std::string order = " ORDER BY " + column + dir + ", 2" + dir;
    const std::string branchOrder = f.sort == "total"    ? " ORDER BY 6" + dir + ", 2" + dir
                                    : f.sort == "number" ? " ORDER BY 5" + dir + ", 2" + dir
                                                         : " ORDER BY at" + dir + ", uuid" + dir;
    const std::int64_t branchLimit = f.offset + f.limit + 1;
    Sql q;
    q << "SELECT * FROM (";
    if (receipts) {
        q << "SELECT * FROM (" << kReceiptSelect;
        common(q, scope, f, "total");
        if (!f.type.empty())
            q << " AND kind = ", q.bind(f.type);
        if (!f.payment.empty())
            q << " AND payment_methods LIKE ", q.bind("%," + f.payment + ",%");
        if (!f.fn.empty())
            q << " AND fn = ", q.bind(f.fn);
        if (f.fd)
            q << " AND fd = ", q.bind(*f.fd);
        if (!f.fp.empty())
            q << " AND fp = ", q.bind(f.fp);
        if (f.number)
            q << " AND number = ", q.bind(*f.number);
        q << branchOrder << " LIMIT ";
        q.bind(branchLimit) << ") AS r";
    }
    if (receipts && cash)
        q << " UNION ALL ";
    if (cash) {
        q << "SELECT * FROM (" << kCashSelect;
        common(q, scope, f, "amount");
        if (!f.type.empty())
            q << " AND type = ", q.bind(f.type);
        q << branchOrder << " LIMIT ";
        q.bind(branchLimit) << ") AS k";
    }
    q << ") AS j" << order << " LIMIT ";
    q.bind(std::int64_t(f.limit + 1)) << " OFFSET ";
    q.bind(f.offset);
    json::Array items;
    auto rows = q.run(c);
    for (std::size_t i = 0; i < rows.size() && i < std::size_t(f.limit); ++i)
        items.push_back(item(rows[i]));
    out.set("items", std::move(items));
    out.set("has_more", rows.size() > std::size_t(f.limit));
    return out;
}

} // namespace cabinet::reports
