// The owner API over HTTP against a running prilavok-cabinet: session cookie and CSRF, and the line
// between organisations and points of sale — another organisation's document, a point of sale the
// user may not see, an expired session, a state-changing call without the CSRF header.

#include "../reports/v2docs.h"
#include "support/fixture.h"

#include "cabinet/auth/password.h"
#include "cabinet/db/connection.h"
#include "cabinet/util/crypto.h"

namespace cabinet::test {

class OwnerApi : public CabinetTest
{
protected:
    void SetUp() override
    {
        CabinetTest::SetUp();
        if (IsSkipped())
            return;
        ASSERT_TRUE(crypto::init());
        shop = h->createShop("Ромашка");
        other = h->createShop("Чужой магазин");
        ASSERT_NE(h->start(), 0);
        http = std::make_unique<HttpClient>(h->port());
        const std::string token = h->activate(shop.code);
        auto docs = v2::shiftOfDocuments("5a1e0000-0000-4000-8000-000000000009", sale, late);
        auto pushed = http->post("/api/v1/documents:batch", makeBatch(docs), token);
        ASSERT_EQ(pushed.status, 200) << pushed.body;
        db = db::open(h->connectionString());
        hash = auth::hashPassword(kPassword);
        addUser("owner@a.ru", shop.org, "owner", true);
        addUser("owner@b.ru", other.org, "owner", true);
        // A second point of sale of shop A; the accountant may see only it.
        otherPos = crypto::newUuid();
        db->query(
            "INSERT INTO points_of_sale (organization_id, id, name, created_at) VALUES ($1, $2, 'Склад', 0)",
            {shop.org, otherPos});
        const std::string acc = addUser("acc@a.ru", shop.org, "accountant", false);
        db->query("INSERT INTO user_points_of_sale (user_id, organization_id, point_of_sale_id) "
                  "VALUES ($1, $2, $3)",
                  {acc, shop.org, otherPos});
    }
    void TearDown() override
    {
        db.reset();
        http.reset();
        CabinetTest::TearDown();
    }
    std::string addUser(const std::string &email, const std::string &org, const std::string &role, bool all)
    {
        const std::string id = crypto::newUuid();
        db->query("INSERT INTO users (id, organization_id, email, password_hash, role, all_points_of_sale, "
                  "confirmed, created_at) VALUES ($1, $2, $3, $4, $5, $6, 1, 0)",
                  {id, org, email, hash, role, std::int64_t(all ? 1 : 0)});
        return id;
    }
    struct Login
    {
        std::string cookie, csrf;
    };
    Login login(const std::string &email)
    {
        json::Value body;
        body.set("email", email);
        body.set("password", kPassword);
        auto r = http->post("/api/owner/v1/auth/login", body);
        EXPECT_EQ(r.status, 200) << r.body;
        const std::string setCookie = r.headers["set-cookie"];
        EXPECT_NE(setCookie.find("HttpOnly"), std::string::npos);
        EXPECT_NE(setCookie.find("SameSite=Strict"), std::string::npos);
        return {setCookie.substr(0, setCookie.find(';')), r.json().stringAt("csrf_token").value_or("")};
    }
    HttpReply get(const Login &l, const std::string &path)
    {
        return http->request("GET", "/api/owner/v1" + path, {}, {}, {{"Cookie", l.cookie}});
    }
    std::size_t items(const HttpReply &r)
    {
        const json::Value *v = r.json().find("items");
        return v && v->isArray() ? v->asArray().size() : 0;
    }

    static constexpr const char *kPassword = "пароль-владельца";
    static constexpr const char *kDay = "?from=2026-12-01&to=2026-12-31";
    Shop shop, other;
    std::string sale, late, hash, otherPos;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<db::Connection> db;
};

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

} // namespace cabinet::test
