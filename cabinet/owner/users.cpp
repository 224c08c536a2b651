#include "cabinet/owner/users.h"

#include "cabinet/auth/users.h"
#include "cabinet/owner/audit.h"
#include "cabinet/owner/http.h"

namespace cabinet::owner {

namespace {

api::Response failure(const auth::Failure &f)
{
    return error(f.status, f.code, f.message);
}

json::Value userJson(const auth::User &u)
{
    json::Value v;
    v.set("id", u.id);
    v.set("email", u.email);
    v.set("name", u.name);
    v.set("role", auth::roleName(u.role));
    if (u.allPointsOfSale) {
        v.set("points_of_sale", nullptr);
    } else {
        json::Array ids;
        for (const auto &p : u.pointsOfSale)
            ids.emplace_back(p);
        v.set("points_of_sale", std::move(ids));
    }
    v.set("confirmed", u.confirmed);
    return v;
}

// {"points_of_sale": null | [ids]} into the invitation; false when the field has another shape.
bool readPoints(const json::Value &body, auth::Invitation &in)
{
    const json::Value *p = body.find("points_of_sale");
    if (!p || p->isNull()) {
        in.allPointsOfSale = true;
        return true;
    }
    if (!p->isArray())
        return false;
    in.allPointsOfSale = false;
    for (const auto &id : p->asArray()) {
        if (!id.isString())
            return false;
        in.pointsOfSale.push_back(id.asString());
    }
    return true;
}

// Roles an owner gives through the cabinet: never a second owner.
std::optional<auth::Role> grantableRole(const json::Value &body)
{
    auto role = auth::roleFromString(body.stringAt("role").value_or(""));
    if (!role || *role == auth::Role::Owner)
        return std::nullopt;
    return role;
}

void mailInvitation(const mail::Mailer &m, const std::string &to, const std::string &inviter,
                    const std::string &token)
{
    if (!m.enabled())
        return;
    m.send(to, "Приглашение в кабинет Прилавка",
           inviter + " приглашает вас в кабинет Прилавка. Чтобы войти, задайте пароль по ссылке:\n\n" +
               m.options().publicUrl + "/invite?token=" + token +
               "\n\nСсылка действует 1 час. Если вы не ждали письма, просто удалите его.");
}

api::Response invite(db::Connection &c, const mail::Mailer &m, const auth::Session &s,
                     const json::Value &body, std::int64_t now)
{
    auth::Invitation in;
    in.email = body.stringAt("email").value_or("");
    in.name = body.stringAt("name").value_or("");
    const auto role = grantableRole(body);
    if (!role)
        return error(400, "validation", "Выберите роль: администратор, менеджер или бухгалтер");
    in.role = *role;
    if (!readPoints(body, in))
        return error(400, "validation", "Торговые точки — список или null (все)");
    auth::Invited out;
    if (auto f = auth::inviteUser(c, s.user.organizationId, in, now, out))
        return failure(*f);
    audit(c, s, "user.invite", out.userId, now);
    mailInvitation(m, auth::normalEmail(in.email), s.user.name.empty() ? s.user.email : s.user.name,
                   out.token);
    return reply(userJson(*auth::userById(c, out.userId)), 201);
}

api::Response change(db::Connection &c, const auth::Session &s, const std::string &id,
                     const json::Value &body, std::int64_t now)
{
    std::optional<auth::Role> role;
    if (body.find("role")) {
        role = grantableRole(body);
        if (!role)
            return error(400, "validation", "Выберите роль: администратор, менеджер или бухгалтер");
    }
    std::optional<auth::Invitation> points;
    if (body.find("points_of_sale")) {
        points.emplace();
        if (!readPoints(body, *points))
            return error(400, "validation", "Торговые точки — список или null (все)");
    }
    if (auto f = auth::updateUser(c, s.user.organizationId, id, role, points))
        return failure(*f);
    audit(c, s, "user.update", id, now);
    return reply(userJson(*auth::userById(c, id)));
}

} // namespace

std::optional<api::Response> usersCall(db::Connection &c, const mail::Mailer &mailer, const auth::Session &s,
                                       const std::string &sessionToken, const api::Request &rq,
                                       const std::string &path, const json::Value &body, std::int64_t nowMs)
{
    if (path == "/auth/password" && rq.method == "POST") {
        if (auto f = auth::changePassword(c, s.user.id, sessionToken,
                                          body.stringAt("current_password").value_or(""),
                                          body.stringAt("new_password").value_or("")))
            return failure(*f);
        audit(c, s, "user.password", s.user.id, nowMs);
        return noContent();
    }
    if (path == "/audit" && rq.method == "GET")
        return auditPage(c, s, rq);
    const std::string base = "/staff/users";
    if (path != base && path.rfind(base + "/", 0) != 0)
        return std::nullopt;
    if (!auth::mayWrite(s.user.role, auth::Area::Users))
        return error(403, "forbidden", "Пользователями кабинета управляют владелец и администратор");
    const std::string id = path.size() > base.size() ? path.substr(base.size() + 1) : "";
    if (id.empty() && rq.method == "GET") {
        json::Array items;
        for (const auto &u : auth::listUsers(c, s.user.organizationId))
            items.push_back(userJson(u));
        return reply(json::Value(std::move(items)));
    }
    if (id.empty() && rq.method == "POST")
        return invite(c, mailer, s, body, nowMs);
    if (!id.empty() && rq.method == "PUT")
        return change(c, s, id, body, nowMs);
    if (!id.empty() && rq.method == "DELETE") {
        if (id == s.user.id)
            return error(403, "forbidden", "Себя удалить нельзя");
        if (auto f = auth::removeUser(c, s.user.organizationId, id))
            return failure(*f);
        audit(c, s, "user.delete", id, nowMs);
        return noContent();
    }
    return error(405, "method_not_allowed", "Метод не поддерживается");
}

} // namespace cabinet::owner
