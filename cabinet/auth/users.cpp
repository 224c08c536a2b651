#include "cabinet/auth/users.h"

#include "cabinet/auth/password.h"
#include "cabinet/util/crypto.h"

#include <algorithm>

namespace cabinet::auth {

namespace {

Failure bad(std::string code, std::string message, int status = 400)
{
    return {status, std::move(code), std::move(message)};
}

// Only the organisation's own points of sale may be granted: an id of another one is refused, not ignored.
std::optional<Failure> checkPoints(db::Connection &c, const std::string &org, const Invitation &in)
{
    if (in.allPointsOfSale)
        return std::nullopt;
    if (in.pointsOfSale.empty())
        return bad("validation", "Выберите хотя бы одну торговую точку");
    for (const auto &p : in.pointsOfSale)
        if (!crypto::isUuid(p) ||
            c.query("SELECT 1 FROM points_of_sale WHERE organization_id = $1 AND id = $2", {org, p}).empty())
            return bad("validation", "Торговая точка не найдена");
    return std::nullopt;
}

void writePoints(db::Connection &c, const std::string &org, const std::string &userId, const Invitation &in)
{
    c.query("DELETE FROM user_points_of_sale WHERE user_id = $1", {userId});
    c.query("UPDATE users SET all_points_of_sale = $2 WHERE id = $1",
            {userId, std::int64_t(in.allPointsOfSale ? 1 : 0)});
    if (!in.allPointsOfSale)
        for (const auto &p : in.pointsOfSale)
            c.query("INSERT INTO user_points_of_sale (user_id, organization_id, point_of_sale_id) "
                    "VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                    {userId, org, p});
}

// The user of the organisation that may be changed here: exists, belongs to it, is not the owner.
std::optional<Failure> changeable(db::Connection &c, const std::string &org, const std::string &userId)
{
    if (!crypto::isUuid(userId))
        return bad("not_found", "Пользователь не найден", 404);
    auto rows = c.query("SELECT role FROM users WHERE id = $1 AND organization_id = $2", {userId, org});
    if (rows.empty())
        return bad("not_found", "Пользователь не найден", 404);
    if (rows[0].text(0) == "owner")
        return bad("forbidden", "Владельца кабинета нельзя изменить или удалить", 403);
    return std::nullopt;
}

} // namespace

std::vector<User> listUsers(db::Connection &c, const std::string &organizationId)
{
    std::vector<User> users;
    for (const auto &r :
         c.query("SELECT id FROM users WHERE organization_id = $1 ORDER BY email", {organizationId}))
        if (auto u = userById(c, r.text(0)))
            users.push_back(std::move(*u));
    return users;
}

std::optional<Failure> inviteUser(db::Connection &c, const std::string &organizationId, const Invitation &in,
                                  std::int64_t nowMs, Invited &out)
{
    const std::string email = normalEmail(in.email);
    if (!plausibleEmail(email))
        return bad("validation", "Адрес электронной почты указан неверно");
    if (in.role == Role::Owner)
        return bad("validation", "Владелец у организации один");
    if (in.name.size() > 200)
        return bad("validation", "Имя длиннее 200 символов");
    db::Transaction tx(c, db::Tx::Write);
    if (auto why = checkPoints(c, organizationId, in))
        return why;
    if (!c.query("SELECT 1 FROM users WHERE email = $1", {email}).empty())
        return bad("conflict", "Пользователь с этим адресом уже есть", 409);
    out.userId = crypto::newUuid();
    c.query("INSERT INTO users (id, organization_id, email, name, role, created_at) "
            "VALUES ($1, $2, $3, $4, $5, $6)",
            {out.userId, organizationId, email, in.name, roleName(in.role), nowMs});
    writePoints(c, organizationId, out.userId, in);
    out.token = issueToken(c, out.userId, "invite", nowMs);
    tx.commit();
    return std::nullopt;
}

std::optional<Failure> updateUser(db::Connection &c, const std::string &organizationId,
                                  const std::string &userId, const std::optional<Role> &role,
                                  const std::optional<Invitation> &points)
{
    if (role == Role::Owner)
        return bad("validation", "Владелец у организации один");
    db::Transaction tx(c, db::Tx::Write);
    if (auto why = changeable(c, organizationId, userId))
        return why;
    if (points) {
        if (auto why = checkPoints(c, organizationId, *points))
            return why;
        writePoints(c, organizationId, userId, *points);
    }
    if (role)
        c.query("UPDATE users SET role = $2 WHERE id = $1", {userId, roleName(*role)});
    // New rights take effect at once: the user signs in again under them.
    c.query("DELETE FROM owner_sessions WHERE user_id = $1", {userId});
    tx.commit();
    return std::nullopt;
}

std::optional<Failure> removeUser(db::Connection &c, const std::string &organizationId,
                                  const std::string &userId)
{
    db::Transaction tx(c, db::Tx::Write);
    if (auto why = changeable(c, organizationId, userId))
        return why;
    for (const char *table : {"owner_sessions", "auth_tokens", "user_points_of_sale"})
        c.query(std::string("DELETE FROM ") + table + " WHERE user_id = $1", {userId});
    c.query("DELETE FROM users WHERE id = $1", {userId});
    tx.commit();
    return std::nullopt;
}

std::optional<Failure> changePassword(db::Connection &c, const std::string &userId,
                                      const std::string &keepSessionToken, const std::string &currentPassword,
                                      const std::string &newPassword)
{
    auto rows = c.query("SELECT password_hash FROM users WHERE id = $1", {userId});
    if (rows.empty() || !verifyPassword(rows[0].text(0), currentPassword))
        return bad("validation", "Текущий пароль указан неверно");
    if (auto why = passwordProblem(newPassword); !why.empty())
        return bad("validation", why);
    const std::string hash = hashPassword(newPassword); // outside the transaction: it is slow
    db::Transaction tx(c, db::Tx::Write);
    c.query("UPDATE users SET password_hash = $2 WHERE id = $1", {userId, hash});
    c.query("DELETE FROM owner_sessions WHERE user_id = $1 AND token_hash <> $2",
            {userId, crypto::sha256Hex(keepSessionToken)});
    tx.commit();
    return std::nullopt;
}

} // namespace cabinet::auth
