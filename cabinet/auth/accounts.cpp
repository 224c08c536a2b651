#include "cabinet/auth/accounts.h"

#include "cabinet/auth/password.h"
#include "cabinet/util/crypto.h"

#include <algorithm>
#include <cctype>

namespace cabinet::auth {

std::optional<Role> roleFromString(const std::string &s)
{
    if (s == "owner")
        return Role::Owner;
    if (s == "admin")
        return Role::Admin;
    if (s == "manager")
        return Role::Manager;
    if (s == "accountant")
        return Role::Accountant;
    return std::nullopt;
}

std::string roleName(Role r)
{
    switch (r) {
    case Role::Owner:
        return "owner";
    case Role::Admin:
        return "admin";
    case Role::Manager:
        return "manager";
    case Role::Accountant:
        break;
    }
    return "accountant";
}

bool mayWrite(Role role, Area area)
{
    switch (role) {
    case Role::Owner:
    case Role::Admin:
        return true; // the owner account itself is guarded where users are changed
    case Role::Manager:
        return area == Area::Catalog;
    case Role::Accountant:
        break;
    }
    return false;
}

reports::Scope User::scope() const
{
    reports::Scope s;
    s.organizationId = organizationId;
    s.allPointsOfSale = allPointsOfSale;
    if (!allPointsOfSale)
        s.pointsOfSale = pointsOfSale;
    return s;
}

bool validInn(const std::string &inn)
{
    if ((inn.size() != 10 && inn.size() != 12) ||
        !std::all_of(inn.begin(), inn.end(), [](unsigned char ch) { return std::isdigit(ch); }))
        return false;
    auto check = [&](const std::vector<int> &w) {
        int sum = 0;
        for (std::size_t i = 0; i < w.size(); ++i)
            sum += w[i] * (inn[i] - '0');
        return sum % 11 % 10;
    };
    if (inn.size() == 10)
        return check({2, 4, 10, 3, 5, 9, 4, 6, 8}) == inn[9] - '0';
    return check({7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) == inn[10] - '0' &&
           check({3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) == inn[11] - '0';
}

std::string normalEmail(std::string e)
{
    std::transform(e.begin(), e.end(), e.begin(), [](unsigned char ch) { return std::tolower(ch); });
    return e;
}

bool plausibleEmail(const std::string &e)
{
    const auto at = e.find('@');
    return e.size() <= 254 && at != std::string::npos && at > 0 && e.find('.', at) != std::string::npos &&
           e.find_first_of(" \r\n<>") == std::string::npos;
}

std::string issueToken(db::Connection &c, const std::string &userId, const std::string &purpose,
                       std::int64_t nowMs)
{
    const std::string token = crypto::newToken();
    c.query("INSERT INTO auth_tokens (token_hash, user_id, purpose, expires_at) VALUES ($1, $2, $3, $4)",
            {crypto::sha256Hex(token), userId, purpose, nowMs + kTokenMs});
    return token;
}

namespace {

// The user of a live, unused token of one of `purposes`, marked used.
std::optional<std::string> takeToken(db::Connection &c, const std::string &token, std::int64_t nowMs,
                                     const std::string &purposeA, const std::string &purposeB)
{
    auto rows = c.query("UPDATE auth_tokens SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL "
                        "AND expires_at > $2 AND purpose IN ($3, $4) RETURNING user_id",
                        {crypto::sha256Hex(token), nowMs, purposeA, purposeB});
    if (rows.empty())
        return std::nullopt;
    return rows[0].text(0);
}

Failure bad(std::string code, std::string message, int status = 400)
{
    return {status, std::move(code), std::move(message)};
}

} // namespace

std::optional<Failure> registerOwner(db::Connection &c, const Registration &r, std::int64_t nowMs,
                                     Registered &out)
{
    const std::string email = normalEmail(r.email);
    if (r.organizationName.empty() || r.organizationName.size() > 200)
        return bad("validation", "Укажите название организации");
    if (!validInn(r.inn))
        return bad("validation", "ИНН указан неверно");
    if (!plausibleEmail(email))
        return bad("validation", "Адрес электронной почты указан неверно");
    if (auto why = passwordProblem(r.password); !why.empty())
        return bad("validation", why);
    const std::string hash = hashPassword(r.password); // outside the transaction: it is slow
    db::Transaction tx(c, db::Tx::Write);
    if (!c.query("SELECT 1 FROM users WHERE email = $1", {email}).empty())
        return bad("conflict", "Этот адрес уже зарегистрирован", 409);
    out.organizationId = crypto::newUuid();
    out.userId = crypto::newUuid();
    c.query("INSERT INTO organizations (id, name, inn, created_at) VALUES ($1, $2, $3, $4)",
            {out.organizationId, r.organizationName, r.inn, nowMs});
    c.query("INSERT INTO users (id, organization_id, email, name, password_hash, role, created_at) "
            "VALUES ($1, $2, $3, $4, $5, 'owner', $6)",
            {out.userId, out.organizationId, email, r.name, hash, nowMs});
    out.confirmToken = issueToken(c, out.userId, "confirm", nowMs);
    tx.commit();
    return std::nullopt;
}

std::optional<Failure> confirmEmail(db::Connection &c, const std::string &token, std::int64_t nowMs)
{
    db::Transaction tx(c, db::Tx::Write);
    auto user = takeToken(c, token, nowMs, "confirm", "confirm");
    if (!user)
        return bad("bad_request", "Ссылка недействительна или устарела");
    c.query("UPDATE users SET confirmed = 1 WHERE id = $1", {*user});
    tx.commit();
    return std::nullopt;
}

std::optional<std::string> requestReset(db::Connection &c, const std::string &email, std::int64_t nowMs)
{
    db::Transaction tx(c, db::Tx::Write);
    auto rows = c.query("SELECT id FROM users WHERE email = $1", {normalEmail(email)});
    if (rows.empty())
        return std::nullopt;
    std::string token = issueToken(c, rows[0].text(0), "reset", nowMs);
    tx.commit();
    return token;
}

std::optional<Failure> resetPassword(db::Connection &c, const std::string &token,
                                     const std::string &newPassword, std::int64_t nowMs)
{
    if (auto why = passwordProblem(newPassword); !why.empty())
        return bad("validation", why);
    const std::string hash = hashPassword(newPassword);
    db::Transaction tx(c, db::Tx::Write);
    auto user = takeToken(c, token, nowMs, "reset", "invite");
    if (!user)
        return bad("bad_request", "Ссылка недействительна или устарела");
    // The link came through the mailbox, so it also proves the address.
    c.query("UPDATE users SET password_hash = $2, confirmed = 1 WHERE id = $1", {*user, hash});
    c.query("DELETE FROM owner_sessions WHERE user_id = $1", {*user});
    tx.commit();
    return std::nullopt;
}

std::optional<User> userById(db::Connection &c, const std::string &id)
{
    auto rows = c.query("SELECT id, organization_id, email, name, role, all_points_of_sale, confirmed "
                        "FROM users WHERE id = $1",
                        {id});
    if (rows.empty())
        return std::nullopt;
    const auto &r = rows[0];
    User u;
    u.id = r.text(0);
    u.organizationId = r.text(1);
    u.email = r.text(2);
    u.name = r.text(3);
    u.role = roleFromString(r.text(4)).value_or(Role::Accountant);
    u.allPointsOfSale = r.integer(5) != 0;
    u.confirmed = r.integer(6) != 0;
    for (const auto &p : c.query("SELECT point_of_sale_id FROM user_points_of_sale WHERE user_id = $1 "
                                 "AND organization_id = $2 ORDER BY point_of_sale_id",
                                 {u.id, u.organizationId}))
        u.pointsOfSale.push_back(p.text(0));
    return u;
}

} // namespace cabinet::auth
