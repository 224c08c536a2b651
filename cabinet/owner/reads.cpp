// Every read runs under the session user's Scope; a point of sale outside it is "not found".

#include "cabinet/owner/reads.h"

#include "cabinet/notify/settings.h"
#include "cabinet/owner/exports.h"
#include "cabinet/owner/http.h"
#include "cabinet/owner/timezones.h"
#include "cabinet/reports/queries.h"

#include <algorithm>
#include <charconv>
#include <ctime>

namespace cabinet::owner {

namespace {

using Query = std::map<std::string, std::string>;

std::string get(const Query &q, const char *key)
{
    auto it = q.find(key);
    return it == q.end() ? std::string() : it->second;
}

std::optional<std::int64_t> integer(const std::string &s)
{
    std::int64_t v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc() || p != s.data() + s.size())
        return std::nullopt;
    return v;
}

bool isDay(const std::string &s)
{
    return s.size() == 10 && s[4] == '-' && s[7] == '-' &&
           std::all_of(s.begin(), s.end(), [](char ch) { return ch == '-' || (ch >= '0' && ch <= '9'); });
}

std::string utcDay(std::int64_t ms)
{
    std::time_t t = ms / 1000;
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

// "Today" is the shops' own day: that of the zone every point of sale in scope shares (the one point
// when narrowed to it), Moscow's when they are in several. The UTC day was a day behind in the night
// hours of every Russian shop (until 03:00 in Moscow, 10:00 in Vladivostok).
std::string todayOf(db::Connection &c, const reports::Scope &scope, std::int64_t nowMs)
{
    reports::Sql q;
    q << "SELECT DISTINCT time_zone FROM points_of_sale WHERE organization_id = ";
    q.bind(scope.organizationId);
    q.scopePos(scope, "id");
    const auto rows = q.run(c);
    const std::string zone = rows.size() == 1 ? rows[0].text(0) : std::string(kDefaultTimeZone);
    return utcDay(nowMs + std::int64_t(utcOffsetHours(zone)) * 3600 * 1000);
}

// Narrows the scope to ?point_of_sale_id= when the user may see it; false when not.
bool narrow(db::Connection &c, reports::Scope &scope, const std::string &pos)
{
    if (pos.empty())
        return true;
    if (!scope.allPointsOfSale &&
        std::find(scope.pointsOfSale.begin(), scope.pointsOfSale.end(), pos) == scope.pointsOfSale.end())
        return false;
    if (c.query("SELECT 1 FROM points_of_sale WHERE organization_id = $1 AND id = $2",
                {scope.organizationId, pos})
            .empty())
        return false;
    scope.allPointsOfSale = false;
    scope.pointsOfSale = {pos};
    return true;
}

std::optional<reports::DocumentFilter> filterOf(const Query &q, const reports::Period &period)
{
    reports::DocumentFilter f;
    f.period = period;
    f.workplaceId = get(q, "workplace_id");
    f.cashierId = get(q, "cashier_id");
    f.shiftUuid = get(q, "shift_uuid");
    f.type = get(q, "type");
    f.payment = get(q, "payment");
    f.fn = get(q, "fn");
    f.fp = get(q, "fp");
    for (auto [key, out] : {std::pair{"amount_min", &f.amountMin}, std::pair{"amount_max", &f.amountMax},
                            std::pair{"number", &f.number}, std::pair{"fd", &f.fd}}) {
        const std::string v = get(q, key);
        if (v.empty())
            continue;
        *out = integer(v);
        if (!*out)
            return std::nullopt;
    }
    if (!get(q, "sort").empty())
        f.sort = get(q, "sort");
    f.descending = get(q, "order") != "asc";
    if (auto l = integer(get(q, "limit")))
        f.limit = int(std::clamp<std::int64_t>(*l, 1, 500));
    if (auto o = integer(get(q, "offset")))
        f.offset = std::max<std::int64_t>(0, *o);
    return f;
}

// The points of sale in scope with their workplaces (for filters and the structure page).
json::Value pointsOfSale(db::Connection &c, const reports::Scope &scope)
{
    reports::Sql q;
    // A workplace with a till activated and not revoked says so: the owner sees which still need a code.
    q << "SELECT p.id, p.name, p.address, w.id, w.name, w.number, w.type, "
         "(SELECT COUNT(*) FROM devices d WHERE d.organization_id = w.organization_id "
         "AND d.workplace_id = w.id AND d.revoked_at IS NULL), p.legal_entity_id, p.time_zone "
         "FROM points_of_sale p LEFT JOIN workplaces w "
         "ON w.organization_id = p.organization_id AND w.point_of_sale_id = p.id WHERE p.organization_id = ";
    q.bind(scope.organizationId);
    q.scopePos(scope, "p.id");
    q << " ORDER BY p.name, p.id, w.number, w.name";
    std::vector<std::pair<json::Value, json::Array>> found;
    for (const auto &r : q.run(c)) {
        if (found.empty() || found.back().first.stringAt("id") != r.text(0)) {
            json::Value p;
            p.set("id", r.text(0));
            p.set("name", r.text(1));
            p.set("address", r.text(2));
            p.set("legal_entity_id", r.isNull(8) ? json::Value(nullptr) : json::Value(r.text(8)));
            p.set("time_zone", r.text(9));
            found.emplace_back(std::move(p), json::Array{});
        }
        if (!r.isNull(3)) {
            json::Value w;
            w.set("id", r.text(3));
            w.set("point_of_sale_id", r.text(0));
            w.set("name", r.textOr(4, ""));
            w.set("number", r.isNull(5) ? json::Value(nullptr) : json::Value(r.integer(5)));
            w.set("type", r.textOr(6, "stationary"));
            w.set("has_till", r.integer(7) > 0);
            found.back().second.push_back(std::move(w));
        }
    }
    json::Array out;
    for (auto &[p, workplaces] : found) {
        p.set("workplaces", std::move(workplaces));
        out.push_back(std::move(p));
    }
    return out;
}

api::Response badFilter()
{
    return error(400, "bad_request", "Неверное значение фильтра");
}

// The organisation's thresholds (notification settings), so the pages show what the e-mails say.
reports::AlertSettings alertSettings(db::Connection &c, const auth::Session &s)
{
    return notify::load(c, s.user.organizationId).alerts();
}

} // namespace

api::Response read(db::Connection &c, const auth::Session &s, const std::string &path, const Query &q,
                   std::int64_t nowMs)
{
    reports::Scope scope = s.user.scope();
    if (!narrow(c, scope, get(q, "point_of_sale_id")))
        return error(404, "not_found", "Точка продаж не найдена");
    const std::string today = todayOf(c, scope, nowMs);
    reports::Period period{get(q, "from").empty() ? today : get(q, "from"), get(q, "to")};
    if (period.to.empty())
        period.to = period.from;
    if (!isDay(period.from) || !isDay(period.to) || period.to < period.from)
        return error(400, "bad_request", "Период указан неверно (ГГГГ-ММ-ДД)");
    const std::string docPrefix = "/documents/";
    if (path == "/dashboard")
        return reply(reports::dashboard(c, scope, period, today, nowMs, alertSettings(c, s)));
    if (path == "/sales") {
        auto v = reports::sales(c, scope, period, get(q, "by"));
        if (!v)
            return error(400, "bad_request", "Неизвестная группировка");
        reports::nameGroups(c, scope, get(q, "by"), *v);
        return reply(*v);
    }
    if (path == "/documents") {
        auto f = filterOf(q, period);
        auto v = f ? reports::documents(c, scope, *f) : std::nullopt;
        return v ? reply(*v) : badFilter();
    }
    if (path.rfind(docPrefix, 0) == 0) {
        auto v = reports::document(c, scope, path.substr(docPrefix.size()));
        return v ? reply(*v) : error(404, "not_found", "Документ не найден");
    }
    if (path.rfind("/exports/", 0) == 0) {
        auto f = filterOf(q, period);
        if (!f)
            return badFilter();
        if (auto r = exportCall(c, scope, path, *f))
            return std::move(*r);
    }
    const int limit = int(std::clamp<std::int64_t>(integer(get(q, "limit")).value_or(50), 1, 500));
    if (path == "/shifts")
        return reply(reports::shifts(c, scope, period, limit, integer(get(q, "offset")).value_or(0)));
    if (path == "/points-of-sale")
        return reply(pointsOfSale(c, scope));
    if (path == "/tills")
        return reply(reports::tills(c, scope, nowMs, alertSettings(c, s)));
    if (path == "/quarantine")
        return reply(reports::quarantine(c, scope, limit, integer(get(q, "offset")).value_or(0)));
    if (path.rfind("/quarantine/", 0) == 0) {
        auto v = reports::quarantined(c, scope, path.substr(std::string("/quarantine/").size()));
        return v ? reply(*v) : error(404, "not_found", "Отклонённый документ не найден");
    }
    if (path == "/alerts")
        return reply(reports::alerts(c, scope, nowMs, alertSettings(c, s)));
    return error(404, "not_found", "Нет такого адреса");
}

} // namespace cabinet::owner
