#include "cabinet/owner/discounts.h"

#include "cabinet/owner/audit.h"
#include "cabinet/owner/http.h"
#include "cabinet/owner/tillroles.h"
#include "cabinet/store/store.h"

#include <algorithm>
#include <array>
#include <map>

namespace cabinet::owner {

namespace {

using Role = TillRole;
constexpr const auto &kRoles = kTillRoles; // The till's own owner account is not capped by the cabinet.
// The till's own default until the owner sets them (app/organisation/discountsettings.h).
constexpr int kDefaultPercent = 50;

struct Settings
{
    bool enabled = true;
    std::map<std::string, int> maxPercent; // role id -> 0..100
};

json::Value toJson(const Settings &s)
{
    json::Value caps;
    for (const auto &role : kRoles) {
        const auto it = s.maxPercent.find(role.id);
        caps.set(role.id, std::int64_t(it == s.maxPercent.end() ? kDefaultPercent : it->second));
    }
    json::Value v;
    v.set("enabled", s.enabled);
    v.set("max_percent", std::move(caps));
    return v;
}

Settings read(db::Connection &c, const std::string &org, const std::string &pos)
{
    Settings s;
    auto rows = c.query("SELECT data FROM catalog_items WHERE organization_id = $1 AND entity = "
                        "'discount_settings' AND id = $2 AND deleted = 0",
                        {org, pos});
    const auto data = rows.empty() || rows[0].isNull(0) ? std::nullopt : json::tryParse(rows[0].text(0));
    if (!data)
        return s;
    if (const json::Value *e = data->find("enabled"); e && e->isBool())
        s.enabled = e->asBool();
    if (const json::Value *caps = data->find("max_percent"); caps && caps->isObject())
        for (const auto &role : kRoles)
            if (const json::Value *p = caps->find(role.id))
                if (const auto n = p->asInt64())
                    s.maxPercent[role.id] = int(*n);
    return s;
}

// The first thing wrong in Russian, or nullopt with `out` filled.
std::optional<std::string> parseCaps(const json::Value &caps, Settings &out)
{
    if (!caps.isObject())
        return "max_percent: ожидается объект «роль: процент»";
    for (const auto &[key, value] : caps.asObject()) {
        const std::string &name = key; // clang 14 (the fuzz build) cannot capture a structured binding
        const auto role =
            std::find_if(kRoles.begin(), kRoles.end(), [&](const Role &r) { return name == r.id; });
        if (role == kRoles.end())
            return "Неизвестная роль: " + key;
        const auto n = value.asInt64();
        if (!n || *n < 0 || *n > 100)
            return std::string("Роль «") + role->title +
                   "»: наибольшая скидка — целое число процентов от 0 до 100";
        out.maxPercent[key] = int(*n);
    }
    for (const auto &role : kRoles)
        if (!caps.find(role.id))
            return std::string("Укажите наибольшую скидку для роли «") + role.title + "»";
    return std::nullopt;
}

std::optional<std::string> parse(const json::Value &body, Settings &out)
{
    for (const auto &[key, value] : body.asObject())
        if (key != "enabled" && key != "max_percent")
            return "Неизвестное поле: " + key;
    const json::Value *enabled = body.find("enabled");
    if (!enabled || !enabled->isBool())
        return std::string("enabled: укажите, разрешены ли скидки (true или false)");
    out.enabled = enabled->asBool();
    const json::Value *caps = body.find("max_percent");
    if (!caps)
        return std::string("Укажите наибольшую скидку для каждой роли (max_percent)");
    return parseCaps(*caps, out);
}

} // namespace

api::Response discountSettingsCall(db::Pool &pool, Store &store, const auth::Session &s,
                                   const api::Request &rq, const std::string &pos, const json::Value &body,
                                   std::int64_t nowMs)
{
    const std::string &org = s.user.organizationId;
    if (rq.method == "GET")
        return reply(toJson(read(*pool.acquire(), org, pos)));
    if (rq.method != "PUT")
        return error(405, "method_not_allowed", "Метод не поддерживается");
    if (!auth::mayWrite(s.user.role, auth::Area::Settings))
        return error(403, "forbidden", "Недостаточно прав для изменения");
    Settings wanted;
    if (auto why = parse(body, wanted))
        return error(400, "validation", *why);
    json::Value data = toJson(wanted);
    data.set("point_of_sale_id", pos);
    store.putItems(org, {{"discount_settings", pos, std::move(data)}});
    auto c = pool.acquire();
    audit(*c, s, "discount_settings.update", pos, nowMs);
    return reply(toJson(read(*c, org, pos)));
}

} // namespace cabinet::owner
