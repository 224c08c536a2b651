#pragma once

// The owner API's test fixture: a running prilavok-cabinet with two shops (A with a pushed shift, B a
// stranger), their owners, and an accountant of A limited to A's second point of sale.

#include "../reports/v2docs.h"
#include "ownerlogin.h"
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
        tillToken = h->activate(shop.code);
        auto docs = v2::shiftOfDocuments("5a1e0000-0000-4000-8000-000000000009", sale, late);
        auto pushed = http->post("/api/v1/documents:batch", makeBatch(docs), tillToken);
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
    using Login = OwnerLogin;
    Login login(const std::string &email) { return ownerLogin(*http, email, kPassword); }
    HttpReply get(const Login &l, const std::string &path)
    {
        return http->request("GET", "/api/owner/v1" + path, {}, {}, {{"Cookie", l.cookie}});
    }
    HttpReply send(const Login &l, const std::string &method, const std::string &path,
                   const json::Value &body)
    {
        return ownerCall(*http, l, method, path, json::serialize(body));
    }
    std::size_t items(const HttpReply &r)
    {
        const json::Value *v = r.json().find("items");
        return v && v->isArray() ? v->asArray().size() : 0;
    }

    static constexpr const char *kPassword = "пароль-владельца";
    static constexpr const char *kDay = "?from=2026-12-01&to=2026-12-31";
    Shop shop, other;
    std::string sale, late, hash, otherPos, tillToken; // tillToken: shop A's till, for pulls
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<db::Connection> db;
};

} // namespace cabinet::test
