#include "cabinet/owner/notifications.h"

#include "cabinet/db/connection.h"
#include "cabinet/notify/settings.h"
#include "cabinet/owner/audit.h"
#include "cabinet/owner/http.h"

namespace cabinet::owner {

namespace {

api::Response organisation(db::Connection &c, const auth::Session &s, const api::Request &rq,
                           const json::Value &body, std::int64_t nowMs)
{
    const std::string &org = s.user.organizationId;
    notify::Settings settings = notify::load(c, org);
    if (rq.method == "GET")
        return reply(settings.toJson());
    if (rq.method != "PUT")
        return error(405, "method_not_allowed", "Метод не поддерживается");
    if (!auth::mayWrite(s.user.role, auth::Area::Settings))
        return error(403, "forbidden", "Недостаточно прав для изменения");
    if (auto why = notify::apply(body, settings))
        return error(400, "validation", *why);
    db::Transaction tx(c, db::Tx::Write);
    notify::save(c, org, settings, nowMs);
    audit(c, s, "notification_settings.update", org, nowMs, "Уведомления");
    tx.commit();
    return reply(settings.toJson());
}

json::Value mine(db::Connection &c, const auth::Session &s)
{
    json::Value v;
    v.set("receive_emails", notify::receivesEmail(c, s.user.id));
    return v;
}

api::Response personal(db::Connection &c, const auth::Session &s, const api::Request &rq,
                       const json::Value &body, std::int64_t nowMs)
{
    if (rq.method == "GET")
        return reply(mine(c, s));
    if (rq.method != "PUT")
        return error(405, "method_not_allowed", "Метод не поддерживается");
    for (const auto &[key, value] : body.asObject())
        if (key != "receive_emails")
            return error(400, "validation", "Неизвестное поле: " + key);
    const json::Value *on = body.find("receive_emails");
    if (!on || !on->isBool())
        return error(400, "validation", "receive_emails: ожидается true или false");
    db::Transaction tx(c, db::Tx::Write);
    notify::setReceivesEmail(c, s.user.id, on->asBool());
    audit(c, s, on->asBool() ? "user.notifications_on" : "user.notifications_off", s.user.id, nowMs);
    tx.commit();
    return reply(mine(c, s));
}

} // namespace

std::optional<api::Response> notificationsCall(db::Connection &c, const auth::Session &s,
                                               const api::Request &rq, const std::string &path,
                                               const json::Value &body, std::int64_t nowMs)
{
    if (path == "/notification-settings")
        return organisation(c, s, rq, body, nowMs);
    if (path == "/me/notifications")
        return personal(c, s, rq, body, nowMs);
    return std::nullopt;
}

} // namespace cabinet::owner
