#include "cabinet/owner/audit.h"

#include "cabinet/owner/http.h"

#include <algorithm>
#include <charconv>

namespace cabinet::owner {

void audit(db::Connection &c, const auth::Session &s, const std::string &action, const std::string &entityId,
           std::int64_t nowMs)
{
    c.query(
        "INSERT INTO audit_log (organization_id, at, user_id, action, entity_id) VALUES ($1, $2, $3, $4, $5)",
        {s.user.organizationId, nowMs, s.user.id, action, entityId});
}

api::Response auditPage(db::Connection &c, const auth::Session &s, const api::Request &rq)
{
    if (!auth::mayWrite(s.user.role, auth::Area::Users))
        return error(403, "forbidden", "Журнал изменений видят владелец и администратор");
    auto q = queryOf(rq.target);
    std::int64_t limit = 50, offset = 0;
    std::from_chars(q["limit"].data(), q["limit"].data() + q["limit"].size(), limit);
    std::from_chars(q["offset"].data(), q["offset"].data() + q["offset"].size(), offset);
    limit = std::clamp<std::int64_t>(limit, 1, 500);
    offset = std::max<std::int64_t>(offset, 0);
    // A removed user's e-mail is gone with the user; the entry stays with its id.
    auto rows = c.query("SELECT a.at, a.user_id, u.email, a.action, a.entity_id FROM audit_log a "
                        "LEFT JOIN users u ON u.id = a.user_id WHERE a.organization_id = $1 "
                        "ORDER BY a.at DESC LIMIT $2 OFFSET $3",
                        {s.user.organizationId, limit + 1, offset});
    json::Array items;
    for (std::size_t i = 0; i < rows.size() && i < std::size_t(limit); ++i) {
        const auto &r = rows[i];
        json::Value v;
        v.set("at_ms", r.integer(0));
        v.set("user_id", r.isNull(1) ? std::string() : r.text(1));
        v.set("email", r.isNull(2) ? std::string() : r.text(2));
        v.set("action", r.text(3));
        v.set("entity_id", r.text(4));
        items.push_back(std::move(v));
    }
    json::Value page;
    page.set("items", std::move(items));
    page.set("has_more", rows.size() > std::size_t(limit));
    return reply(page);
}

} // namespace cabinet::owner
