// Routing of /api/owner/v1: the public auth calls, then the session and CSRF gate, then the reads.

#include "cabinet/owner/api.h"

#include "cabinet/auth/accounts.h"
#include "cabinet/owner/catalog.h"
#include "cabinet/owner/http.h"
#include "cabinet/owner/legal.h"
#include "cabinet/owner/notifications.h"
#include "cabinet/owner/productimport.h"
#include "cabinet/owner/reads.h"
#include "cabinet/owner/structure.h"
#include "cabinet/owner/users.h"
#include "cabinet/util/clock.h"

#include <sodium.h>

namespace cabinet::owner {

namespace {

std::string field(const json::Value &body, const char *name)
{
    return body.stringAt(name).value_or("");
}

api::Response failure(const auth::Failure &f)
{
    return error(f.status, f.code, f.message);
}

std::string sessionCookie(const std::string &value, std::int64_t maxAgeS)
{
    return std::string(kCookie) + "=" + value +
           "; Path=/api/owner/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(maxAgeS);
}

// The session's user and organisation (its name and INN for the page header).
json::Value meJson(db::Connection &c, const auth::Session &s)
{
    json::Value user;
    user.set("id", s.user.id);
    user.set("email", s.user.email);
    user.set("name", s.user.name);
    user.set("role", auth::roleName(s.user.role));
    if (s.user.allPointsOfSale) {
        user.set("points_of_sale", nullptr);
    } else {
        json::Array ids;
        for (const auto &p : s.user.pointsOfSale)
            ids.emplace_back(p);
        user.set("points_of_sale", std::move(ids));
    }
    user.set("confirmed", s.user.confirmed);
    json::Value org;
    org.set("id", s.user.organizationId);
    const auto rows = c.query("SELECT name, inn FROM organizations WHERE id = $1", {s.user.organizationId});
    org.set("name", rows.empty() ? std::string() : rows[0].text(0));
    org.set("inn", rows.empty() ? std::string() : rows[0].text(1));
    json::Value v;
    v.set("user", std::move(user));
    v.set("organization", std::move(org));
    v.set("csrf_token", s.csrfToken);
    v.set("session_expires_at_ms", s.expiresAtMs);
    return v;
}

void mailLink(const mail::Mailer &m, const std::string &to, const std::string &subject,
              const std::string &intro, const std::string &page, const std::string &token)
{
    if (m.enabled())
        m.send(to, subject,
               intro + "\n\n" + m.options().publicUrl + page + "?token=" + token +
                   "\n\nСсылка действует 1 час. Если вы не запрашивали письмо, просто удалите его.");
}

api::Response publicCall(db::Connection &c, const mail::Mailer &m, const std::string &path,
                         const api::Request &rq, const json::Value &body, std::int64_t now)
{
    if (path == "/auth/register") {
        auth::Registered out;
        auto f = auth::registerOwner(c,
                                     {field(body, "organization_name"), field(body, "inn"),
                                      field(body, "email"), field(body, "password"), field(body, "name")},
                                     now, out);
        if (f)
            return failure(*f);
        mailLink(m, field(body, "email"), "Подтверждение адреса — Прилавок",
                 "Чтобы войти в кабинет Прилавка, подтвердите адрес по ссылке:", "/confirm",
                 out.confirmToken);
        json::Value v;
        v.set("organization_id", out.organizationId);
        v.set("user_id", out.userId);
        v.set("email_confirmation_required", true);
        return reply(v, 201);
    }
    if (path == "/auth/confirm") {
        auto f = auth::confirmEmail(c, field(body, "token"), now);
        return f ? failure(*f) : noContent();
    }
    if (path == "/auth/password-reset") {
        if (auto token = auth::requestReset(c, field(body, "email"), now))
            mailLink(m, field(body, "email"), "Восстановление пароля — Прилавок",
                     "Чтобы задать новый пароль для кабинета Прилавка, откройте ссылку:", "/reset", *token);
        return noContent();
    }
    if (path == "/auth/password-reset/confirm") {
        auto f = auth::resetPassword(c, field(body, "token"), field(body, "new_password"), now);
        return f ? failure(*f) : noContent();
    }
    // /auth/login
    auth::LoginResult lr;
    if (auto f = auth::login(c, field(body, "email"), field(body, "password"), rq.remoteIp, now, lr)) {
        api::Response r = failure(*f);
        r.retryAfterMs = lr.retryAfterS * 1000;
        return r;
    }
    auto s = auth::session(c, lr.sessionToken, now);
    api::Response r = reply(meJson(c, *s));
    r.setCookie = sessionCookie(lr.sessionToken, auth::kSessionMs / 1000);
    return r;
}

bool sameToken(const std::string &a, const std::string &b)
{
    return !a.empty() && a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace

api::Response Api::handle(const api::Request &rq)
{
    const std::string prefix = "/api/owner/v1";
    std::string path = rq.target.substr(0, rq.target.find('?'));
    if (path.rfind(prefix, 0) != 0)
        return error(404, "not_found", "Нет такого адреса");
    path = path.substr(prefix.size());
    const std::int64_t now = nowMs();
    const bool get = rq.method == "GET";
    // The catalog import's body is a file, not JSON.
    const bool fileBody = path == "/catalog/import";
    json::Value body = json::Object{};
    if (!get && !fileBody && !rq.body.empty()) {
        auto parsed = json::tryParse(rq.body);
        if (!parsed || !parsed->isObject())
            return error(400, "bad_request", "Тело запроса должно быть объектом JSON");
        body = std::move(*parsed);
    }
    std::optional<auth::Session> s;
    const std::string token = cookieValue(rq.cookie, kCookie);
    {
        auto c = m_pool.acquire();
        if (rq.method == "POST" &&
            (path == "/auth/register" || path == "/auth/confirm" || path == "/auth/login" ||
             path == "/auth/password-reset" || path == "/auth/password-reset/confirm"))
            return publicCall(*c, m_mailer, path, rq, body, now);
        s = auth::session(*c, token, now);
        if (!s)
            return error(401, "unauthorized", "Войдите в кабинет");
        if (!get && !sameToken(rq.csrfToken, s->csrfToken))
            return error(403, "csrf", "Запрос отклонён: нет подтверждения (CSRF). Обновите страницу");
        if (path == "/auth/logout" && rq.method == "POST") {
            auth::logout(*c, token);
            api::Response r = noContent();
            r.setCookie = sessionCookie("", 0);
            return r;
        }
        if (path == "/me" && get)
            return reply(meJson(*c, *s));
    } // the catalog's writes lease their own connections
    if (fileBody)
        return importProducts(m_pool, m_store, *s, rq, now);
    if (auto r = catalogCall(m_pool, m_store, *s, rq, path, body, now))
        return std::move(*r);
    if (auto r = notificationsCall(*m_pool.acquire(), *s, rq, path, body, now))
        return std::move(*r);
    if (auto r = legalCall(m_pool, m_store, *s, rq, path, body, now))
        return std::move(*r);
    if (auto r = structureCall(m_pool, m_store, *s, rq, path, body, now))
        return std::move(*r);
    if (auto r = usersCall(*m_pool.acquire(), m_mailer, *s, token, rq, path, body, now))
        return std::move(*r);
    if (get)
        return read(*m_pool.acquire(), *s, path, queryOf(rq.target), now);
    return error(404, "not_found", "Нет такого адреса");
}

} // namespace cabinet::owner
