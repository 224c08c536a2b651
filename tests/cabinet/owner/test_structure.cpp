// The organisation's structure through the owner API, as the owner builds a new shop: a point of
// sale, a numbered workplace, an activation code a real till activates with, receipt texts the tills
// pull; cabinet users invited, changed and removed; the own password changed. Each call is also tried
// across the line: another organisation, an accountant, a user limited to another point of sale.

#include "ownerapi.h"

namespace cabinet::test {

namespace {

std::string errorCode(const HttpReply &r)
{
    const json::Value *e = r.json().find("error");
    return e ? e->stringAt("code").value_or("") : "";
}

} // namespace

TEST_F(OwnerApi, OwnerOpensAPointOfSaleAndActivatesItsTill)
{
    auto a = login("owner@a.ru");
    json::Value pos;
    pos.set("name", "Магазин на Лесной");
    pos.set("address", "г. Тверь, ул. Лесная, 5");
    auto created = send(a, "POST", "/points-of-sale", pos);
    ASSERT_EQ(created.status, 201) << created.body;
    const std::string posId = created.json().stringAt("id").value_or("");
    // The tills learn the point's name and address through the change log.
    EXPECT_EQ(db->query("SELECT 1 FROM catalog_items WHERE organization_id = $1 AND entity = 'point_of_sale' "
                        "AND id = $2",
                        {shop.org, posId})
                  .size(),
              1u);

    json::Value wp;
    wp.set("name", "Касса у входа");
    wp.set("number", std::int64_t(1));
    auto till = send(a, "POST", "/points-of-sale/" + posId + "/workplaces", wp);
    ASSERT_EQ(till.status, 201) << till.body;
    EXPECT_EQ(till.json().stringAt("type"), "stationary");
    const std::string wpId = till.json().stringAt("id").value_or("");
    wp.set("name", "Вторая касса");
    EXPECT_EQ(send(a, "POST", "/points-of-sale/" + posId + "/workplaces", wp).status, 409)
        << "two tills of one point with the same number";
    wp.set("number", std::int64_t(100));
    EXPECT_EQ(errorCode(send(a, "POST", "/points-of-sale/" + posId + "/workplaces", wp)), "validation");

    auto code = send(a, "POST", "/workplaces/" + wpId + "/activation-code", json::Object{});
    ASSERT_EQ(code.status, 201) << code.body;
    const std::string digits = code.json().stringAt("code").value_or("");
    EXPECT_EQ(digits.size(), 8u);
    EXPECT_FALSE(h->activate(digits).empty()) << "a till activates with the code the owner was given";

    auto list = get(a, "/points-of-sale");
    ASSERT_EQ(list.status, 200);
    bool seen = false;
    for (const auto &p : list.json().asArray())
        for (const auto &w : p.find("workplaces")->asArray())
            if (w.stringAt("id") == wpId) {
                seen = true;
                EXPECT_TRUE(w.find("has_till")->asBool());
                EXPECT_EQ(w.find("number")->asInt64(), 1);
            }
    EXPECT_TRUE(seen);
    auto journal = get(a, "/audit");
    ASSERT_EQ(journal.status, 200);
    EXPECT_EQ(journal.json().find("items")->asArray().at(0).stringAt("action"), "workplace.activation_code");
}

TEST_F(OwnerApi, StructureIsOutOfReachOfStrangersAndAccountants)
{
    auto a = login("owner@a.ru");
    auto b = login("owner@b.ru");
    auto acc = login("acc@a.ru");
    json::Value pos;
    pos.set("name", "Чужая точка");
    json::Value wp;
    wp.set("name", "Касса");
    EXPECT_EQ(send(b, "PUT", "/points-of-sale/" + shop.pos, pos).status, 404);
    EXPECT_EQ(send(b, "POST", "/points-of-sale/" + shop.pos + "/workplaces", wp).status, 404);
    EXPECT_EQ(send(b, "PUT", "/workplaces/" + shop.workplace, wp).status, 404);
    EXPECT_EQ(send(b, "POST", "/workplaces/" + shop.workplace + "/activation-code", json::Object{}).status,
              404);
    EXPECT_EQ(get(b, "/points-of-sale/" + shop.pos + "/receipt-settings").status, 404);
    EXPECT_EQ(send(acc, "POST", "/points-of-sale", pos).status, 403);
    EXPECT_EQ(send(acc, "PUT", "/points-of-sale/" + otherPos, pos).status, 403);
    // The accountant sees only the other point of sale: this one does not exist for them.
    EXPECT_EQ(send(acc, "POST", "/workplaces/" + shop.workplace + "/activation-code", json::Object{}).status,
              404);
    EXPECT_EQ(get(acc, "/points-of-sale/" + shop.pos + "/receipt-settings").status, 404);
    EXPECT_EQ(get(acc, "/audit").status, 403);
    EXPECT_EQ(
        db->query("SELECT count(*) FROM activation_codes WHERE organization_id = $1 AND workplace_id = $2 "
                  "AND used_at IS NULL",
                  {shop.org, shop.workplace})[0]
            .integer(0),
        0)
        << "the harness's own code was used at set-up; the refused calls issued none";
    EXPECT_EQ(db->query("SELECT name FROM points_of_sale WHERE id = $1", {shop.pos})[0].text(0),
              "Ромашка main");
    EXPECT_EQ(get(a, "/audit").json().find("items")->asArray().size(), 0u) << "nothing was changed";
}

TEST_F(OwnerApi, ReceiptTextsAreCheckedAndReachTheTills)
{
    auto a = login("owner@a.ru");
    auto initial = get(a, "/points-of-sale/" + shop.pos + "/receipt-settings");
    ASSERT_EQ(initial.status, 200) << initial.body;
    EXPECT_EQ(initial.json().stringAt("name"), "Ромашка main") << "until written, the point's own name";
    json::Value texts;
    texts.set("name", "Магазин «Ромашка»");
    texts.set("address", "г. Тверь, ул. Лесная, 5");
    texts.set("phone", "+7 (4822) 00-00-00");
    texts.set("footer", std::string(341, 'x'));
    auto tooLong = send(a, "PUT", "/points-of-sale/" + shop.pos + "/receipt-settings", texts);
    EXPECT_EQ(tooLong.status, 400);
    EXPECT_EQ(tooLong.json().find("error")->stringAt("message"), "Текст внизу чека длиннее 340 символов");
    texts.set("footer", "Спасибо за покупку! Ждём вас снова.");
    auto saved = send(a, "PUT", "/points-of-sale/" + shop.pos + "/receipt-settings", texts);
    ASSERT_EQ(saved.status, 200) << saved.body;
    EXPECT_EQ(saved.json().stringAt("footer"), "Спасибо за покупку! Ждём вас снова.");
    auto stored =
        db->query("SELECT data FROM catalog_items WHERE organization_id = $1 AND entity = 'receipt_text' "
                  "AND id = $2",
                  {shop.org, shop.pos});
    ASSERT_EQ(stored.size(), 1u);
    const auto data = json::tryParse(stored[0].text(0));
    ASSERT_TRUE(data);
    EXPECT_EQ(data->stringAt("point_of_sale_id"), shop.pos) << "the till takes only its own point's texts";
    EXPECT_EQ(data->stringAt("store_name"), "Магазин «Ромашка»");
    auto acc = login("acc@a.ru");
    EXPECT_EQ(send(acc, "PUT", "/points-of-sale/" + otherPos + "/receipt-settings", texts).status, 403);
}

TEST_F(OwnerApi, CabinetUsersAreInvitedChangedAndRemovedByTheOwner)
{
    auto a = login("owner@a.ru");
    json::Value invite;
    invite.set("email", "kassa@a.ru");
    invite.set("role", "manager");
    invite.set("points_of_sale", json::Array{json::Value(otherPos)});
    auto invited = send(a, "POST", "/staff/users", invite);
    ASSERT_EQ(invited.status, 201) << invited.body;
    const std::string id = invited.json().stringAt("id").value_or("");
    EXPECT_EQ(invited.json().find("points_of_sale")->asArray().size(), 1u);
    EXPECT_EQ(send(a, "POST", "/staff/users", invite).status, 409);
    invite.set("email", "chuzhoy@a.ru");
    invite.set("points_of_sale", json::Array{json::Value(other.pos)});
    EXPECT_EQ(send(a, "POST", "/staff/users", invite).status, 400) << "another organisation's point of sale";
    invite.set("role", "owner");
    invite.set("points_of_sale", nullptr);
    EXPECT_EQ(send(a, "POST", "/staff/users", invite).status, 400) << "one owner per organisation";

    auto users = get(a, "/staff/users");
    ASSERT_EQ(users.status, 200);
    EXPECT_EQ(users.json().asArray().size(), 3u) << "owner, accountant, the invited manager";
    auto b = login("owner@b.ru");
    EXPECT_EQ(get(b, "/staff/users").json().asArray().size(), 1u);
    json::Value role;
    role.set("role", "admin");
    EXPECT_EQ(send(b, "PUT", "/staff/users/" + id, role).status, 404);
    EXPECT_EQ(send(b, "DELETE", "/staff/users/" + id, json::Object{}).status, 404);
    auto acc = login("acc@a.ru");
    EXPECT_EQ(get(acc, "/staff/users").status, 403);
    EXPECT_EQ(send(acc, "PUT", "/staff/users/" + id, role).status, 403);

    auto changed = send(a, "PUT", "/staff/users/" + id, role);
    ASSERT_EQ(changed.status, 200) << changed.body;
    EXPECT_EQ(changed.json().stringAt("role"), "admin");
    EXPECT_EQ(changed.json().find("points_of_sale")->asArray().size(), 1u) << "points kept when not sent";
    const std::string ownerId = get(a, "/me").json().find("user")->stringAt("id").value_or("");
    EXPECT_EQ(send(a, "DELETE", "/staff/users/" + ownerId, json::Object{}).status, 403);
    EXPECT_EQ(send(a, "DELETE", "/staff/users/" + id, json::Object{}).status, 204);
    EXPECT_EQ(get(a, "/staff/users").json().asArray().size(), 2u);
}

TEST_F(OwnerApi, OwnPasswordChangeEndsTheOtherSessionsOnly)
{
    auto here = login("acc@a.ru");
    auto elsewhere = login("acc@a.ru");
    json::Value change;
    change.set("current_password", "не тот пароль");
    change.set("new_password", "новый-пароль-бухгалтера");
    auto wrong = send(here, "POST", "/auth/password", change);
    EXPECT_EQ(wrong.status, 400);
    EXPECT_EQ(wrong.json().find("error")->stringAt("message"), "Текущий пароль указан неверно");
    change.set("current_password", kPassword);
    ASSERT_EQ(send(here, "POST", "/auth/password", change).status, 204);
    EXPECT_EQ(get(here, "/me").status, 200);
    EXPECT_EQ(get(elsewhere, "/me").status, 401);
    json::Value body;
    body.set("email", "acc@a.ru");
    body.set("password", "новый-пароль-бухгалтера");
    EXPECT_EQ(http->post("/api/owner/v1/auth/login", body).status, 200);
}

TEST_F(OwnerApi, SalesGroupsCarryNamesAPersonReads)
{
    auto a = login("owner@a.ru");
    // The cashier of the pushed shift as the catalog knows them (the tills pulled this employee).
    db->query("INSERT INTO catalog_items (organization_id, entity, id, version, data) "
              "VALUES ($1, 'employee', 'e0000000-0000-4000-8000-000000000001', 1, $2)",
              {shop.org, std::string(R"({"name": "Анна Петрова", "role": "cashier"})")});
    auto byPos = get(a, std::string("/sales") + kDay + "&by=point_of_sale");
    ASSERT_EQ(byPos.status, 200) << byPos.body;
    ASSERT_EQ(byPos.json().asArray().size(), 1u);
    EXPECT_EQ(byPos.json().asArray()[0].stringAt("name"), "Ромашка main");
    auto byCashier = get(a, std::string("/sales") + kDay + "&by=cashier");
    ASSERT_EQ(byCashier.status, 200);
    ASSERT_FALSE(byCashier.json().asArray().empty());
    EXPECT_EQ(byCashier.json().asArray()[0].stringAt("name"), "Анна Петрова");
    auto b = login("owner@b.ru");
    EXPECT_TRUE(get(b, std::string("/sales") + kDay + "&by=cashier").json().asArray().empty())
        << "a stranger's grouping names nobody of ours";
    EXPECT_EQ(get(a, std::string("/sales") + kDay + "&by=everything").status, 400);
}

TEST_F(OwnerApi, RolesSayWhatEachMayDo)
{
    auto acc = login("acc@a.ru");
    auto roles = get(acc, "/staff/roles");
    ASSERT_EQ(roles.status, 200) << roles.body;
    const auto &cabinet = roles.json().find("cabinet")->asArray();
    ASSERT_EQ(cabinet.size(), 4u);
    EXPECT_EQ(cabinet[3].stringAt("id"), "accountant");
    EXPECT_EQ(cabinet[3].find("rights")->asArray().size(), 2u) << "reports and exports only";
    EXPECT_EQ(cabinet[2].find("rights")->asArray().size(), 3u) << "a manager adds the catalog";
    const auto &till = roles.json().find("till")->asArray();
    ASSERT_EQ(till.size(), 3u);
    EXPECT_EQ(till[1].stringAt("name"), "Старший кассир");
}

} // namespace cabinet::test
