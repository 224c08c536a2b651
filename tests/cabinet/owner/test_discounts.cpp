// Discount settings per point of sale through the owner API: the till's default (on, 50 % for every
// role), a per-role cap set for one point and kept apart from the other point, published to that
// point's till as the `discount_settings` entity it pulls; bad input (unknown fields or roles, a
// percent out of 0..100 or not whole, a missing role) answers 400 in Russian and changes nothing;
// strangers get 404 and the accountant reads only.

#include "ownerapi.h"

namespace cabinet::test {

namespace {

json::Value settings(bool enabled, json::Value cashier, json::Value senior, json::Value admin)
{
    json::Value caps;
    caps.set("cashier", std::move(cashier));
    caps.set("senior_cashier", std::move(senior));
    caps.set("administrator", std::move(admin));
    json::Value v;
    v.set("enabled", enabled);
    v.set("max_percent", std::move(caps));
    return v;
}

json::Value caps(int cashier, int senior, int admin, bool enabled = true)
{
    return settings(enabled, std::int64_t(cashier), std::int64_t(senior), std::int64_t(admin));
}

std::string message(const HttpReply &r)
{
    const json::Value *e = r.json().find("error");
    return e ? e->stringAt("message").value_or("") : "";
}

} // namespace

class DiscountSettings : public OwnerApi
{
protected:
    std::string path(const std::string &pos) { return "/points-of-sale/" + pos + "/discount-settings"; }
    std::int64_t catalogVersion()
    {
        return db->query("SELECT catalog_version FROM organizations WHERE id = $1", {shop.org})[0].integer(0);
    }
};

TEST_F(DiscountSettings, OwnerCapsTheCashierAndTheTillOfThatPointPullsIt)
{
    auto a = login("owner@a.ru");
    auto initial = get(a, path(shop.pos));
    ASSERT_EQ(initial.status, 200) << initial.body;
    EXPECT_EQ(initial.json(), caps(50, 50, 50)) << "never set: the till's own default";

    auto saved = send(a, "PUT", path(shop.pos), caps(10, 20, 100));
    ASSERT_EQ(saved.status, 200) << saved.body;
    EXPECT_EQ(saved.json(), caps(10, 20, 100));
    EXPECT_EQ(get(a, path(shop.pos)).json(), caps(10, 20, 100));
    EXPECT_EQ(get(a, path(otherPos)).json(), caps(50, 50, 50)) << "the other point keeps its own";
    ASSERT_EQ(send(a, "PUT", path(otherPos), caps(0, 0, 5, false)).status, 200);
    EXPECT_EQ(get(a, path(otherPos)).json(), caps(0, 0, 5, false));

    auto pulled = http->get("/api/v1/changes?limit=5000", tillToken);
    ASSERT_EQ(pulled.status, 200) << pulled.body;
    std::map<std::string, json::Value> byPoint;
    for (const auto &ch : pulled.json().find("changes")->asArray())
        if (ch.stringAt("entity") == "discount_settings")
            byPoint[ch.stringAt("id").value_or("")] = *ch.find("data");
    ASSERT_EQ(byPoint.size(), 2u);
    const json::Value &own = byPoint[shop.pos];
    EXPECT_EQ(own.stringAt("point_of_sale_id"), shop.pos);
    EXPECT_TRUE(own.find("enabled")->asBool());
    EXPECT_EQ(own.find("max_percent")->find("cashier")->asInt64(), 10);
    EXPECT_EQ(own.find("max_percent")->find("senior_cashier")->asInt64(), 20);
    EXPECT_EQ(own.find("max_percent")->find("administrator")->asInt64(), 100);
    EXPECT_EQ(byPoint[otherPos].stringAt("point_of_sale_id"), otherPos);

    const auto items = get(a, "/audit?entity_id=" + shop.pos).json().find("items")->asArray();
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items.at(0).stringAt("action"), "discount_settings.update");
}

TEST_F(DiscountSettings, BadSettingsAreRefusedInRussianAndNothingChanges)
{
    auto a = login("owner@a.ru");
    const std::int64_t before = catalogVersion();
    auto unknownField = caps(10, 20, 30);
    unknownField.set("bonus", true);
    auto r = send(a, "PUT", path(shop.pos), unknownField);
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(message(r), "Неизвестное поле: bonus");
    auto unknownRole = caps(10, 20, 30);
    json::Value withCourier = *unknownRole.find("max_percent");
    withCourier.set("courier", std::int64_t(5));
    unknownRole.set("max_percent", withCourier);
    EXPECT_EQ(message(send(a, "PUT", path(shop.pos), unknownRole)), "Неизвестная роль: courier");
    const std::string outOfRange = "Роль «Кассир»: наибольшая скидка — целое число процентов от 0 до 100";
    EXPECT_EQ(message(send(a, "PUT", path(shop.pos), caps(101, 20, 30))), outOfRange);
    EXPECT_EQ(message(send(a, "PUT", path(shop.pos), caps(-1, 20, 30))), outOfRange);
    EXPECT_EQ(message(send(a, "PUT", path(shop.pos),
                           settings(true, json::Number{"7.5"}, std::int64_t(1), std::int64_t(1)))),
              outOfRange);
    EXPECT_EQ(message(send(a, "PUT", path(shop.pos), settings(true, "10", std::int64_t(1), std::int64_t(1)))),
              outOfRange);
    json::Value missing = caps(10, 20, 30);
    json::Value two;
    two.set("cashier", std::int64_t(10));
    two.set("administrator", std::int64_t(30));
    missing.set("max_percent", two);
    EXPECT_EQ(message(send(a, "PUT", path(shop.pos), missing)),
              "Укажите наибольшую скидку для роли «Старший кассир»");
    json::Value noFlag;
    noFlag.set("max_percent", *caps(1, 2, 3).find("max_percent"));
    EXPECT_EQ(message(send(a, "PUT", path(shop.pos), noFlag)),
              "enabled: укажите, разрешены ли скидки (true или false)");
    EXPECT_EQ(catalogVersion(), before) << "nothing reached the tills";
    EXPECT_EQ(get(a, path(shop.pos)).json(), caps(50, 50, 50));
    EXPECT_EQ(get(a, "/audit").json().find("items")->asArray().size(), 0u);
}

TEST_F(DiscountSettings, StrangersGetNothingAndTheAccountantOnlyReads)
{
    auto b = login("owner@b.ru");
    auto acc = login("acc@a.ru");
    const std::int64_t before = catalogVersion();
    EXPECT_EQ(get(b, path(shop.pos)).status, 404);
    EXPECT_EQ(send(b, "PUT", path(shop.pos), caps(0, 0, 0)).status, 404);
    EXPECT_EQ(get(acc, path(shop.pos)).status, 404) << "a point of sale the accountant may not see";
    EXPECT_EQ(get(acc, path(otherPos)).status, 200);
    EXPECT_EQ(send(acc, "PUT", path(otherPos), caps(0, 0, 0)).status, 403);
    addUser("manager@a.ru", shop.org, "manager", true);
    auto manager = login("manager@a.ru");
    EXPECT_EQ(send(manager, "PUT", path(shop.pos), caps(0, 0, 0)).status, 403);
    addUser("admin@a.ru", shop.org, "admin", true);
    auto admin = login("admin@a.ru");
    EXPECT_EQ(send(admin, "PUT", path(shop.pos), caps(5, 5, 5)).status, 200);
    EXPECT_GT(catalogVersion(), before);
    auto a = login("owner@a.ru");
    EXPECT_EQ(get(a, path(shop.pos)).json(), caps(5, 5, 5));
    EXPECT_EQ(get(a, path(otherPos)).json(), caps(50, 50, 50));
}

} // namespace cabinet::test
