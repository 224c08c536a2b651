#pragma once

// Payload v2 documents as a till sends them (cabinet/PROTOCOL.md "Payload v2"), for the report tests
// and benchmarks.

#include "cabinet/json/json.h"
#include "cabinet/util/crypto.h"

#include <string>
#include <vector>

namespace cabinet::test::v2 {

struct LineSpec
{
    std::string product;
    std::int64_t price = 0;
    std::int64_t quantityMilli = 1000;
    std::string vat = "vat20";
};

struct PaymentSpec
{
    std::string method;
    std::int64_t amount = 0;
    std::string reference;
};

inline json::Value envelope(const std::string &type, const std::string &uuid, std::int64_t seq,
                            const std::string &shift, json::Value payload)
{
    payload.set("schema", 2);
    json::Value doc;
    doc.set("uuid", uuid);
    doc.set("type", type);
    doc.set("device_seq", seq);
    if (!shift.empty())
        doc.set("shift_uuid", shift);
    doc.set("payload_sha256", crypto::sha256Hex(json::serialize(payload)));
    doc.set("payload", std::move(payload));
    return doc;
}

inline std::int64_t vatOf(std::int64_t total, const std::string &vat)
{
    return vat == "vat20" ? total * 20 / 120 : vat == "vat10" ? total * 10 / 110 : 0;
}

inline json::Value receipt(const std::string &kind, const std::string &uuid, std::int64_t seq,
                           const std::string &shift, const std::string &at,
                           const std::vector<LineSpec> &lines, const std::vector<PaymentSpec> &payments,
                           const std::string &refersTo = {}, bool fiscal = true)
{
    json::Value p;
    p.set("uuid", uuid);
    p.set("kind", kind);
    p.set("number", seq);
    p.set("calc_sign", kind == "return" ? 2 : 1);
    p.set("employee_id", "e0000000-0000-4000-8000-000000000001");
    p.set("shift_uuid", shift);
    if (!refersTo.empty())
        p.set("refers_to", refersTo);
    json::Array ls;
    std::int64_t total = 0;
    int position = 0;
    for (const LineSpec &l : lines) {
        const std::int64_t sum = l.price * l.quantityMilli / 1000;
        json::Value line;
        line.set("position", ++position);
        line.set("product_id", l.product);
        line.set("name", "Товар " + l.product);
        line.set("price", l.price);
        line.set("quantity_milli", l.quantityMilli);
        line.set("total", sum);
        line.set("vat", l.vat);
        line.set("vat_amount", vatOf(sum, l.vat));
        ls.push_back(std::move(line));
        total += sum;
    }
    p.set("lines", std::move(ls));
    json::Array ps;
    for (const PaymentSpec &pay : payments) {
        json::Value o;
        o.set("method", pay.method);
        o.set("amount", pay.amount);
        o.set("reference", pay.reference);
        ps.push_back(std::move(o));
    }
    p.set("payments", std::move(ps));
    p.set("total", total);
    p.set("created_at", at);
    p.set("completed_at", at);
    if (fiscal) {
        json::Value f;
        f.set("fn", "7281440500123456");
        f.set("fd", seq);
        f.set("fp", "3022186161");
        f.set("shift", 7);
        f.set("at", at);
        p.set("fiscal", std::move(f));
    }
    return envelope(kind, uuid, seq, shift, std::move(p));
}

inline json::Value shiftEvent(const std::string &type, const std::string &uuid, std::int64_t seq,
                              const std::string &shift, const std::string &at, json::Value totals = {})
{
    json::Value p;
    p.set("shift_uuid", shift);
    p.set("fn_shift", 7);
    p.set("fn", "7281440500123456");
    p.set("employee_id", "e0000000-0000-4000-8000-000000000001");
    p.set(type == "shift_open" ? "opened_at" : type == "x_report" ? "at" : "closed_at", at);
    if (!totals.isNull())
        p.set("totals", std::move(totals));
    return envelope(type, uuid, seq, shift, std::move(p));
}

inline json::Value cash(const std::string &type, const std::string &uuid, std::int64_t seq,
                        const std::string &shift, const std::string &at, std::int64_t amount)
{
    json::Value p;
    p.set("shift_uuid", shift);
    p.set("amount", amount);
    p.set("at", at);
    p.set("employee_id", "e0000000-0000-4000-8000-000000000001");
    p.set("comment", type == "cash_in" ? "размен" : "инкассация");
    return envelope(type, uuid, seq, shift, std::move(p));
}

inline json::Value fiscalAttributes(const std::string &uuid, std::int64_t seq, const std::string &sale,
                                    std::int64_t fd)
{
    json::Value f;
    f.set("fn", "7281440500123456");
    f.set("fd", fd);
    f.set("fp", "1111122222");
    f.set("at", "2026-12-03T10:00:00+03:00");
    json::Value p;
    p.set("document_uuid", sale);
    p.set("fiscal", std::move(f));
    return envelope("fiscal_attributes", uuid, seq, {}, std::move(p));
}

// One shift: open, a sale (cash + card), a sale paid by SBP printed later, its return, a correction,
// cash in and out, an X report, the close with Z totals, and the late fiscal attributes.
inline std::vector<json::Value> shiftOfDocuments(const std::string &shift, std::string &saleUuid,
                                                 std::string &lateUuid)
{
    saleUuid = crypto::newUuid();
    lateUuid = crypto::newUuid();
    json::Value z;
    z.set("sales", std::int64_t(3000 + 2000 + 500));
    z.set("returns", std::int64_t(1000));
    return {
        shiftEvent("shift_open", crypto::newUuid(), 1, shift, "2026-12-03T09:00:00+03:00"),
        receipt("sale", saleUuid, 2, shift, "2026-12-03T10:15:00+03:00",
                {{"p-milk", 1000, 2000, "vat10"}, {"p-bread", 1000, 1000, "vat20"}},
                {{"cash", 1000, ""}, {"card", 2000, "RRN 123456789012"}}),
        receipt("sale", lateUuid, 3, shift, "2026-12-03T11:30:00+03:00", {{"p-cheese", 2000, 1000, "vat20"}},
                {{"sbp", 2000, "A0123456789"}}, {}, false),
        receipt("return", crypto::newUuid(), 4, shift, "2026-12-03T12:00:00+03:00",
                {{"p-milk", 1000, 1000, "vat10"}}, {{"cash", 1000, ""}}, saleUuid),
        receipt("correction", crypto::newUuid(), 5, shift, "2026-12-03T12:30:00+03:00",
                {{"p-bread", 500, 1000, "vat20"}}, {{"cash", 500, ""}}, saleUuid),
        cash("cash_in", crypto::newUuid(), 6, shift, "2026-12-03T09:05:00+03:00", 500000),
        cash("cash_out", crypto::newUuid(), 7, shift, "2026-12-03T20:00:00+03:00", 200000),
        shiftEvent("x_report", crypto::newUuid(), 8, shift, "2026-12-03T15:00:00+03:00", z),
        shiftEvent("shift_close", crypto::newUuid(), 9, shift, "2026-12-03T21:00:00+03:00", z),
        fiscalAttributes(crypto::newUuid(), 10, lateUuid, 4412),
    };
}

} // namespace cabinet::test::v2
