#include "cabinet/owner/catalog.h"

#include "cabinet/auth/password.h"
#include "cabinet/owner/audit.h"
#include "cabinet/owner/http.h"
#include "cabinet/owner/productvalues.h"
#include "cabinet/store/searchkeys.h"
#include "cabinet/store/store.h"
#include "cabinet/util/crypto.h"

#include <algorithm>
#include <charconv>
#include <sstream>

namespace cabinet::owner {

namespace {

struct Collection
{
    const char *path;
    const char *entity;
    auth::Area area;
    const char *notFound;
};

const Collection kCollections[] = {
    {"/catalog/products", "product", auth::Area::Catalog, "Товар не найден"},
    {"/catalog/groups", "category", auth::Area::Catalog, "Группа не найдена"},
    {"/staff/employees", "employee", auth::Area::Staff, "Сотрудник не найден"},
};

// An employee's PIN is stored as the till's own hash (Argon2id, libsodium's string form, which the
// till's PinHasher verifies); the PIN itself is never stored. A change without a new PIN keeps the old.
void withPinHash(json::Value &data, const db::Rows &existing)
{
    std::string hash;
    if (const auto pin = data.stringAt("pin"))
        hash = auth::hashPassword(*pin);
    else if (!existing.empty() && !existing[0].isNull(2))
        hash = json::tryParse(existing[0].text(2)).value_or(json::Object{}).stringAt("pin_hash").value_or("");
    std::erase_if(data.asObject(),
                  [](const json::Member &m) { return m.first == "pin" || m.first == "has_pin"; });
    if (!hash.empty())
        data.set("pin_hash", hash);
}

json::Value item(const db::Row &r, const Collection &col)
{
    json::Value v =
        r.isNull(2) ? json::Value(json::Object{}) : json::tryParse(r.text(2)).value_or(json::Object{});
    v.set("id", r.text(0));
    v.set("version", r.integer(1));
    if (std::string(col.entity) == "employee") {
        // The hash goes to the tills only; the owner learns whether a PIN is set, never the PIN.
        const auto hash = v.stringAt("pin_hash");
        v.set("has_pin", hash.has_value() && !hash->empty());
        std::erase_if(v.asObject(), [](const json::Member &m) { return m.first == "pin_hash"; });
    }
    if (std::string(col.entity) == "product") {
        const json::Value *kopecks = v.find("price_kopecks");
        const json::Value *price = v.find("price");
        if (kopecks && kopecks->asInt64())
            v.set("price", *kopecks->asInt64());
        else if (price && price->isString())
            v.set("price", kopecksOfText(price->asString()).value_or(0));
    }
    return v;
}

std::optional<std::string> problem(const Collection &col, const json::Value &body)
{
    const auto name = body.stringAt("name");
    if (!name || name->empty() || name->size() > 256)
        return "Укажите название";
    if (std::string(col.entity) == "product") {
        const json::Value *price = body.find("price");
        if (!price || !price->asInt64() || *price->asInt64() < 0)
            return "Цена должна быть целым числом копеек, не меньше нуля";
    }
    if (const json::Value *pin = body.find("pin")) {
        const bool sixDigits = pin->isString() && pin->asString().size() == 6 &&
                               std::all_of(pin->asString().begin(), pin->asString().end(),
                                           [](char c) { return c >= '0' && c <= '9'; });
        if (!sixDigits)
            return "PIN — ровно 6 цифр";
    }
    return std::nullopt;
}

// A coded field of a product (vat, marking): absent, or one of the contract's codes (ProductInput),
// which the import's parser (productvalues) maps to themselves.
std::optional<std::string> codeProblem(const json::Value &body, const char *field,
                                       Checked<std::string> (*parse)(const std::string &), const char *what,
                                       const char *codes)
{
    const json::Value *value = body.find(field);
    if (!value || value->isNull())
        return std::nullopt;
    const std::string text = value->isString() ? value->asString() : json::serialize(*value);
    const auto code = parse(text);
    if (const auto *known = std::get_if<std::string>(&code); known && *known == text)
        return std::nullopt;
    return std::string(what) + " «" + text + "»: допустимы " + codes;
}

std::optional<std::string> markingProblem(const json::Value &body)
{
    return codeProblem(body, "marking", markingOf, "Неизвестный вид маркировки",
                       "none, shoes, clothes, tobacco, milk, water, perfume, tires, other");
}

std::optional<std::string> vatProblem(const json::Value &body)
{
    return codeProblem(body, "vat", vatOf, "Неизвестная ставка НДС",
                       "none, vat0, vat5, vat7, vat10, vat20, vat22, vat105, vat107, vat110, vat120, vat122");
}

// A product's barcodes: a list of codes each of which barcodeProblem accepts (400 otherwise).
std::optional<std::string> barcodesProblem(const json::Value &body)
{
    const json::Value *codes = body.find("barcodes");
    if (!codes || codes->isNull())
        return std::nullopt;
    if (!codes->isArray())
        return "Штрихкоды — список строк";
    for (const json::Value &code : codes->asArray()) {
        if (!code.isString())
            return "Штрихкоды — список строк";
        if (auto why = barcodeProblem(code.asString()); !why.empty())
            return why;
    }
    return std::nullopt;
}

// Why a product's barcodes conflict with another product of the same organisation (409), or
// nullopt. The search keys narrow the rows (every barcode is in search_text), the stored list decides.
// Another organisation's products are never read.
std::optional<std::string> barcodeConflict(db::Connection &c, const std::string &org, const std::string &id,
                                           const json::Value &body)
{
    const json::Value *codes = body.find("barcodes");
    if (!codes || !codes->isArray())
        return std::nullopt;
    const char *contains =
        c.backend() == db::Backend::Postgres ? "strpos(search_text, $3) > 0" : "instr(search_text, $3) > 0";
    for (const json::Value &code : codes->asArray()) {
        const auto rows = c.query(std::string("SELECT data FROM catalog_items WHERE organization_id = $1 AND "
                                              "entity = 'product' AND deleted = 0 AND id <> $2 AND ") +
                                      contains,
                                  {org, id, search::fold(code.asString())});
        for (const auto &r : rows) {
            const json::Value data = r.isNull(0) ? json::Value(json::Object{})
                                                 : json::tryParse(r.text(0)).value_or(json::Object{});
            const json::Value *held = data.find("barcodes");
            if (!held || !held->isArray())
                continue;
            for (const json::Value &h : held->asArray())
                if (h.isString() && h.asString() == code.asString())
                    return barcodeTaken(code.asString(), data.stringAt("name").value_or(""));
        }
    }
    return std::nullopt;
}

db::Rows fetch(db::Connection &c, const std::string &org, const Collection &col, const std::string &id)
{
    return c.query("SELECT id, version, data FROM catalog_items WHERE organization_id = $1 AND entity = $2 "
                   "AND id = $3 AND deleted = 0",
                   {org, std::string(col.entity), id});
}

// `q`: every word must occur in the item's name, article, barcode or INN (case and ё ignored);
// `group_id`: the products of one group (or the subgroups of one group). Sorted by name, then id,
// so pages never overlap.
api::Response list(db::Connection &c, const auth::Session &s, const Collection &col, const api::Request &rq)
{
    auto q = queryOf(rq.target);
    std::int64_t limit = 50, offset = 0;
    std::from_chars(q["limit"].data(), q["limit"].data() + q["limit"].size(), limit);
    std::from_chars(q["offset"].data(), q["offset"].data() + q["offset"].size(), offset);
    limit = std::clamp<std::int64_t>(limit, 1, 500);
    offset = std::max<std::int64_t>(offset, 0);
    if (q["q"].size() > 200)
        return error(400, "bad_request", "Слишком длинный запрос поиска: не больше 200 символов");
    // Built one by one: GCC 12 misreads a braced list of these variants as maybe-uninitialized.
    db::Params params;
    params.emplace_back(s.user.organizationId);
    params.emplace_back(std::string(col.entity));
    std::string sql =
        "SELECT id, version, data FROM catalog_items WHERE organization_id = $1 AND entity = $2 "
        "AND deleted = 0";
    const char *contains =
        c.backend() == db::Backend::Postgres ? "strpos(search_text, $" : "instr(search_text, $";
    std::istringstream words(search::fold(q["q"]));
    int wordCount = 0;
    for (std::string word; words >> word && wordCount < 8; ++wordCount) {
        params.emplace_back(word);
        sql += std::string(" AND ") + contains + std::to_string(params.size()) + ") > 0";
    }
    if (const std::string &group = q["group_id"]; !group.empty()) {
        params.emplace_back(group);
        sql += " AND parent_id = $" + std::to_string(params.size());
    }
    params.emplace_back(std::int64_t(limit + 1));
    sql += " ORDER BY sort_name, id LIMIT $" + std::to_string(params.size());
    params.emplace_back(std::int64_t(offset));
    sql += " OFFSET $" + std::to_string(params.size());
    auto rows = c.query(sql, params);
    json::Array items;
    for (std::size_t i = 0; i < rows.size() && i < std::size_t(limit); ++i)
        items.push_back(item(rows[i], col));
    json::Value v;
    v.set("items", std::move(items));
    v.set("has_more", rows.size() > std::size_t(limit));
    return reply(v);
}

} // namespace

std::optional<api::Response> catalogCall(db::Pool &pool, Store &store, const auth::Session &s,
                                         const api::Request &rq, const std::string &path,
                                         const json::Value &body, std::int64_t nowMs)
{
    const Collection *col = nullptr;
    std::string id;
    for (const auto &k : kCollections) {
        const std::string base = k.path;
        if (path == base || path.rfind(base + "/", 0) == 0) {
            col = &k;
            id = path.size() > base.size() ? path.substr(base.size() + 1) : "";
        }
    }
    if (!col)
        return std::nullopt;
    const std::string &org = s.user.organizationId;
    if (rq.method == "GET") {
        auto c = pool.acquire();
        if (id.empty())
            return list(*c, s, *col, rq);
        auto rows = fetch(*c, org, *col, id);
        return rows.empty() ? error(404, "not_found", col->notFound) : reply(item(rows[0], *col));
    }
    if (!auth::mayWrite(s.user.role, col->area))
        return error(403, "forbidden", "Недостаточно прав для изменения");
    const bool create = rq.method == "POST" && id.empty();
    if (!create && (id.empty() || fetch(*pool.acquire(), org, *col, id).empty()))
        return error(404, "not_found", col->notFound);
    if (rq.method == "DELETE") {
        const std::string action = std::string(col->entity) + ".delete";
        std::string name = auditName(*pool.acquire(), org, action, id); // read while it still exists
        store.deleteItem(org, col->entity, id);
        audit(*pool.acquire(), s, action, id, nowMs, std::move(name));
        return noContent();
    }
    if (!create && rq.method != "PUT")
        return error(405, "method_not_allowed", "Метод не поддерживается");
    if (auto why = problem(*col, body))
        return error(400, "validation", *why);
    if (std::string(col->entity) == "product")
        for (auto why : {vatProblem(body), markingProblem(body), barcodesProblem(body)})
            if (why)
                return error(400, "validation", *why);
    if (create)
        id = crypto::newUuid();
    if (std::string(col->entity) == "product")
        if (auto why = barcodeConflict(*pool.acquire(), org, id, body))
            return error(409, "conflict", *why);
    json::Value data = body;
    data.set("id", id);
    if (std::string(col->entity) == "employee")
        withPinHash(data, create ? db::Rows{} : fetch(*pool.acquire(), org, *col, id));
    if (std::string(col->entity) == "product") {
        const std::int64_t kopecks = *body.find("price")->asInt64(); // checked by problem()
        data.set("price_kopecks", kopecks);
        data.set("price", roublesText(kopecks));
        // The tills read the marking type as `marking_type` (app/cloud productapplier), as the import writes
        // it.
        if (const json::Value *marking = body.find("marking"); marking && marking->isString())
            data.set("marking_type", marking->asString());
        else
            std::erase_if(data.asObject(), [](const json::Member &m) { return m.first == "marking_type"; });
    }
    try {
        store.putItems(org, {CatalogItem{col->entity, id, data}});
    } catch (const std::runtime_error &e) {
        return error(400, "validation", "Данные не приняты: " + std::string(e.what()));
    }
    auto c = pool.acquire();
    audit(*c, s, std::string(col->entity) + (create ? ".create" : ".update"), id, nowMs);
    return reply(item(fetch(*c, org, *col, id).at(0), *col), create ? 201 : 200);
}

} // namespace cabinet::owner
