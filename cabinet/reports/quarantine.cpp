// The owner's view of the quarantine of rejected documents (table owned by cabinet/store/quarantine.h):
// limited to the organisation and the user's points of sale like every other read.

#include "cabinet/reports/queries.h"
#include "cabinet/util/clock.h"
#include "cabinet/util/crypto.h"

#include <algorithm>

namespace cabinet::reports {

namespace {

const char *const kColumns =
    "q.id, q.point_of_sale_id, q.workplace_id, (SELECT name FROM workplaces w WHERE w.organization_id = "
    "q.organization_id AND w.id = q.workplace_id), q.device_id, q.uuid, q.kind, q.reason_code, q.reason, "
    "q.detail, q.times, q.first_received_at, q.last_received_at, q.body_bytes";

json::Value entry(const db::Row &r)
{
    json::Value v;
    v.set("id", r.text(0));
    v.set("point_of_sale_id", r.isNull(1) ? json::Value() : json::Value(r.text(1)));
    json::Value workplace;
    workplace.set("id", r.textOr(2, ""));
    workplace.set("name", r.textOr(3, ""));
    v.set("workplace", std::move(workplace));
    v.set("device_id", r.text(4));
    v.set("uuid", r.text(5));
    v.set("kind", r.text(6));
    v.set("reason_code", r.text(7));
    v.set("reason", r.text(8));
    v.set("detail", r.text(9));
    v.set("times", r.integer(10));
    v.set("first_received_at_ms", r.integer(11));
    v.set("last_received_at_ms", r.integer(12));
    v.set("body_bytes", r.integer(13));
    return v;
}

Sql scoped(const Scope &scope, const std::string &select)
{
    Sql q;
    q << "SELECT " << select << " FROM rejected_documents q WHERE q.organization_id = ";
    q.bind(scope.organizationId);
    q.scopePos(scope, "q.point_of_sale_id");
    return q;
}

} // namespace

json::Value quarantine(db::Connection &c, const Scope &scope, int limit, std::int64_t offset)
{
    limit = std::clamp(limit, 1, 500);
    Sql q = scoped(scope, kColumns);
    q << " ORDER BY q.last_received_at DESC, q.id LIMIT ";
    q.bind(std::int64_t(limit) + 1) << " OFFSET ";
    q.bind(std::max<std::int64_t>(offset, 0));
    const auto rows = q.run(c);
    json::Array items;
    for (std::size_t i = 0; i < rows.size() && int(i) < limit; ++i)
        items.push_back(entry(rows[i]));
    json::Value out;
    out.set("items", std::move(items));
    out.set("has_more", rows.size() > std::size_t(limit));
    return out;
}

std::optional<json::Value> quarantined(db::Connection &c, const Scope &scope, const std::string &id)
{
    if (!crypto::isUuid(id))
        return std::nullopt;
    Sql q = scoped(scope, std::string(kColumns) + ", q.body");
    q << " AND q.id = ";
    q.bind(id);
    const auto rows = q.run(c);
    if (rows.empty())
        return std::nullopt;
    json::Value v = entry(rows[0]);
    v.set("body", rows[0].text(14));
    return v;
}

std::int64_t quarantineCount(db::Connection &c, const Scope &scope)
{
    return scoped(scope, "count(*)").run(c).at(0).integer(0);
}

} // namespace cabinet::reports
