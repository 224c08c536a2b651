// Marking settings per point of sale through the owner API (issue 18, "Settings"): never set is the
// till's default; the owner sets them, reads them back without any secret (only whether each is set);
// a secret omitted or null stays, "" clears it; bad input answers 400 in Russian with the field and
// changes nothing; the point's till pulls the settings with the secrets, another point's till pulls
// them without; another organisation's owner gets 404 on both verbs; the roles below admin get 403.

#include "ownerapi.h"

#include <algorithm>

namespace cabinet::test {

namespace {

json::Value settings(const std::string &url = "https://127.0.0.1:50063")
{
    json::Value v;
    v.set("mode", "tspiot");
    v.set("tspiot_url", url);
    v.set("client_id", "prilavok-client-7");
    v.set("client_token", "ct-SECRET-1");
    v.set("chz_token", "chz-SECRET-2");
    v.set("lm_url", "http://10.0.0.5:5995");
    v.set("lm_login", "admin");
    v.set("lm_password", "lm-SECRET-3");
    v.set("strict_groups", json::Array{json::Value(3), json::Value(8)});
    v.set("budget_ms", 1200);
    return v;
}

std::string message(const HttpReply &r)
{
    const json::Value *e = r.json().find("error");
    return e ? e->stringAt("message").value_or("") : "";
}

std::string field(const HttpReply &r)
{
    const json::Value *e = r.json().find("error");
    return e ? e->stringAt("field").value_or("") : "";
}

} // namespace

class MarkingSettings : public OwnerApi
{
protected:
    std::string path(const std::string &pos) { return "/points-of-sale/" + pos + "/marking-settings"; }
    std::int64_t catalogVersion()
    {
        return db->query("SELECT catalog_version FROM organizations WHERE id = $1", {shop.org})[0].integer(0);
    }
    // The point's marking_settings item as the till pulls it.
    std::optional<json::Value> pulled(const std::string &token, const std::string &pos)
    {
        auto r = http->get("/api/v1/changes?limit=5000", token);
        EXPECT_EQ(r.status, 200) << r.body;
        for (const auto &ch : r.json().find("changes")->asArray())
            if (ch.stringAt("entity") == "marking_settings" && ch.stringAt("id") == pos)
                return *ch.find("data");
        return std::nullopt;
    }
};

TEST_F(MarkingSettings, OwnerSetsThemReadsNoSecretAndTheTillOfThatPointPullsThem)
{
    auto a = login("owner@a.ru");
    auto initial = get(a, path(shop.pos));
    ASSERT_EQ(initial.status, 200) << initial.body;
    EXPECT_EQ(initial.json().stringAt("mode"), "tspiot");
    EXPECT_EQ(initial.json().find("budget_ms")->asInt64(), 1500) << "never set: the till's default";
    EXPECT_FALSE(initial.json().find("client_token_set")->asBool());

    auto saved = send(a, "PUT", path(shop.pos), settings());
    ASSERT_EQ(saved.status, 200) << saved.body;
    auto read = get(a, path(shop.pos));
    for (const HttpReply *r : {&saved, &read}) {
        EXPECT_EQ(r->json().stringAt("tspiot_url"), "https://127.0.0.1:50063");
        EXPECT_EQ(r->json().stringAt("client_id"), "prilavok-client-7");
        EXPECT_EQ(r->json().stringAt("lm_url"), "http://10.0.0.5:5995");
        EXPECT_EQ(r->json().stringAt("lm_login"), "admin");
        EXPECT_EQ(*r->json().find("strict_groups"), (json::Array{json::Value(3), json::Value(8)}));
        EXPECT_EQ(r->json().find("budget_ms")->asInt64(), 1200);
        EXPECT_TRUE(r->json().find("client_token_set")->asBool());
        EXPECT_TRUE(r->json().find("chz_token_set")->asBool());
        EXPECT_TRUE(r->json().find("lm_password_set")->asBool());
        EXPECT_EQ(r->body.find("SECRET"), std::string::npos) << "no secret goes to the browser: " << r->body;
        EXPECT_FALSE(r->json().find("client_token"));
    }
    EXPECT_EQ(get(a, path(otherPos)).json().find("client_token_set")->asBool(), false) << "the other point";

    const auto own = pulled(tillToken, shop.pos);
    ASSERT_TRUE(own);
    EXPECT_EQ(own->stringAt("point_of_sale_id"), shop.pos);
    EXPECT_EQ(own->stringAt("tspiot_url"), "https://127.0.0.1:50063");
    ASSERT_TRUE(own->find("secrets")) << json::serialize(*own);
    EXPECT_EQ(own->find("secrets")->stringAt("client_token"), "ct-SECRET-1");
    EXPECT_EQ(own->find("secrets")->stringAt("chz_token"), "chz-SECRET-2");
    EXPECT_EQ(own->find("secrets")->stringAt("lm_password"), "lm-SECRET-3");
    EXPECT_EQ(
        db->query("SELECT count(*) FROM catalog_changes WHERE CAST(data AS text) LIKE '%SECRET-%'", {})[0]
            .integer(0),
        0)
        << "the change log never holds a secret";
    const auto items = get(a, "/audit?entity_id=" + shop.pos).json().find("items")->asArray();
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items.at(0).stringAt("action"), "marking_settings.update");
}

TEST_F(MarkingSettings, AnOmittedSecretStaysAnEmptyOneClearsAndAnotherPointsTillGetsNone)
{
    auto a = login("owner@a.ru");
    ASSERT_EQ(send(a, "PUT", path(otherPos), settings()).status, 200);
    json::Value next = settings("https://tspiot.local");
    next.set("client_token", nullptr);
    next.asObject().erase(std::remove_if(next.asObject().begin(), next.asObject().end(),
                                         [](const json::Member &m) { return m.first == "chz_token"; }),
                          next.asObject().end());
    next.set("lm_password", "");
    auto r = send(a, "PUT", path(otherPos), next);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_TRUE(r.json().find("client_token_set")->asBool());
    EXPECT_TRUE(r.json().find("chz_token_set")->asBool());
    EXPECT_FALSE(r.json().find("lm_password_set")->asBool());
    const auto item = pulled(tillToken, otherPos);
    ASSERT_TRUE(item) << "the till mirrors the other point's settings";
    EXPECT_EQ(item->stringAt("tspiot_url"), "https://tspiot.local");
    EXPECT_FALSE(item->find("secrets")) << "another point's secrets never reach this till";
    EXPECT_EQ(
        db->query(
              "SELECT client_token, chz_token, lm_password FROM marking_secrets WHERE point_of_sale_id = $1",
              {otherPos})[0]
            .text(1),
        "chz-SECRET-2");
}

TEST_F(MarkingSettings, BadSettingsAreRefusedInRussianWithTheFieldAndNothingChanges)
{
    auto a = login("owner@a.ru");
    const std::int64_t before = catalogVersion();
    auto refused = [&](json::Value body) { return send(a, "PUT", path(shop.pos), std::move(body)); };
    auto r = refused(settings("ftp://host"));
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(message(r), "Адрес ТС ПИоТ «ftp://host» — не веб-адрес; укажите его как https://хост:порт");
    EXPECT_EQ(field(r), "tspiot_url");
    EXPECT_EQ(field(refused(settings("https://host:99999"))), "tspiot_url");
    EXPECT_EQ(field(refused(settings("https://"))), "tspiot_url");
    json::Value lm = settings();
    lm.set("lm_url", "localhost:5995");
    EXPECT_EQ(message(refused(lm)),
              "Адрес ЛМ ЧЗ «localhost:5995» — не веб-адрес; укажите его как http://хост:порт");
    for (int ms : {199, 1501}) {
        json::Value b = settings();
        b.set("budget_ms", ms);
        r = refused(b);
        EXPECT_EQ(r.status, 400);
        EXPECT_EQ(message(r), "Время на проверку кода — целое число миллисекунд от 200 до 1500");
        EXPECT_EQ(field(r), "budget_ms");
    }
    json::Value groups = settings();
    groups.set("strict_groups", json::Array{json::Value(3), json::Value(7)});
    r = refused(groups);
    EXPECT_EQ(message(r), "Товарной группы 7 нет в списке групп Честного знака");
    EXPECT_EQ(field(r), "strict_groups");
    json::Value mode = settings();
    mode.set("mode", "offline");
    EXPECT_EQ(message(refused(mode)), "Режим: tspiot (через ТС ПИоТ) или legacy (Честный знак и ЛМ ЧЗ)");
    json::Value unknown = settings();
    unknown.set("client_token_set", true);
    EXPECT_EQ(message(refused(unknown)), "Неизвестное поле: client_token_set");
    json::Value noToken = settings();
    noToken.set("client_token", "");
    r = refused(noToken);
    EXPECT_EQ(message(r), "Укажите токен клиента программы в ТС ПИоТ");
    EXPECT_EQ(field(r), "client_token");
    EXPECT_EQ(catalogVersion(), before) << "nothing reached the tills";
    EXPECT_EQ(db->query("SELECT count(*) FROM marking_secrets", {})[0].integer(0), 0);
    EXPECT_FALSE(get(a, path(shop.pos)).json().find("client_token_set")->asBool());
}

TEST_F(MarkingSettings, StrangersGet404AndRolesBelowAdmin403)
{
    auto b = login("owner@b.ru");
    const std::int64_t before = catalogVersion();
    EXPECT_EQ(get(b, path(shop.pos)).status, 404);
    EXPECT_EQ(send(b, "PUT", path(shop.pos), settings()).status, 404);
    auto acc = login("acc@a.ru");
    EXPECT_EQ(get(acc, path(otherPos)).status, 200);
    EXPECT_EQ(send(acc, "PUT", path(otherPos), settings()).status, 403);
    addUser("manager@a.ru", shop.org, "manager", true);
    auto manager = login("manager@a.ru");
    EXPECT_EQ(send(manager, "PUT", path(shop.pos), settings()).status, 403);
    EXPECT_EQ(catalogVersion(), before);
    addUser("admin@a.ru", shop.org, "admin", true);
    EXPECT_EQ(send(login("admin@a.ru"), "PUT", path(shop.pos), settings()).status, 200);
}

} // namespace cabinet::test
