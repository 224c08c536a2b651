#include "cabinet/owner/audit.h"

#include "cabinet/owner/http.h"
#include "cabinet/util/crypto.h"

#include <algorithm>
#include <charconv>
#include <map>

namespace cabinet::owner {

namespace {

// Where each kind of audited thing keeps its name ($1 the organisation, $2 the id).
const std::map<std::string, std::string> &nameQueries()
{
    static const std::map<std::string, std::string> queries = {
        {"point_of_sale", "SELECT name FROM points_of_sale WHERE organization_id = $1 AND id = $2"},
        {"receipt_settings", "SELECT name FROM points_of_sale WHERE organization_id = $1 AND id = $2"},
        {"payment_methods", "SELECT name FROM points_of_sale WHERE organization_id = $1 AND id = $2"},
        {"discount_settings", "SELECT name FROM points_of_sale WHERE organization_id = $1 AND id = $2"},
        {"workplace", "SELECT name FROM workplaces WHERE organization_id = $1 AND id = $2"},
        {"legal_entity", "SELECT name FROM legal_entities WHERE organization_id = $1 AND id = $2"},
        {"user", "SELECT CASE WHEN name = '' THEN email ELSE name || ' (' || email || ')' END FROM users "
                 "WHERE organization_id = $1 AND id = $2"},
    };
    return queries;
}

std::string nameIn(const std::string &jsonText)
{
    const auto v = json::tryParse(jsonText);
    return v ? v->stringAt("name").value_or("") : std::string();
}

std::string nameNow(db::Connection &c, const std::string &org, const std::string &entity,
                    const std::string &id)
{
    if (auto it = nameQueries().find(entity); it != nameQueries().end()) {
        if (!crypto::isUuid(id))
            return {}; // these tables key by uuid; PostgreSQL would refuse anything else
        auto rows = c.query(it->second, {org, id});
        return rows.empty() || rows[0].isNull(0) ? std::string() : rows[0].text(0);
    }
    // Catalog things (products, groups, employees, units) keep their name in their JSON.
    auto rows =
        c.query("SELECT data FROM catalog_items WHERE organization_id = $1 AND entity = $2 AND id = $3 "
                "AND deleted = 0",
                {org, entity, id});
    return rows.empty() || rows[0].isNull(0) ? std::string() : nameIn(rows[0].text(0));
}

} // namespace

std::string auditName(db::Connection &c, const std::string &org, const std::string &action,
                      const std::string &entityId)
{
    if (entityId.empty())
        return {};
    const std::string entity = action.substr(0, action.find('.'));
    if (std::string name = nameNow(c, org, entity, entityId); !name.empty())
        return name;
    auto last =
        c.query("SELECT detail FROM audit_log WHERE organization_id = $1 AND entity_id = $2 AND detail IS "
                "NOT NULL ORDER BY at DESC LIMIT 1",
                {org, entityId});
    return last.empty() ? std::string() : nameIn(last[0].text(0));
}

void audit(db::Connection &c, const auth::Session &s, const std::string &action, const std::string &entityId,
           std::int64_t nowMs, std::string name)
{
    if (name.empty())
        name = auditName(c, s.user.organizationId, action, entityId);
    json::Value detail;
    detail.set("name", name);
    c.query("INSERT INTO audit_log (organization_id, at, user_id, action, entity_id, detail) "
            "VALUES ($1, $2, $3, $4, $5, $6)",
            {s.user.organizationId, nowMs, s.user.id, action, entityId, json::serialize(detail)});
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
    // One thing's history (?entity_id=), or one kind's (?entity=employee); unknown kinds find nothing.
    const std::string entityId = q["entity_id"], entity = q["entity"];
    if (!std::all_of(entity.begin(), entity.end(),
                     [](char ch) { return (ch >= 'a' && ch <= 'z') || ch == '_'; }))
        return error(400, "validation", "entity — вид объекта латинскими буквами, например employee");
    // A removed user's e-mail is gone with the user; the entry stays with its id.
    db::Params params;
    params.emplace_back(s.user.organizationId);
    params.emplace_back(entityId);
    params.emplace_back(entity.empty() ? std::string() : entity + ".%");
    params.emplace_back(limit + 1);
    params.emplace_back(offset);
    auto rows = c.query("SELECT a.at, a.user_id, u.email, a.action, a.entity_id, a.detail FROM audit_log a "
                        "LEFT JOIN users u ON u.id = a.user_id WHERE a.organization_id = $1 "
                        "AND ($2 = '' OR a.entity_id = $2) AND ($3 = '' OR a.action LIKE $3) "
                        "ORDER BY a.at DESC LIMIT $4 OFFSET $5",
                        params);
    json::Array items;
    for (std::size_t i = 0; i < rows.size() && i < std::size_t(limit); ++i) {
        const auto &r = rows[i];
        json::Value v;
        v.set("at_ms", r.integer(0));
        v.set("user_id", r.isNull(1) ? std::string() : r.text(1));
        v.set("email", r.isNull(2) ? std::string() : r.text(2));
        v.set("action", r.text(3));
        v.set("entity_id", r.text(4));
        v.set("entity_name", r.isNull(5) ? std::string() : nameIn(r.text(5)));
        items.push_back(std::move(v));
    }
    json::Value page;
    page.set("items", std::move(items));
    page.set("has_more", rows.size() > std::size_t(limit));
    return reply(page);
}

} // namespace cabinet::owner
