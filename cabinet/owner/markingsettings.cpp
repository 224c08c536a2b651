#include "cabinet/owner/markingsettings.h"

#include "cabinet/owner/audit.h"
#include "cabinet/owner/http.h"
#include "cabinet/store/markingsecrets.h"
#include "cabinet/store/store.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

namespace cabinet::owner {

namespace {

constexpr int kMinBudgetMs = 200, kMaxBudgetMs = 1500; // the till's own limits (app/marking)
constexpr std::size_t kMaxText = 200, kMaxSecret = 4096;
// The Честный знак product groups (`groupIds`) of the marking reference §4.3; 7 (medicines) is МДЛП,
// outside this check.
constexpr std::array<int, 27> kGroups{1,  2,  3,  4,  5,  6,  8,  9,  10, 12, 13, 14, 15, 16,
                                      17, 19, 20, 21, 22, 23, 26, 32, 33, 35, 37, 43, 45};

struct Plain
{
    std::string mode = "tspiot", tspiotUrl, clientId, lmUrl, lmLogin;
    std::set<int> strictGroups;
    int budgetMs = kMaxBudgetMs;
};

using Secrets = MarkingSecrets;

// The first thing wrong: the field and a Russian message.
struct Problem
{
    std::string field, message;
};

bool knownGroup(std::int64_t id)
{
    return std::find(kGroups.begin(), kGroups.end(), id) != kGroups.end();
}

Plain readPlain(db::Connection &c, const std::string &org, const std::string &pos)
{
    Plain p;
    auto rows = c.query("SELECT data FROM catalog_items WHERE organization_id = $1 AND entity = "
                        "'marking_settings' AND id = $2 AND deleted = 0",
                        {org, pos});
    const auto data = rows.empty() || rows[0].isNull(0) ? std::nullopt : json::tryParse(rows[0].text(0));
    if (!data)
        return p;
    p.mode = data->stringAt("mode").value_or("tspiot");
    p.tspiotUrl = data->stringAt("tspiot_url").value_or("");
    p.clientId = data->stringAt("client_id").value_or("");
    p.lmUrl = data->stringAt("lm_url").value_or("");
    p.lmLogin = data->stringAt("lm_login").value_or("");
    if (const json::Value *b = data->find("budget_ms"))
        p.budgetMs = int(b->asInt64().value_or(kMaxBudgetMs));
    if (const json::Value *g = data->find("strict_groups"); g && g->isArray())
        for (const auto &id : g->asArray())
            if (const auto n = id.asInt64())
                p.strictGroups.insert(int(*n));
    return p;
}

Secrets readSecrets(db::Connection &c, const std::string &org, const std::string &pos)
{
    return readMarkingSecrets(c, org, pos).value_or(Secrets{});
}

json::Array groupsJson(const std::set<int> &groups)
{
    json::Array a;
    for (int g : groups)
        a.emplace_back(g);
    return a;
}

// What the tills pull (no secrets: those are added by the pull for the point's own tills).
json::Value plainJson(const Plain &p)
{
    json::Value v;
    v.set("mode", p.mode);
    v.set("tspiot_url", p.tspiotUrl);
    v.set("client_id", p.clientId);
    v.set("lm_url", p.lmUrl);
    v.set("lm_login", p.lmLogin);
    v.set("strict_groups", groupsJson(p.strictGroups));
    v.set("budget_ms", p.budgetMs);
    return v;
}

json::Value ownerJson(const Plain &p, const Secrets &s)
{
    json::Value v = plainJson(p);
    v.set("client_token_set", !s.clientToken.empty());
    v.set("chz_token_set", !s.chzToken.empty());
    v.set("lm_password_set", !s.lmPassword.empty());
    return v;
}

// http(s)://host[:port] with an optional "/" at the end; empty is allowed (none).
bool webAddress(const std::string &url)
{
    std::string rest;
    if (url.rfind("http://", 0) == 0)
        rest = url.substr(7);
    else if (url.rfind("https://", 0) == 0)
        rest = url.substr(8);
    else
        return false;
    if (!rest.empty() && rest.back() == '/')
        rest.pop_back();
    const auto colon = rest.rfind(':');
    std::string host = rest.substr(0, colon), port = colon == std::string::npos ? "" : rest.substr(colon + 1);
    if (colon != std::string::npos) {
        if (port.empty() || port.size() > 5 || !std::all_of(port.begin(), port.end(), ::isdigit) ||
            std::stoi(port) < 1 || std::stoi(port) > 65535)
            return false;
    }
    if (host.empty() || host.front() == '.' || host.front() == '-')
        return false;
    return std::all_of(host.begin(), host.end(),
                       [](unsigned char ch) { return std::isalnum(ch) || ch == '.' || ch == '-'; });
}

std::optional<Problem> text(const json::Value &body, const char *key, std::size_t max, std::string &out)
{
    const json::Value *v = body.find(key);
    if (!v || !v->isString())
        return Problem{key, std::string("Поле ") + key + ": ожидается строка"};
    if (v->asString().size() > max)
        return Problem{key, std::string("Поле ") + key + ": не длиннее " + std::to_string(max) + " байт"};
    out = v->asString();
    return std::nullopt;
}

// A secret: absent or null keeps the stored one, a string replaces it ("" clears).
std::optional<Problem> secret(const json::Value &body, const char *key, std::string &out)
{
    const json::Value *v = body.find(key);
    if (!v || v->isNull())
        return std::nullopt;
    if (!v->isString() || v->asString().size() > kMaxSecret)
        return Problem{key, std::string("Поле ") + key + ": ожидается строка не длиннее 4096 байт или null"};
    out = v->asString();
    return std::nullopt;
}

std::optional<Problem> parseGroups(const json::Value &body, Plain &out)
{
    const json::Value *g = body.find("strict_groups");
    if (!g || !g->isArray())
        return Problem{"strict_groups",
                       "Укажите список строгих товарных групп (strict_groups), можно пустой"};
    for (const auto &id : g->asArray()) {
        const auto n = id.asInt64();
        if (!n || !knownGroup(*n))
            return Problem{"strict_groups", "Товарной группы " +
                                                (n ? std::to_string(*n) : json::serialize(id)) +
                                                " нет в списке групп Честного знака"};
        out.strictGroups.insert(int(*n));
    }
    return std::nullopt;
}

std::optional<Problem> parsePlain(const json::Value &body, Plain &out)
{
    static const std::set<std::string> kKnown{"mode",          "tspiot_url", "client_id", "client_token",
                                              "chz_token",     "lm_url",     "lm_login",  "lm_password",
                                              "strict_groups", "budget_ms"};
    for (const auto &[key, value] : body.asObject())
        if (!kKnown.count(key))
            return Problem{key, "Неизвестное поле: " + key};
    const json::Value *mode = body.find("mode");
    if (!mode || !mode->isString() || (mode->asString() != "tspiot" && mode->asString() != "legacy"))
        return Problem{"mode", "Режим: tspiot (через ТС ПИоТ) или legacy (Честный знак и ЛМ ЧЗ)"};
    out.mode = mode->asString();
    for (auto [key, field] : {std::pair{"tspiot_url", &out.tspiotUrl}, std::pair{"client_id", &out.clientId},
                              std::pair{"lm_url", &out.lmUrl}, std::pair{"lm_login", &out.lmLogin}})
        if (auto p = text(body, key, kMaxText, *field))
            return p;
    if (!out.tspiotUrl.empty() && !webAddress(out.tspiotUrl))
        return Problem{"tspiot_url", "Адрес ТС ПИоТ «" + out.tspiotUrl +
                                         "» — не веб-адрес; укажите его как https://хост:порт"};
    if (!out.lmUrl.empty() && !webAddress(out.lmUrl))
        return Problem{"lm_url",
                       "Адрес ЛМ ЧЗ «" + out.lmUrl + "» — не веб-адрес; укажите его как http://хост:порт"};
    const json::Value *budget = body.find("budget_ms");
    const auto ms = budget ? budget->asInt64() : std::nullopt;
    if (!ms || *ms < kMinBudgetMs || *ms > kMaxBudgetMs)
        return Problem{"budget_ms", "Время на проверку кода — целое число миллисекунд от 200 до 1500"};
    out.budgetMs = int(*ms);
    return parseGroups(body, out);
}

api::Response invalid(const Problem &p)
{
    json::Value e;
    e.set("code", "validation");
    e.set("message", p.message);
    e.set("field", p.field);
    json::Value v;
    v.set("error", std::move(e));
    api::Response r = reply(v, 400);
    r.errorCode = "validation";
    return r;
}

api::Response put(db::Pool &pool, Store &store, const auth::Session &s, const std::string &pos,
                  const json::Value &body, std::int64_t nowMs)
{
    const std::string &org = s.user.organizationId;
    if (!body.isObject())
        return invalid({"", "Ожидается объект с настройками маркировки"});
    Plain wanted;
    if (auto p = parsePlain(body, wanted))
        return invalid(*p);
    Secrets secrets = readSecrets(*pool.acquire(), org, pos);
    for (auto [key, field] :
         {std::pair{"client_token", &secrets.clientToken}, std::pair{"chz_token", &secrets.chzToken},
          std::pair{"lm_password", &secrets.lmPassword}})
        if (auto p = secret(body, key, *field))
            return invalid(*p);
    if (wanted.mode == "tspiot" && !wanted.tspiotUrl.empty() && wanted.clientId.empty())
        return invalid({"client_id", "Укажите идентификатор клиента программы в ТС ПИоТ"});
    if (wanted.mode == "tspiot" && !wanted.tspiotUrl.empty() && secrets.clientToken.empty())
        return invalid({"client_token", "Укажите токен клиента программы в ТС ПИоТ"});
    // The secrets first, then the item the tills pull: its new version carries them to the tills.
    writeMarkingSecrets(*pool.acquire(), org, pos, secrets, nowMs);
    json::Value data = plainJson(wanted);
    data.set("point_of_sale_id", pos);
    data.set("secrets_revision", nowMs); // a secret alone changed: the item still differs
    store.putItems(org, {{"marking_settings", pos, std::move(data)}});
    auto c = pool.acquire();
    audit(*c, s, "marking_settings.update", pos, nowMs); // never the values: secrets stay out of the log
    return reply(ownerJson(readPlain(*c, org, pos), readSecrets(*c, org, pos)));
}

} // namespace

api::Response markingSettingsCall(db::Pool &pool, Store &store, const auth::Session &s,
                                  const api::Request &rq, const std::string &pos, const json::Value &body,
                                  std::int64_t nowMs)
{
    const std::string &org = s.user.organizationId;
    if (rq.method == "GET") {
        auto c = pool.acquire();
        return reply(ownerJson(readPlain(*c, org, pos), readSecrets(*c, org, pos)));
    }
    if (rq.method != "PUT")
        return error(405, "method_not_allowed", "Метод не поддерживается");
    if (!auth::mayWrite(s.user.role, auth::Area::Settings))
        return error(403, "forbidden", "Недостаточно прав для изменения");
    return put(pool, store, s, pos, body, nowMs);
}

} // namespace cabinet::owner
