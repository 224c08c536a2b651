// Payment methods per till role per point of sale through the owner API: the default (every role
// takes everything), a matrix set for one point and kept apart from the other point, published to
// that point's till as `payment_method` entities it pulls; bad input answers 400 in Russian and changes
// nothing; strangers get 404 and the accountant reads only.

#include "ownerapi.h"

namespace cabinet::test {

namespace {

json::Value methods(std::initializer_list<const char *> list)
{
    json::Array out;
    for (const char *m : list)
        out.emplace_back(m);
    return out;
}

json::Value matrix(json::Value cashier, json::Value senior, json::Value admin)
{
    json::Value v;
    v.set("cashier", std::move(cashier));
    v.set("senior_cashier", std::move(senior));
    v.set("administrator", std::move(admin));
    return v;
}

std::string message(const HttpReply &r)
{
    const json::Value *e = r.json().find("error");
    return e ? e->stringAt("message").value_or("") : "";
}

} // namespace

class PaymentMethods : public OwnerApi
{
protected:
    std::string path(const std::string &pos) { return "/points-of-sale/" + pos + "/payment-methods"; }
    std::int64_t catalogVersion()
    {
        return db->query("SELECT catalog_version FROM organizations WHERE id = $1", {shop.org})[0].integer(0);
    }
};

TEST_F(PaymentMethods, OwnerLimitsACashierToCashAndTheTillOfThatPointPullsIt)
{
    auto a = login("owner@a.ru");
    auto initial = get(a, path(shop.pos));
    ASSERT_EQ(initial.status, 200) << initial.body;
    const json::Value all = methods({"cash", "card", "sbp"});
    EXPECT_EQ(initial.json(), matrix(all, all, all)) << "never set: every role takes everything";

    const json::Value wanted = matrix(methods({"cash"}), methods({"card", "cash"}), all);
    auto saved = send(a, "PUT", path(shop.pos), wanted);
    ASSERT_EQ(saved.status, 200) << saved.body;
    const json::Value expected = matrix(methods({"cash"}), methods({"cash", "card"}), all);
    EXPECT_EQ(saved.json(), expected);
    EXPECT_EQ(get(a, path(shop.pos)).json(), expected);
    EXPECT_EQ(get(a, path(otherPos)).json(), matrix(all, all, all)) << "the other point keeps its own";

    auto pulled = http->get("/api/v1/changes?limit=5000", tillToken);
    ASSERT_EQ(pulled.status, 200) << pulled.body;
    std::map<std::string, json::Value> byMethod;
    for (const auto &ch : pulled.json().find("changes")->asArray())
        if (ch.stringAt("entity") == "payment_method")
            byMethod[ch.find("data")->stringAt("type").value_or("")] = *ch.find("data");
    ASSERT_EQ(byMethod.size(), 3u);
    EXPECT_EQ(byMethod["sbp"].stringAt("point_of_sale_id"), shop.pos);
    EXPECT_EQ(*byMethod["sbp"].find("roles"), methods({"owner", "administrator"}));
    EXPECT_EQ(*byMethod["card"].find("roles"), methods({"owner", "senior_cashier", "administrator"}));
    EXPECT_EQ(*byMethod["cash"].find("roles"),
              methods({"owner", "cashier", "senior_cashier", "administrator"}));
    EXPECT_EQ(get(a, "/audit").json().find("items")->asArray().at(0).stringAt("action"),
              "payment_methods.update");
}

TEST_F(PaymentMethods, BadMatrixIsRefusedInRussianAndNothingChanges)
{
    auto a = login("owner@a.ru");
    const json::Value all = methods({"cash", "card", "sbp"});
    const std::int64_t before = catalogVersion();
    auto unknownRole = matrix(all, all, all);
    unknownRole.set("courier", methods({"cash"}));
    EXPECT_EQ(message(send(a, "PUT", path(shop.pos), unknownRole)), "Неизвестная роль: courier");
    EXPECT_EQ(message(send(a, "PUT", path(shop.pos), matrix(methods({"cash", "bitcoin"}), all, all))),
              "Неизвестный способ оплаты: bitcoin (наличные — cash, карта — card, СБП — sbp)");
    json::Value missing;
    missing.set("cashier", all);
    missing.set("administrator", all);
    auto r = send(a, "PUT", path(shop.pos), missing);
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(message(r), "Укажите способы оплаты для роли «Старший кассир»");
    EXPECT_EQ(message(send(a, "PUT", path(shop.pos), matrix("cash", all, all))),
              "Роль «Кассир»: ожидается список способов оплаты");
    EXPECT_EQ(catalogVersion(), before) << "nothing reached the tills";
    EXPECT_EQ(get(a, path(shop.pos)).json(), matrix(all, all, all));
    EXPECT_EQ(get(a, "/audit").json().find("items")->asArray().size(), 0u);
}

TEST_F(PaymentMethods, StrangersGetNothingAndTheAccountantOnlyReads)
{
    auto b = login("owner@b.ru");
    auto acc = login("acc@a.ru");
    const json::Value all = methods({"cash", "card", "sbp"});
    const json::Value none = json::Array{};
    const std::int64_t before = catalogVersion();
    EXPECT_EQ(get(b, path(shop.pos)).status, 404);
    EXPECT_EQ(send(b, "PUT", path(shop.pos), matrix(none, none, none)).status, 404);
    EXPECT_EQ(get(acc, path(shop.pos)).status, 404) << "a point of sale the accountant may not see";
    EXPECT_EQ(get(acc, path(otherPos)).status, 200);
    EXPECT_EQ(send(acc, "PUT", path(otherPos), matrix(none, none, none)).status, 403);
    addUser("manager@a.ru", shop.org, "manager", true);
    auto manager = login("manager@a.ru");
    EXPECT_EQ(send(manager, "PUT", path(shop.pos), matrix(none, none, none)).status, 403);
    EXPECT_EQ(catalogVersion(), before);
    auto a = login("owner@a.ru");
    EXPECT_EQ(get(a, path(shop.pos)).json(), matrix(all, all, all));
}

} // namespace cabinet::test
