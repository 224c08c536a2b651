#include "cabinet/owner/users.h"

#include "cabinet/auth/users.h"
#include "cabinet/owner/audit.h"
#include "cabinet/owner/http.h"
#include "cabinet/owner/tillroles.h"

#include <vector>

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

// The cabinet's roles with their Russian names and what each may do (auth::mayWrite is the rule).
json::Value rolesJson()
{
    json::Array roles;
    for (auth::Role role :
         {auth::Role::Owner, auth::Role::Admin, auth::Role::Manager, auth::Role::Accountant}) {
        static const char *const names[] = {"Владелец", "Администратор", "Менеджер", "Бухгалтер"};
        json::Array rights{json::Value("reports"), json::Value("exports")};
        const std::pair<auth::Area, const char *> areas[] = {{auth::Area::Catalog, "catalog"},
                                                             {auth::Area::Staff, "staff"},
                                                             {auth::Area::Structure, "structure"},
                                                             {auth::Area::Settings, "settings"},
                                                             {auth::Area::Users, "users"}};
        for (const auto &[area, name] : areas)
            if (auth::mayWrite(role, area))
                rights.emplace_back(name);
        json::Value v;
        v.set("id", auth::roleName(role));
        v.set("name", names[int(role)]);
        v.set("rights", std::move(rights));
        roles.push_back(std::move(v));
    }
    return roles;
}

// The tills' roles as the cabinet names them (sync protocol `employee.role`) and what a till lets each
// do: the same matrix as app/staff/permissions.cpp, which is the rule; this only describes it.
json::Value tillRolesJson()
{
    const std::vector<std::string> cashier = {"sell", "view_catalog", "cash_in", "open_close_shift"};
    std::vector<std::string> senior = cashier;
    for (const char *r : {"edit_catalog", "import_catalog", "returns", "void_sale", "free_price", "discounts",
                          "cash_out", "view_reports", "corrections"})
        senior.emplace_back(r);
    std::vector<std::string> administrator = senior;
    for (const char *r : {"manage_staff", "manage_devices", "manage_settings"})
        administrator.emplace_back(r);
    const std::vector<std::string> *rightsOf[kTillRoles.size()] = {&cashier, &senior, &administrator};
    json::Array out;
    for (std::size_t i = 0; i < kTillRoles.size(); ++i) {
        const auto &[id, name] = kTillRoles[i];
        const auto *rights = rightsOf[i];
        json::Array list;
        for (const auto &r : *rights)
            list.emplace_back(r);
        json::Value v;
        v.set("id", id);
        v.set("name", name);
        v.set("rights", std::move(list));
        out.push_back(std::move(v));
    }
    return out;
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
    if (path == "/staff/roles" && rq.method == "GET") {
        json::Value v;
        v.set("till", tillRolesJson());
        v.set("cabinet", rolesJson());
        return reply(v);
    }
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
        std::string name = auditName(c, s.user.organizationId, "user.delete", id);
        if (auto f = auth::removeUser(c, s.user.organizationId, id))
            return failure(*f);
        audit(c, s, "user.delete", id, nowMs, std::move(name));
        return noContent();
    }
    return error(405, "method_not_allowed", "Метод не поддерживается");
}

} // namespace cabinet::owner
