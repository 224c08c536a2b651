#include "cabinet/owner/paymethods.h"

#include "cabinet/owner/audit.h"
#include "cabinet/owner/http.h"
#include "cabinet/owner/tillroles.h"
#include "cabinet/store/store.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace cabinet::owner {

namespace {

using Role = TillRole;
constexpr const auto &kRoles = kTillRoles; // The till's own owner account always takes every method, so a
                                           // shop is never left unable to take money.
constexpr std::array<const char *, 3> kMethods{"cash", "card", "sbp"};

// The `payment_method` entity of one method at one point of sale.
std::string itemId(const std::string &pos, const char *method)
{
    return pos + ":" + method;
}

json::Value read(db::Connection &c, const std::string &org, const std::string &pos)
{
    std::map<std::string, std::set<std::string>> allowed;
    for (const char *method : kMethods) {
        auto rows = c.query("SELECT data FROM catalog_items WHERE organization_id = $1 AND entity = "
                            "'payment_method' AND id = $2 AND deleted = 0",
                            {org, itemId(pos, method)});
        const auto data = rows.empty() || rows[0].isNull(0) ? std::nullopt : json::tryParse(rows[0].text(0));
        const json::Value *roles = data ? data->find("roles") : nullptr;
        for (const auto &role : kRoles) {
            const bool listed = roles && roles->isArray() &&
                                std::find(roles->asArray().begin(), roles->asArray().end(),
                                          json::Value(role.id)) != roles->asArray().end();
            if (!roles || listed) // never set: every role, as the till's own default
                allowed[role.id].insert(method);
        }
    }
    json::Value v;
    for (const auto &role : kRoles) {
        json::Array methods;
        for (const char *method : kMethods)
            if (allowed[role.id].count(method))
                methods.emplace_back(method);
        v.set(role.id, std::move(methods));
    }
    return v;
}

// The first thing wrong in Russian, or nullopt with `out` filled: role -> methods.
std::optional<std::string> parse(const json::Value &body, std::map<std::string, std::set<std::string>> &out)
{
    for (const auto &[key, value] : body.asObject()) {
        const std::string &name = key; // clang 14 (the fuzz build) cannot capture a structured binding
        const auto role =
            std::find_if(kRoles.begin(), kRoles.end(), [&](const Role &r) { return name == r.id; });
        if (role == kRoles.end())
            return "Неизвестная роль: " + key;
        if (!value.isArray())
            return std::string("Роль «") + role->title + "»: ожидается список способов оплаты";
        for (const auto &m : value.asArray()) {
            const bool known =
                m.isString() && std::find(kMethods.begin(), kMethods.end(), m.asString()) != kMethods.end();
            if (!known)
                return std::string("Неизвестный способ оплаты: ") +
                       (m.isString() ? m.asString() : json::serialize(m)) +
                       " (наличные — cash, карта — card, СБП — sbp)";
            out[key].insert(m.asString());
        }
    }
    for (const auto &role : kRoles)
        if (!body.find(role.id))
            return std::string("Укажите способы оплаты для роли «") + role.title + "»";
    return std::nullopt;
}

} // namespace

api::Response paymentMethodsCall(db::Pool &pool, Store &store, const auth::Session &s, const api::Request &rq,
                                 const std::string &pos, const json::Value &body, std::int64_t nowMs)
{
    const std::string &org = s.user.organizationId;
    if (rq.method == "GET")
        return reply(read(*pool.acquire(), org, pos));
    if (rq.method != "PUT")
        return error(405, "method_not_allowed", "Метод не поддерживается");
    if (!auth::mayWrite(s.user.role, auth::Area::Settings))
        return error(403, "forbidden", "Недостаточно прав для изменения");
    std::map<std::string, std::set<std::string>> allowed;
    if (auto why = parse(body, allowed))
        return error(400, "validation", *why);
    std::vector<CatalogItem> items;
    for (const char *method : kMethods) {
        json::Array roles{json::Value("owner")};
        for (const auto &role : kRoles)
            if (allowed[role.id].count(method))
                roles.emplace_back(role.id);
        json::Value data;
        data.set("type", method);
        data.set("point_of_sale_id", pos);
        data.set("enabled", true);
        data.set("roles", std::move(roles));
        items.push_back({"payment_method", itemId(pos, method), std::move(data)});
    }
    store.putItems(org, items); // one write: the tills never see half the matrix
    auto c = pool.acquire();
    audit(*c, s, "payment_methods.update", pos, nowMs);
    return reply(read(*c, org, pos));
}

} // namespace cabinet::owner
