// Owner accounts on a real database file / PostgreSQL: what cabinet/auth promises in openapi.yaml
// /auth — confirmation before login, Argon2id hashes, lockout after failures, sessions that expire,
// one-time reset links that end the old sessions, and the scope a limited user reads through.

#include "support/fixture.h"

#include "cabinet/auth/accounts.h"
#include "cabinet/db/schema.h"
#include "cabinet/util/crypto.h"

namespace cabinet::test {

class Accounts : public CabinetTest
{
protected:
    void SetUp() override
    {
        CabinetTest::SetUp();
        if (IsSkipped())
            return;
        ASSERT_TRUE(crypto::init());
        db = db::open(h->connectionString());
        db::migrate(*db);
    }
    void TearDown() override
    {
        db.reset();
        CabinetTest::TearDown();
    }
    auth::Registered registerShop(const std::string &email)
    {
        auth::Registered out;
        auto fail = auth::registerOwner(*db, {"Ромашка", "7707083893", email, kPassword, "Иван"}, now, out);
        EXPECT_FALSE(fail) << fail->message;
        return out;
    }
    std::optional<auth::Failure> loginAs(const std::string &email, const std::string &pw,
                                         auth::LoginResult &out, const std::string &ip = "10.0.0.1")
    {
        return auth::login(*db, email, pw, ip, now, out);
    }

    static constexpr const char *kPassword = "верный-пароль-1";
    std::unique_ptr<db::Connection> db;
    std::int64_t now = 1'800'000'000'000;
};

TEST_F(Accounts, RegisterConfirmLoginSession)
{
    auto reg = registerShop("Owner@Example.ru");
    auth::LoginResult lr;
    auto fail = loginAs("owner@example.ru", kPassword, lr);
    ASSERT_TRUE(fail);
    EXPECT_EQ(fail->code, "unconfirmed");
    EXPECT_EQ(fail->status, 403);

    ASSERT_FALSE(auth::confirmEmail(*db, reg.confirmToken, now));
    EXPECT_TRUE(auth::confirmEmail(*db, reg.confirmToken, now)) << "a link works once";
    ASSERT_FALSE(loginAs("OWNER@example.ru", kPassword, lr));

    auto hash = db->query("SELECT password_hash FROM users WHERE id = $1", {reg.userId});
    EXPECT_EQ(hash[0].text(0).rfind("$argon2id$", 0), 0u);
    EXPECT_TRUE(db->query("SELECT 1 FROM owner_sessions WHERE token_hash = $1", {lr.sessionToken}).empty())
        << "the session id is stored only hashed";

    auto s = auth::session(*db, lr.sessionToken, now + 1000);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->user.organizationId, reg.organizationId);
    EXPECT_EQ(s->user.role, auth::Role::Owner);
    EXPECT_EQ(s->csrfToken, lr.csrfToken);
    EXPECT_FALSE(auth::session(*db, lr.sessionToken, lr.expiresAtMs)) << "expired";
    EXPECT_FALSE(auth::session(*db, lr.sessionToken + "x", now));

    auth::logout(*db, lr.sessionToken);
    EXPECT_FALSE(auth::session(*db, lr.sessionToken, now + 1000));
}

TEST_F(Accounts, BadInputIsRefusedInRussian)
{
    registerShop("a@example.ru");
    auth::Registered out;
    auto dup = auth::registerOwner(*db, {"Другая", "7707083893", "A@example.ru", kPassword, ""}, now, out);
    ASSERT_TRUE(dup);
    EXPECT_EQ(dup->status, 409);
    auto inn = auth::registerOwner(*db, {"Другая", "7707083894", "b@example.ru", kPassword, ""}, now, out);
    ASSERT_TRUE(inn);
    EXPECT_EQ(inn->message, "ИНН указан неверно");
    auto pw = auth::registerOwner(*db, {"Другая", "500100732259", "c@example.ru", "короткий", ""}, now, out);
    ASSERT_TRUE(pw);
    EXPECT_EQ(pw->code, "validation");
    EXPECT_TRUE(auth::validInn("500100732259"));
    EXPECT_EQ(db->query("SELECT count(*) FROM users")[0].integer(0), 1);
}

TEST_F(Accounts, LockoutAfterFailuresThenWindowPasses)
{
    auto reg = registerShop("lock@example.ru");
    ASSERT_FALSE(auth::confirmEmail(*db, reg.confirmToken, now));
    auth::LoginResult lr;
    for (int i = 0; i < auth::kAccountFailures; ++i) {
        auto f = loginAs("lock@example.ru", "неверный-пароль", lr);
        ASSERT_TRUE(f);
        EXPECT_EQ(f->code, "bad_credentials");
    }
    auto locked = loginAs("lock@example.ru", kPassword, lr, "10.9.9.9");
    ASSERT_TRUE(locked) << "the right password does not open a locked account";
    EXPECT_EQ(locked->code, "locked");
    EXPECT_EQ(locked->status, 429);
    EXPECT_GT(lr.retryAfterS, 0);
    now += auth::kFailureWindowMs + 1;
    EXPECT_FALSE(loginAs("lock@example.ru", kPassword, lr));
}

TEST_F(Accounts, ManyAccountsFromOneAddressAreThrottled)
{
    auth::LoginResult lr;
    for (int i = 0; i < auth::kIpFailures; ++i)
        loginAs("nobody" + std::to_string(i) + "@example.ru", "x", lr, "192.0.2.7");
    auto reg = registerShop("ip@example.ru");
    ASSERT_FALSE(auth::confirmEmail(*db, reg.confirmToken, now));
    auto f = loginAs("ip@example.ru", kPassword, lr, "192.0.2.7");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->code, "rate_limited");
    EXPECT_FALSE(loginAs("ip@example.ru", kPassword, lr, "192.0.2.8"));
}

TEST_F(Accounts, ResetLinkSetsPasswordOnceAndEndsSessions)
{
    auto reg = registerShop("reset@example.ru");
    ASSERT_FALSE(auth::confirmEmail(*db, reg.confirmToken, now));
    auth::LoginResult old;
    ASSERT_FALSE(loginAs("reset@example.ru", kPassword, old));
    EXPECT_FALSE(auth::requestReset(*db, "unknown@example.ru", now));
    auto token = auth::requestReset(*db, "reset@example.ru", now);
    ASSERT_TRUE(token);
    ASSERT_FALSE(auth::resetPassword(*db, *token, "новый-пароль-22", now + 1000));
    EXPECT_TRUE(auth::resetPassword(*db, *token, "ещё-один-пароль", now + 2000)) << "used once";
    EXPECT_FALSE(auth::session(*db, old.sessionToken, now + 3000));
    auth::LoginResult lr;
    EXPECT_TRUE(loginAs("reset@example.ru", kPassword, lr));
    EXPECT_FALSE(loginAs("reset@example.ru", "новый-пароль-22", lr));

    auto late = auth::requestReset(*db, "reset@example.ru", now);
    EXPECT_TRUE(auth::resetPassword(*db, *late, "поздний-пароль", now + auth::kTokenMs)) << "expired";
}

TEST_F(Accounts, RolesAndPointOfSaleScope)
{
    using auth::Area;
    using auth::Role;
    EXPECT_TRUE(auth::mayWrite(Role::Manager, Area::Catalog));
    EXPECT_FALSE(auth::mayWrite(Role::Manager, Area::Staff));
    for (auto a : {Area::Catalog, Area::Staff, Area::Structure, Area::Settings, Area::Users})
        EXPECT_FALSE(auth::mayWrite(Role::Accountant, a));

    auto reg = registerShop("scope@example.ru");
    const std::string pos = crypto::newUuid(), other = crypto::newUuid(), user = crypto::newUuid();
    for (const auto &p : {pos, other})
        db->query(
            "INSERT INTO points_of_sale (organization_id, id, name, created_at) VALUES ($1, $2, 'Т', 0)",
            {reg.organizationId, p});
    db->query(
        "INSERT INTO users (id, organization_id, email, role, all_points_of_sale, confirmed, created_at) "
        "VALUES ($1, $2, 'acc@example.ru', 'accountant', 0, 1, 0)",
        {user, reg.organizationId});
    db->query(
        "INSERT INTO user_points_of_sale (user_id, organization_id, point_of_sale_id) VALUES ($1, $2, $3)",
        {user, reg.organizationId, pos});
    auto u = auth::userById(*db, user);
    ASSERT_TRUE(u);
    auto scope = u->scope();
    EXPECT_EQ(scope.organizationId, reg.organizationId);
    EXPECT_FALSE(scope.allPointsOfSale);
    EXPECT_EQ(scope.pointsOfSale, std::vector<std::string>{pos});
    EXPECT_TRUE(auth::userById(*db, reg.userId)->scope().allPointsOfSale);
}

} // namespace cabinet::test
