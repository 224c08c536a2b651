// The owner API over HTTP against a running prilavok-cabinet: session cookie and CSRF, and the line
// between organisations and points of sale — another organisation's document, a point of sale the
// user may not see, an expired session, a state-changing call without the CSRF header.

#include "ownerapi.h"

namespace cabinet::test {

TEST_F(OwnerApi, OwnerReadsOwnJournalAndDocument)
{
    auto a = login("owner@a.ru");
    auto me = get(a, "/me");
    ASSERT_EQ(me.status, 200) << me.body;
    EXPECT_EQ(*me.json().find("organization")->stringAt("id"), shop.org);
    EXPECT_EQ(*me.json().find("user")->stringAt("role"), "owner");
    auto journal = get(a, std::string("/documents") + kDay);
    ASSERT_EQ(journal.status, 200) << journal.body;
    EXPECT_GT(items(journal), 0u);
    auto doc = get(a, "/documents/" + sale);
    ASSERT_EQ(doc.status, 200) << doc.body;
    EXPECT_EQ(doc.json().stringAt("uuid"), sale);
    EXPECT_EQ(get(a, std::string("/dashboard") + kDay).status, 200);
    EXPECT_EQ(get(a, "/tills").status, 200);
    EXPECT_EQ(get(a, std::string("/shifts") + kDay).status, 200);
    EXPECT_EQ(get(a, "/documents?from=вчера").json().find("error")->stringAt("code"), "bad_request");
}

TEST_F(OwnerApi, AnotherOrganisationSeesNothingOfOurs)
{
    auto b = login("owner@b.ru");
    auto doc = get(b, "/documents/" + sale);
    EXPECT_EQ(doc.status, 404);
    EXPECT_EQ(doc.json().find("error")->stringAt("message"), "Документ не найден");
    auto journal = get(b, std::string("/documents") + kDay);
    ASSERT_EQ(journal.status, 200);
    EXPECT_EQ(items(journal), 0u);
    EXPECT_EQ(get(b, std::string("/documents") + kDay + "&point_of_sale_id=" + shop.pos).status, 404);
    EXPECT_EQ(get(b, "/tills").json().asArray().size(), 0u);
    const auto theirPos = get(b, "/points-of-sale");
    ASSERT_EQ(theirPos.status, 200);
    for (const auto &p : theirPos.json().asArray())
        EXPECT_NE(p.stringAt("id"), shop.pos);
}

TEST_F(OwnerApi, UserLimitedToAnotherPointOfSaleSeesNothingOfThisOne)
{
    auto acc = login("acc@a.ru");
    EXPECT_EQ(get(acc, "/documents/" + sale).status, 404);
    auto journal = get(acc, std::string("/documents") + kDay);
    ASSERT_EQ(journal.status, 200);
    EXPECT_EQ(items(journal), 0u);
    EXPECT_EQ(get(acc, std::string("/dashboard") + kDay + "&point_of_sale_id=" + shop.pos).status, 404);
    EXPECT_EQ(get(acc, std::string("/dashboard") + kDay + "&point_of_sale_id=" + otherPos).status, 200);
    EXPECT_EQ(get(acc, "/tills").json().asArray().size(), 0u);
    auto pos = get(acc, "/points-of-sale");
    ASSERT_EQ(pos.status, 200);
    ASSERT_EQ(pos.json().asArray().size(), 1u);
    EXPECT_EQ(pos.json().asArray()[0].stringAt("id"), otherPos);
}

TEST_F(OwnerApi, NoSessionExpiredSessionAndMissingCsrfAreRefused)
{
    EXPECT_EQ(http->get("/api/owner/v1/me").status, 401);
    auto a = login("owner@a.ru");
    auto noCsrf = http->request("POST", "/api/owner/v1/auth/logout", "{}", {}, {{"Cookie", a.cookie}});
    EXPECT_EQ(noCsrf.status, 403);
    EXPECT_EQ(noCsrf.json().find("error")->stringAt("code"), "csrf");
    auto wrong = http->request("POST", "/api/owner/v1/auth/logout", "{}", {},
                               {{"Cookie", a.cookie}, {"X-CSRF-Token", a.csrf + "x"}});
    EXPECT_EQ(wrong.status, 403);
    EXPECT_EQ(get(a, "/me").status, 200) << "the refused logout ended nothing";
    auto out = http->request("POST", "/api/owner/v1/auth/logout", "{}", {},
                             {{"Cookie", a.cookie}, {"X-CSRF-Token", a.csrf}});
    EXPECT_EQ(out.status, 204);
    EXPECT_EQ(get(a, "/me").status, 401);

    auto b = login("owner@a.ru");
    db->query("UPDATE owner_sessions SET expires_at = 1");
    auto expired = get(b, std::string("/documents/") + sale);
    EXPECT_EQ(expired.status, 401);
    EXPECT_EQ(expired.json().find("error")->stringAt("code"), "unauthorized");
}

TEST_F(OwnerApi, RegisterThenLoginWaitsForConfirmation)
{
    json::Value reg;
    reg.set("organization_name", "Новая лавка");
    reg.set("inn", "7707083893");
    reg.set("email", "new@c.ru");
    reg.set("password", kPassword);
    auto r = http->post("/api/owner/v1/auth/register", reg);
    ASSERT_EQ(r.status, 201) << r.body;
    json::Value body;
    body.set("email", "new@c.ru");
    body.set("password", kPassword);
    auto l = http->post("/api/owner/v1/auth/login", body);
    EXPECT_EQ(l.status, 403);
    EXPECT_EQ(l.json().find("error")->stringAt("code"), "unconfirmed");
    body.set("password", "неверный-пароль");
    EXPECT_EQ(http->post("/api/owner/v1/auth/login", body).status, 401);
}

TEST_F(OwnerApi, ExportsCarryOnlyTheCallersDocuments)
{
    auto a = login("owner@a.ru");
    auto csv = get(a, std::string("/exports/documents.csv") + kDay);
    ASSERT_EQ(csv.status, 200) << csv.body;
    EXPECT_EQ(csv.body.rfind("\xEF\xBB\xBF", 0), 0u) << "UTF-8 with BOM";
    EXPECT_NE(csv.body.find(sale), std::string::npos);
    auto xlsx = get(a, std::string("/exports/documents.xlsx") + kDay);
    ASSERT_EQ(xlsx.status, 200);
    EXPECT_EQ(xlsx.body.rfind("PK", 0), 0u) << "a zip (XLSX) file";
    EXPECT_EQ(get(a, std::string("/exports/sales.xml") + kDay).status, 200);

    auto b = login("owner@b.ru");
    auto theirs = get(b, std::string("/exports/documents.csv") + kDay);
    ASSERT_EQ(theirs.status, 200);
    EXPECT_EQ(theirs.body.find(sale), std::string::npos) << "another organisation exports nothing of ours";
    auto acc = login("acc@a.ru");
    EXPECT_EQ(get(acc, std::string("/exports/documents.csv") + kDay).body.find(sale), std::string::npos);
}

TEST_F(OwnerApi, CatalogWritesStayInTheOrganisationAndTheRole)
{
    auto a = login("owner@a.ru");
    json::Value milk;
    milk.set("name", "Молоко 1 л");
    milk.set("price", std::int64_t(8990));
    milk.set("unit", "pcs");
    milk.set("vat", "vat10");
    auto created = send(a, "POST", "/catalog/products", milk);
    ASSERT_EQ(created.status, 201) << created.body;
    const std::string id = created.json().stringAt("id").value_or("");
    milk.set("price", std::int64_t(9990));
    auto changed = send(a, "PUT", "/catalog/products/" + id, milk);
    ASSERT_EQ(changed.status, 200) << changed.body;
    EXPECT_EQ(changed.json().find("price")->asInt64(), 9990);
    // The tills read `price` as roubles (the sync protocol): 9990 kopecks must reach them as 99.90.
    const auto stored = json::tryParse(
        db->query("SELECT data FROM catalog_items WHERE organization_id = $1 AND id = $2", {shop.org, id})
            .at(0)
            .text(0));
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->stringAt("price"), "99.90");
    EXPECT_EQ(stored->find("price_kopecks")->asInt64(), 9990);

    milk.set("price", std::int64_t(-1));
    auto bad = send(a, "PUT", "/catalog/products/" + id, milk);
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(bad.json().find("error")->stringAt("message"),
              "Цена должна быть целым числом копеек, не меньше нуля");

    milk.set("price", std::int64_t(1));
    auto acc = login("acc@a.ru");
    EXPECT_EQ(send(acc, "PUT", "/catalog/products/" + id, milk).status, 403)
        << "an accountant changes nothing";
    EXPECT_EQ(send(acc, "DELETE", "/catalog/products/" + id, json::Object{}).status, 403);
    auto b = login("owner@b.ru");
    EXPECT_EQ(send(b, "PUT", "/catalog/products/" + id, milk).status, 404)
        << "another organisation's product";
    EXPECT_EQ(send(b, "DELETE", "/catalog/products/" + id, json::Object{}).status, 404);
    EXPECT_EQ(get(b, "/catalog/products/" + id).status, 404);
    EXPECT_EQ(items(get(b, "/catalog/products")), 0u);
    auto noCsrf = http->request("POST", "/api/owner/v1/catalog/products", json::serialize(milk), {},
                                {{"Cookie", a.cookie}});
    EXPECT_EQ(noCsrf.status, 403);

    auto now = get(a, "/catalog/products/" + id);
    ASSERT_EQ(now.status, 200);
    EXPECT_EQ(now.json().find("price")->asInt64(), 9990) << "no refused write changed the price";
    EXPECT_EQ(
        db->query("SELECT count(*) FROM audit_log WHERE organization_id = $1", {shop.org})[0].integer(0), 2);
    EXPECT_EQ(send(a, "DELETE", "/catalog/products/" + id, json::Object{}).status, 204);
    EXPECT_EQ(get(a, "/catalog/products/" + id).status, 404);
}

TEST_F(OwnerApi, EmployeesAndGroupsByOwnerOnly)
{
    auto a = login("owner@a.ru");
    json::Value emp;
    emp.set("name", "Петрова А.");
    emp.set("role", "cashier");
    auto created = send(a, "POST", "/staff/employees", emp);
    ASSERT_EQ(created.status, 201) << created.body;
    EXPECT_EQ(items(get(a, "/staff/employees")), 1u);
    EXPECT_FALSE(created.json().find("has_pin")->asBool());
    emp.set("pin", "12345");
    auto badPin = send(a, "POST", "/staff/employees", emp);
    EXPECT_EQ(badPin.status, 400);
    EXPECT_EQ(badPin.json().find("error")->stringAt("message"), "PIN — ровно 6 цифр");

    // A PIN set in the cabinet reaches the tills as their own hash; the owner never reads it back.
    emp.set("pin", "123456");
    auto withPin = send(a, "POST", "/staff/employees", emp);
    ASSERT_EQ(withPin.status, 201) << withPin.body;
    EXPECT_TRUE(withPin.json().find("has_pin")->asBool());
    EXPECT_EQ(withPin.body.find("123456"), std::string::npos);
    EXPECT_EQ(withPin.body.find("pin_hash"), std::string::npos);
    const std::string empId = withPin.json().stringAt("id").value_or("");
    auto storedHash = [&] {
        return json::tryParse(
                   db->query("SELECT data FROM catalog_items WHERE id = $1", {empId}).at(0).text(0))
            ->stringAt("pin_hash")
            .value_or("");
    };
    const std::string pinHash = storedHash();
    EXPECT_TRUE(auth::verifyPassword(pinHash, "123456"));
    EXPECT_FALSE(auth::verifyPassword(pinHash, "654321"));
    json::Value renamed;
    renamed.set("name", "Петрова Анна");
    renamed.set("role", "senior_cashier");
    ASSERT_EQ(send(a, "PUT", "/staff/employees/" + empId, renamed).status, 200);
    EXPECT_EQ(storedHash(), pinHash) << "a change without a new PIN keeps the old one";
    json::Value group;
    group.set("name", "Молочное");
    EXPECT_EQ(send(a, "POST", "/catalog/groups", group).status, 201);
    auto acc = login("acc@a.ru");
    EXPECT_EQ(send(acc, "POST", "/catalog/groups", group).status, 403);
    EXPECT_EQ(items(get(acc, "/catalog/groups")), 1u);
}

} // namespace cabinet::test
