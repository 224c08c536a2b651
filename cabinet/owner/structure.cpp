#include "cabinet/owner/structure.h"

#include "cabinet/owner/audit.h"
#include "cabinet/owner/discounts.h"
#include "cabinet/owner/http.h"
#include "cabinet/owner/legal.h"
#include "cabinet/owner/markingsettings.h"
#include "cabinet/owner/paymethods.h"
#include "cabinet/owner/timezones.h"
#include "cabinet/store/store.h"
#include "cabinet/util/crypto.h"

#include <algorithm>

namespace cabinet::owner {

namespace {

constexpr std::int64_t kActivationTtlMs = 24 * 3600 * 1000;

// Characters, not bytes: the limits are the printed line widths of the seeds.
std::size_t length(const std::string &utf8)
{
    return std::size_t(std::count_if(utf8.begin(), utf8.end(), [](char ch) { return (ch & 0xC0) != 0x80; }));
}

// A point of sale of the organisation the user may see.
bool visiblePos(db::Connection &c, const auth::Session &s, const std::string &pos)
{
    if (!crypto::isUuid(pos))
        return false;
    if (!s.user.allPointsOfSale &&
        std::find(s.user.pointsOfSale.begin(), s.user.pointsOfSale.end(), pos) == s.user.pointsOfSale.end())
        return false;
    return !c.query("SELECT 1 FROM points_of_sale WHERE organization_id = $1 AND id = $2",
                    {s.user.organizationId, pos})
                .empty();
}

// The workplace's point of sale, when the workplace is the organisation's and its point is visible.
std::optional<std::string> visibleWorkplace(db::Connection &c, const auth::Session &s, const std::string &id)
{
    if (!crypto::isUuid(id))
        return std::nullopt;
    auto rows = c.query("SELECT point_of_sale_id FROM workplaces WHERE organization_id = $1 AND id = $2",
                        {s.user.organizationId, id});
    if (rows.empty() || !visiblePos(c, s, rows[0].text(0)))
        return std::nullopt;
    return rows[0].text(0);
}

json::Value posJson(db::Connection &c, const std::string &org, const std::string &id)
{
    auto rows = c.query("SELECT id, name, address, legal_entity_id, time_zone FROM points_of_sale WHERE "
                        "organization_id = $1 AND id = $2",
                        {org, id});
    json::Value v;
    v.set("id", rows.at(0).text(0));
    v.set("name", rows[0].text(1));
    v.set("address", rows[0].text(2));
    v.set("legal_entity_id", rows[0].isNull(3) ? json::Value(nullptr) : json::Value(rows[0].text(3)));
    v.set("time_zone", rows[0].text(4));
    v.set("workplaces", json::Array{});
    return v;
}

json::Value workplaceJson(db::Connection &c, const std::string &org, const std::string &id)
{
    auto rows = c.query("SELECT id, point_of_sale_id, name, number, type FROM workplaces "
                        "WHERE organization_id = $1 AND id = $2",
                        {org, id});
    const auto &r = rows.at(0);
    json::Value v;
    v.set("id", r.text(0));
    v.set("point_of_sale_id", r.text(1));
    v.set("name", r.text(2));
    v.set("number", r.isNull(3) ? json::Value(nullptr) : json::Value(r.integer(3)));
    v.set("type", r.text(4));
    return v;
}

std::optional<std::string> posProblem(const json::Value &body)
{
    const auto name = body.stringAt("name");
    if (!name || name->empty() || length(*name) > 200)
        return "Укажите название точки (до 200 символов)";
    if (length(body.stringAt("address").value_or("")) > 256)
        return "Адрес длиннее 256 символов";
    // time_zone: absent keeps the point's (Moscow for a new one), else one of Russia's zones.
    if (const json::Value *tz = body.find("time_zone"); tz) {
        if (!tz->isString())
            return "Часовой пояс: ожидается название, например Europe/Moscow";
        if (!isKnownTimeZone(tz->asString()))
            return "Неизвестный часовой пояс: " + tz->asString();
    }
    return std::nullopt;
}

struct WorkplaceCard
{
    std::string name, type = "stationary";
    std::optional<std::int64_t> number;
};

std::optional<std::string> readWorkplace(const json::Value &body, WorkplaceCard &out)
{
    out.name = body.stringAt("name").value_or("");
    if (out.name.empty() || length(out.name) > 100)
        return "Укажите название рабочего места (до 100 символов)";
    if (const json::Value *n = body.find("number"); n && !n->isNull()) {
        out.number = n->asInt64();
        if (!out.number || *out.number < 1 || *out.number > 99)
            return "Номер рабочего места — от 1 до 99";
    }
    out.type = body.stringAt("type").value_or("stationary");
    if (out.type != "stationary" && out.type != "mobile" && out.type != "automat")
        return "Тип рабочего места: стационарное, мобильное или автомат";
    return std::nullopt;
}

// Two tills of one point of sale must not share a number: the receipts would not tell them apart.
bool numberTaken(db::Connection &c, const std::string &org, const std::string &pos, const WorkplaceCard &w,
                 const std::string &self)
{
    if (!w.number)
        return false;
    return !c.query("SELECT 1 FROM workplaces WHERE organization_id = $1 AND point_of_sale_id = $2 "
                    "AND number = $3 AND id <> $4",
                    {org, pos, *w.number, self})
                .empty();
}

// Receipt texts with the seeds' limits (name 102, address 68, phone 34, footer 340 characters).
std::optional<std::string> receiptProblem(const json::Value &body)
{
    const std::pair<const char *, std::size_t> limits[] = {
        {"name", 102}, {"address", 68}, {"phone", 34}, {"footer", 340}};
    const char *titles[] = {"Название", "Адрес", "Телефон", "Текст внизу чека"};
    for (std::size_t i = 0; i < std::size(limits); ++i) {
        const json::Value *v = body.find(limits[i].first);
        if (v && !v->isNull() && !v->isString())
            return std::string(titles[i]) + ": ожидается текст";
        if (v && v->isString() && length(v->asString()) > limits[i].second)
            return std::string(titles[i]) + " длиннее " + std::to_string(limits[i].second) + " символов";
    }
    return std::nullopt;
}

// Stored as the tills' `receipt_text` entity (sync protocol), one per point of sale, id = its id.
json::Value receiptSettings(db::Connection &c, const std::string &org, const std::string &pos)
{
    auto rows =
        c.query("SELECT data FROM catalog_items WHERE organization_id = $1 AND entity = 'receipt_text' "
                "AND id = $2 AND deleted = 0",
                {org, pos});
    json::Value stored = rows.empty() || rows[0].isNull(0)
                             ? json::Value(json::Object{})
                             : json::tryParse(rows[0].text(0)).value_or(json::Object{});
    json::Value v;
    if (rows.empty()) { // until the owner writes them, the point's own name and address
        json::Value p = posJson(c, org, pos);
        v.set("name", p.stringAt("name").value_or(""));
        v.set("address", p.stringAt("address").value_or(""));
    } else {
        v.set("name", stored.stringAt("store_name").value_or(""));
        v.set("address", stored.stringAt("address").value_or(""));
    }
    v.set("phone", stored.stringAt("phone").value_or(""));
    v.set("footer", stored.stringAt("footer").value_or(""));
    return v;
}

api::Response forbidden()
{
    return error(403, "forbidden", "Недостаточно прав для изменения");
}

api::Response putPointOfSale(db::Pool &pool, Store &store, const auth::Session &s, const std::string &id,
                             const json::Value &body, std::int64_t now)
{
    if (auto why = posProblem(body))
        return error(400, "validation", *why);
    const std::string &org = s.user.organizationId;
    const std::string name = *body.stringAt("name"), address = body.stringAt("address").value_or("");
    const bool create = id.empty();
    const std::string posId = create ? crypto::newUuid() : id;
    // legal_entity_id: absent keeps the point's, null clears it, a string names one of the organisation's.
    const json::Value *legal = body.find("legal_entity_id");
    if (legal && !legal->isNull() &&
        (!legal->isString() || !legalEntityExists(*pool.acquire(), org, legal->asString())))
        return error(400, "validation", "Такого юрлица нет: выберите из списка юрлиц организации");
    json::Value data;
    {
        auto c = pool.acquire();
        db::Transaction tx(*c, db::Tx::Write);
        if (create)
            c->query("INSERT INTO points_of_sale (organization_id, id, name, address, created_at) "
                     "VALUES ($1, $2, $3, $4, $5)",
                     {org, posId, name, address, now});
        else
            c->query(
                "UPDATE points_of_sale SET name = $3, address = $4 WHERE organization_id = $1 AND id = $2",
                {org, posId, name, address});
        if (const auto tz = body.stringAt("time_zone"))
            c->query("UPDATE points_of_sale SET time_zone = $3 WHERE organization_id = $1 AND id = $2",
                     {org, posId, *tz});
        if (legal)
            c->query("UPDATE points_of_sale SET legal_entity_id = $3 WHERE organization_id = $1 AND id = $2",
                     {org, posId, legal->isNull() ? db::Param(nullptr) : db::Param(legal->asString())});
        audit(*c, s, create ? "point_of_sale.create" : "point_of_sale.update", posId, now);
        tx.commit();
        data = pointOfSaleItem(*c, org, posId);
    }
    store.putItems(org, {CatalogItem{"point_of_sale", posId, data}});
    return reply(posJson(*pool.acquire(), org, posId), create ? 201 : 200);
}

api::Response putWorkplace(db::Connection &c, const auth::Session &s, const std::string &pos,
                           const std::string &id, const json::Value &body, std::int64_t now)
{
    WorkplaceCard w;
    if (auto why = readWorkplace(body, w))
        return error(400, "validation", *why);
    const std::string &org = s.user.organizationId;
    const bool create = id.empty();
    const std::string wpId = create ? crypto::newUuid() : id;
    db::Transaction tx(c, db::Tx::Write);
    if (numberTaken(c, org, pos, w, wpId))
        return error(409, "conflict", "Рабочее место с этим номером в точке уже есть");
    const std::int64_t number = w.number.value_or(0); // 0: no number (NULLIF below)
    if (create)
        c.query(
            "INSERT INTO workplaces (organization_id, id, point_of_sale_id, name, number, type, created_at) "
            "VALUES ($1, $2, $3, $4, NULLIF($5, 0), $6, $7)",
            {org, wpId, pos, w.name, number, w.type, now});
    else
        c.query("UPDATE workplaces SET name = $3, number = NULLIF($4, 0), type = $5 WHERE organization_id = "
                "$1 AND id = $2",
                {org, wpId, w.name, number, w.type});
    audit(c, s, create ? "workplace.create" : "workplace.update", wpId, now);
    tx.commit();
    return reply(workplaceJson(c, org, wpId), create ? 201 : 200);
}

api::Response putReceiptSettings(db::Pool &pool, Store &store, const auth::Session &s, const std::string &pos,
                                 const json::Value &body, std::int64_t now)
{
    if (auto why = receiptProblem(body))
        return error(400, "validation", *why);
    json::Value data;
    data.set("point_of_sale_id", pos);
    data.set("store_name", body.stringAt("name").value_or(""));
    data.set("address", body.stringAt("address").value_or(""));
    data.set("phone", body.stringAt("phone").value_or(""));
    data.set("footer", body.stringAt("footer").value_or(""));
    try {
        store.putItems(s.user.organizationId, {CatalogItem{"receipt_text", pos, data}});
    } catch (const std::runtime_error &e) {
        return error(400, "validation", "Тексты не приняты: " + std::string(e.what()));
    }
    auto c = pool.acquire();
    audit(*c, s, "receipt_settings.update", pos, now);
    return reply(receiptSettings(*c, s.user.organizationId, pos));
}

// "/points-of-sale/{id}/tail" -> {id, tail}; "/points-of-sale/{id}" -> {id, ""}.
std::pair<std::string, std::string> split(const std::string &rest)
{
    const auto slash = rest.find('/');
    if (slash == std::string::npos)
        return {rest, ""};
    return {rest.substr(0, slash), rest.substr(slash + 1)};
}

} // namespace

std::optional<api::Response> structureCall(db::Pool &pool, Store &store, const auth::Session &s,
                                           const api::Request &rq, const std::string &path,
                                           const json::Value &body, std::int64_t nowMs)
{
    const std::string posBase = "/points-of-sale", wpBase = "/workplaces/";
    const bool get = rq.method == "GET";
    if (path == posBase) {
        if (get)
            return std::nullopt; // the list is a read (reads.cpp)
        if (rq.method != "POST")
            return error(405, "method_not_allowed", "Метод не поддерживается");
        // A user limited to some points of sale does not add new ones.
        if (!auth::mayWrite(s.user.role, auth::Area::Structure) || !s.user.allPointsOfSale)
            return forbidden();
        return putPointOfSale(pool, store, s, "", body, nowMs);
    }
    if (path.rfind(posBase + "/", 0) == 0) {
        const auto [pos, tail] = split(path.substr(posBase.size() + 1));
        if (!visiblePos(*pool.acquire(), s, pos))
            return error(404, "not_found", "Торговая точка не найдена");
        if (tail == "receipt-settings") {
            if (get)
                return reply(receiptSettings(*pool.acquire(), s.user.organizationId, pos));
            if (rq.method != "PUT")
                return error(405, "method_not_allowed", "Метод не поддерживается");
            if (!auth::mayWrite(s.user.role, auth::Area::Settings))
                return forbidden();
            return putReceiptSettings(pool, store, s, pos, body, nowMs);
        }
        if (tail == "payment-methods")
            return paymentMethodsCall(pool, store, s, rq, pos, body, nowMs);
        if (tail == "discount-settings")
            return discountSettingsCall(pool, store, s, rq, pos, body, nowMs);
        if (tail == "marking-settings")
            return markingSettingsCall(pool, store, s, rq, pos, body, nowMs);
        if (!auth::mayWrite(s.user.role, auth::Area::Structure))
            return forbidden();
        if (tail.empty() && rq.method == "PUT")
            return putPointOfSale(pool, store, s, pos, body, nowMs);
        if (tail == "workplaces" && rq.method == "POST")
            return putWorkplace(*pool.acquire(), s, pos, "", body, nowMs);
        return error(405, "method_not_allowed", "Метод не поддерживается");
    }
    if (path.rfind(wpBase, 0) == 0) {
        const auto [id, tail] = split(path.substr(wpBase.size()));
        const auto pos = visibleWorkplace(*pool.acquire(), s, id);
        if (!pos)
            return error(404, "not_found", "Рабочее место не найдено");
        if (!auth::mayWrite(s.user.role, auth::Area::Structure))
            return forbidden();
        if (tail.empty() && rq.method == "PUT")
            return putWorkplace(*pool.acquire(), s, *pos, id, body, nowMs);
        if (tail == "activation-code" && rq.method == "POST") {
            // force: the new till replaces one that is still registered there (a broken PC).
            const json::Value *force = body.find("force");
            const bool forced = force && force->isBool() && force->asBool();
            const std::string code =
                store.newActivationCode(s.user.organizationId, id, kActivationTtlMs, forced);
            audit(*pool.acquire(), s,
                  forced ? "workplace.activation_code_forced" : "workplace.activation_code", id, nowMs);
            json::Value v;
            v.set("code", code);
            v.set("expires_at_ms", nowMs + kActivationTtlMs);
            return reply(v, 201);
        }
        return error(405, "method_not_allowed", "Метод не поддерживается");
    }
    return std::nullopt;
}

} // namespace cabinet::owner
