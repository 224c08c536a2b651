// Login with throttling, the session lookup behind every owner call, logout.

#include "cabinet/auth/accounts.h"

#include "cabinet/auth/password.h"
#include "cabinet/util/crypto.h"

#include <algorithm>
#include <cctype>

namespace cabinet::auth {

namespace {

std::int64_t failures(db::Connection &c, const std::string &key, std::int64_t nowMs)
{
    auto r = c.query("SELECT count(*) FROM login_failures WHERE key = $1 AND at > $2",
                     {key, nowMs - kFailureWindowMs});
    return r.empty() ? 0 : r[0].integer(0);
}

std::int64_t retryAfter(db::Connection &c, const std::string &key, std::int64_t nowMs)
{
    auto r = c.query("SELECT min(at) FROM login_failures WHERE key = $1 AND at > $2",
                     {key, nowMs - kFailureWindowMs});
    const auto oldest = r.empty() ? std::nullopt : r[0].optInteger(0);
    return oldest ? std::max<std::int64_t>(1, (*oldest + kFailureWindowMs - nowMs + 999) / 1000) : 1;
}

} // namespace

std::optional<Failure> login(db::Connection &c, const std::string &emailIn, const std::string &password,
                             const std::string &ip, std::int64_t nowMs, LoginResult &out)
{
    std::string email = emailIn;
    std::transform(email.begin(), email.end(), email.begin(),
                   [](unsigned char ch) { return std::tolower(ch); });
    const std::string accountKey = "account:" + email, ipKey = "ip:" + ip;
    if (failures(c, accountKey, nowMs) >= kAccountFailures) {
        out.retryAfterS = retryAfter(c, accountKey, nowMs);
        return Failure{429, "locked", "Слишком много неудачных попыток входа. Повторите позже"};
    }
    if (failures(c, ipKey, nowMs) >= kIpFailures) {
        out.retryAfterS = retryAfter(c, ipKey, nowMs);
        return Failure{429, "rate_limited", "Слишком много попыток входа с этого адреса. Повторите позже"};
    }
    auto rows = c.query("SELECT id, password_hash, confirmed FROM users WHERE email = $1", {email});
    // An unknown address still costs a hash, so timing does not tell which addresses exist.
    static const std::string dummy = hashPassword("-");
    const bool ok =
        rows.empty() ? (verifyPassword(dummy, password), false) : verifyPassword(rows[0].text(1), password);
    if (!ok) {
        db::Transaction tx(c, db::Tx::Write);
        c.query("INSERT INTO login_failures (key, at) VALUES ($1, $3), ($2, $3)", {accountKey, ipKey, nowMs});
        c.query("DELETE FROM login_failures WHERE at < $1", {nowMs - kFailureWindowMs});
        tx.commit();
        return Failure{401, "bad_credentials", "Неверный адрес электронной почты или пароль"};
    }
    if (rows[0].integer(2) == 0)
        return Failure{403, "unconfirmed", "Подтвердите адрес электронной почты по ссылке из письма"};
    out.sessionToken = crypto::newToken();
    out.csrfToken = crypto::newToken();
    out.expiresAtMs = nowMs + kSessionMs;
    db::Transaction tx(c, db::Tx::Write);
    c.query("INSERT INTO owner_sessions (token_hash, user_id, csrf_token, created_at, expires_at) "
            "VALUES ($1, $2, $3, $4, $5)",
            {crypto::sha256Hex(out.sessionToken), rows[0].text(0), out.csrfToken, nowMs, out.expiresAtMs});
    c.query("DELETE FROM login_failures WHERE key = $1", {accountKey});
    c.query("DELETE FROM owner_sessions WHERE expires_at <= $1", {nowMs});
    tx.commit();
    return std::nullopt;
}

std::optional<Session> session(db::Connection &c, const std::string &token, std::int64_t nowMs)
{
    if (token.empty())
        return std::nullopt;
    auto rows = c.query("SELECT user_id, csrf_token, expires_at FROM owner_sessions "
                        "WHERE token_hash = $1 AND expires_at > $2",
                        {crypto::sha256Hex(token), nowMs});
    if (rows.empty())
        return std::nullopt;
    auto user = userById(c, rows[0].text(0));
    if (!user)
        return std::nullopt;
    return Session{std::move(*user), rows[0].text(1), rows[0].integer(2)};
}

void logout(db::Connection &c, const std::string &token)
{
    c.query("DELETE FROM owner_sessions WHERE token_hash = $1", {crypto::sha256Hex(token)});
}

} // namespace cabinet::auth
