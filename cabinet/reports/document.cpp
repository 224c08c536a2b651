// One journal document in full, in the caller's scope only.

#include "cabinet/reports/queries.h"
#include "cabinet/util/crypto.h"

#include <algorithm>

namespace cabinet::reports {

namespace {

json::Value nameOf(db::Connection &c, const std::string &org, const std::string &entity,
                   const std::string &id)
{
    auto rows =
        c.query("SELECT data FROM catalog_items WHERE organization_id = $1 AND entity = $2 AND id = $3",
                {org, entity, id});
    if (rows.empty() || rows[0].isNull(0))
        return nullptr;
    auto data = json::tryParse(rows[0].text(0));
    return data ? json::Value(data->stringAt("name").value_or("")) : json::Value();
}

json::Value lines(db::Connection &c, const std::string &org, const std::string &uuid)
{
    json::Array out;
    for (const auto &r :
         c.query("SELECT position, product_id, name, price, quantity_milli, total, vat, vat_amount, "
                 "unit, marking_code FROM receipt_lines WHERE organization_id = $1 AND "
                 "receipt_uuid = $2 ORDER BY position",
                 {org, uuid})) {
        json::Value l;
        l.set("position", r.integer(0));
        l.set("product_id", r.text(1));
        l.set("name", r.text(2));
        l.set("price", r.integer(3));
        l.set("quantity_milli", r.integer(4));
        l.set("total", r.integer(5));
        l.set("vat", r.text(6));
        l.set("vat_amount", r.integer(7));
        l.set("unit", r.text(8));
        l.set("marking_code", r.text(9));
        out.push_back(std::move(l));
    }
    return out;
}

json::Value payments(db::Connection &c, const std::string &org, const std::string &uuid)
{
    json::Array out;
    for (const auto &r :
         c.query("SELECT method, amount, reference FROM receipt_payments WHERE organization_id = $1 "
                 "AND receipt_uuid = $2 ORDER BY idx",
                 {org, uuid})) {
        json::Value p;
        p.set("method", r.text(0));
        p.set("amount", r.integer(1));
        p.set("reference", r.text(2));
        out.push_back(std::move(p));
    }
    return out;
}

// The card and SBP operations of a receipt as its till sent them (payload v2 "payment_operations"):
// read from the stored document, only the named facts. A till that sends none gets an empty list.
json::Value paymentOperations(db::Connection &c, const std::string &org, const std::string &uuid)
{
    json::Array out;
    auto rows =
        c.query("SELECT payload FROM documents WHERE organization_id = $1 AND uuid = $2", {org, uuid});
    const auto payload = rows.empty() || rows[0].isNull(0) ? std::nullopt : json::tryParse(rows[0].text(0));
    const json::Value *ops = payload ? payload->find("payment_operations") : nullptr;
    if (!ops || !ops->isArray())
        return out;
    static const char *const texts[] = {"operation_id",
                                        "method",
                                        "kind",
                                        "state",
                                        "at",
                                        "rrn",
                                        "auth_code",
                                        "card_mask",
                                        "response_code",
                                        "message",
                                        "qr_id",
                                        "refund_id",
                                        "transaction_id",
                                        "original_operation_id"};
    for (const json::Value &op : ops->asArray()) {
        if (!op.isObject())
            continue;
        json::Value o;
        for (const char *key : texts)
            o.set(key, op.stringAt(key).value_or(""));
        const json::Value *amount = op.find("amount");
        o.set("amount", amount && amount->asInt64() ? *amount->asInt64() : std::int64_t(0));
        out.push_back(std::move(o));
    }
    return out;
}

} // namespace

std::optional<json::Value> document(db::Connection &c, const Scope &scope, const std::string &uuid)
{
    if (!crypto::isUuid(uuid))
        return std::nullopt;
    const std::string &org = scope.organizationId;
    db::Transaction tx(c, db::Tx::Snapshot);
    Sql q;
    q << "SELECT j.*, (SELECT name FROM workplaces w WHERE w.organization_id = j.org AND w.id = "
         "j.workplace_id), "
         "(SELECT name FROM points_of_sale p WHERE p.organization_id = j.org AND p.id = j.point_of_sale_id), "
         "j.refers_to, j.buyer_contact, j.calc_sign, j.fiscal_at FROM ("
         "SELECT organization_id AS org, kind, uuid, at, day, number, total, point_of_sale_id, workplace_id, "
         "employee_id, shift_uuid, fn, fd, fp, payment_methods, direction, refers_to, buyer_contact, "
         "calc_sign, "
         "fiscal_at FROM receipts WHERE organization_id = ";
    q.bind(org) << " AND uuid = ";
    q.bind(uuid);
    q.scopePos(scope, "point_of_sale_id");
    q << " UNION ALL SELECT organization_id, type, uuid, at, day, 0, amount, point_of_sale_id, workplace_id, "
         "employee_id, shift_uuid, NULL, NULL, NULL, ',cash,', CASE type WHEN 'cash_in' THEN 1 ELSE -1 END, "
         "NULL, "
         "comment, 0, NULL FROM cash_documents WHERE organization_id = ";
    q.bind(org) << " AND uuid = ";
    q.bind(uuid);
    q.scopePos(scope, "point_of_sale_id");
    q << ") AS j";
    auto rows = q.run(c);
    if (rows.empty())
        return std::nullopt;
    const db::Row &r = rows[0];
    json::Value v;
    v.set("type", r.text(1));
    v.set("uuid", r.text(2));
    v.set("at_ms", r.integer(3));
    v.set("day", r.text(4));
    v.set("number", r.integer(5));
    v.set("total", r.integer(6));
    v.set("direction", r.integer(15));
    v.set("point_of_sale", json::Object{{"id", r.text(7)}, {"name", r.textOr(21, "")}});
    v.set("workplace", json::Object{{"id", r.text(8)}, {"name", r.textOr(20, "")}});
    const std::string cashier = r.textOr(9, "");
    v.set("cashier", json::Object{{"id", cashier}, {"name", nameOf(c, org, "employee", cashier)}});
    v.set("shift_uuid", r.isNull(10) ? json::Value() : json::Value(r.text(10)));
    json::Value fiscal;
    fiscal.set("fn", r.isNull(11) ? json::Value() : json::Value(r.text(11)));
    fiscal.set("fd", r.isNull(12) ? json::Value() : json::Value(r.integer(12)));
    fiscal.set("fp", r.isNull(13) ? json::Value() : json::Value(r.text(13)));
    fiscal.set("at", r.isNull(25) ? json::Value() : json::Value(r.text(25)));
    v.set("fiscal", std::move(fiscal));
    v.set("refers_to", r.isNull(22) ? json::Value() : json::Value(r.text(22)));
    const bool receipt = r.text(1) != "cash_in" && r.text(1) != "cash_out";
    v.set(receipt ? "buyer" : "comment", r.textOr(23, ""));
    if (receipt) {
        v.set("calc_sign", r.integer(24));
        json::Value ls = lines(c, org, uuid);
        // VAT per rate, in the order the rates first appear: [{vat, amount}] as the contract says.
        json::Array vat;
        for (const json::Value &l : ls.asArray()) {
            const std::string rate = l.stringAt("vat").value_or("");
            const std::int64_t add = *l.find("vat_amount")->asInt64();
            auto it = std::find_if(vat.begin(), vat.end(),
                                   [&](const json::Value &byRate) { return byRate.stringAt("vat") == rate; });
            if (it == vat.end())
                vat.push_back(json::Object{{"vat", rate}, {"amount", add}});
            else
                it->set("amount", *it->find("amount")->asInt64() + add);
        }
        v.set("lines", std::move(ls));
        v.set("vat", std::move(vat));
        v.set("payments", payments(c, org, uuid));
        v.set("payment_operations", paymentOperations(c, org, uuid));
    }
    tx.commit();
    return v;
}

} // namespace cabinet::reports
