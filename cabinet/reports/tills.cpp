// Tills, shifts and alerts: the few rows per till are read whole and judged here, where the rules
// (FN expiry, OFD backlog, silence, 24-hour shifts) are easy to read.

#include "cabinet/reports/docmodel.h"
#include "cabinet/reports/queries.h"

#include <algorithm>

namespace cabinet::reports {

namespace {

constexpr std::int64_t kDayMs = 86400000;

json::Value parsed(const db::Row &r, std::size_t i)
{
    if (r.isNull(i))
        return json::Object{};
    return json::tryParse(r.text(i)).value_or(json::Object{});
}

const json::Value &member(const json::Value &v, const char *key)
{
    static const json::Value none;
    const json::Value *m = v.find(key);
    return m ? *m : none;
}

std::optional<std::int64_t> timeMs(const json::Value &v)
{
    if (!v.isString())
        return std::nullopt;
    std::string s = v.asString();
    if (s.size() == 10)
        s += "T00:00:00Z"; // a date (FN valid-until)
    auto t = parseTime(s);
    return t ? std::optional<std::int64_t>(t->utcMs) : std::nullopt;
}

// When the drive must be replaced: its expiry, or earlier when at the current pace its document
// budget runs out first (FD numbers are sequential per drive, so max(fd) is its document count).
json::Value forecast(db::Connection &c, const std::string &org, const std::string &fn,
                     std::optional<std::int64_t> validUntil, std::int64_t nowMs, const AlertSettings &s)
{
    json::Value f;
    f.set("valid_until_ms", validUntil ? json::Value(*validUntil) : json::Value());
    std::optional<std::int64_t> full;
    if (!fn.empty()) {
        // The first and last FD of the drive, each one probe of (organization_id, fn, fd).
        auto edge = [&](const char *dir) {
            return c.query(
                std::string("SELECT fd, at FROM receipts WHERE organization_id = $1 AND fn = $2 AND "
                            "fd IS NOT NULL ORDER BY fd ") +
                    dir + " LIMIT 1",
                {org, fn});
        };
        const auto hi = edge("DESC"), lo = edge("ASC");
        std::optional<std::int64_t> maxFd, minFd, last, first;
        if (!hi.empty() && !lo.empty()) {
            maxFd = hi[0].integer(0), last = hi[0].integer(1);
            minFd = lo[0].integer(0), first = lo[0].integer(1);
        }
        f.set("documents", maxFd ? json::Value(*maxFd) : json::Value());
        if (maxFd && minFd && last && first && *last > *first && *maxFd > *minFd) {
            const double perMs = double(*maxFd - *minFd) / double(*last - *first);
            full = nowMs + std::int64_t(double(s.fnCapacityDocuments - *maxFd) / perMs);
        }
    }
    f.set("full_at_ms", full ? json::Value(*full) : json::Value());
    std::optional<std::int64_t> replace = validUntil;
    if (full && (!replace || *full < *replace))
        replace = full;
    f.set("replace_by_ms", replace ? json::Value(*replace) : json::Value());
    f.set("reason", !replace ? json::Value() : json::Value(replace == validUntil ? "expiry" : "filling"));
    return f;
}

Sql tillRows(const Scope &scope)
{
    Sql q;
    q << "SELECT d.id, d.workplace_id, w.name, w.point_of_sale_id, p.name, d.last_seen_at, d.info, d.status, "
         "d.revoked_at, d.activated_at FROM devices d JOIN workplaces w ON w.organization_id = "
         "d.organization_id "
         "AND w.id = d.workplace_id JOIN points_of_sale p ON p.organization_id = w.organization_id AND "
         "p.id = w.point_of_sale_id WHERE d.revoked_at IS NULL AND d.organization_id = ";
    q.bind(scope.organizationId);
    q.scopePos(scope, "w.point_of_sale_id");
    q << " ORDER BY p.name, w.name";
    return q;
}

json::Value alert(const char *kind, const char *severity, const json::Value &till, std::string message)
{
    json::Value a;
    a.set("kind", kind);
    a.set("severity", severity);
    a.set("device_id", till.isNull() ? json::Value() : *till.find("device_id"));
    a.set("workplace", till.isNull() ? json::Value() : *till.find("workplace"));
    a.set("point_of_sale", till.isNull() ? json::Value() : *till.find("point_of_sale"));
    a.set("message", std::move(message));
    return a;
}

} // namespace

json::Value tills(db::Connection &c, const Scope &scope, std::int64_t nowMs, const AlertSettings &s)
{
    json::Array out;
    for (const auto &r : tillRows(scope).run(c)) {
        const json::Value info = parsed(r, 6), status = parsed(r, 7);
        json::Value t;
        t.set("device_id", r.text(0));
        t.set("workplace", json::Object{{"id", r.text(1)}, {"name", r.text(2)}});
        t.set("point_of_sale", json::Object{{"id", r.text(3)}, {"name", r.text(4)}});
        const auto seen = r.optInteger(5);
        t.set("last_heartbeat_ms", seen ? json::Value(*seen) : json::Value());
        t.set("online", seen && nowMs - *seen < 5 * 60 * 1000);
        const json::Value &shift = member(status, "shift");
        json::Value sh;
        sh.set("state", shift.stringAt("state").value_or("unknown"));
        const auto opened = timeMs(member(shift, "opened_at"));
        sh.set("opened_at_ms", opened ? json::Value(*opened) : json::Value());
        sh.set("age_ms", opened ? json::Value(nowMs - *opened) : json::Value());
        t.set("shift", std::move(sh));
        json::Value kkt = json::Object{};
        for (const json::Value *part : {&member(info, "kkt"), &member(status, "kkt")})
            if (part->isObject())
                for (const auto &[k, v] : part->asObject())
                    kkt.set(k, v); // the heartbeat's card is newer than the activation's
        t.set("registrar", std::move(kkt));
        const json::Value &fn = member(status, "fn");
        const std::string fnNumber =
            fn.stringAt("number").value_or(member(info, "kkt").stringAt("fn_number").value_or(""));
        json::Value f;
        f.set("number", fnNumber);
        f.set("ofd_unsent_count", member(fn, "ofd_unsent_count"));
        f.set("ofd_oldest_unsent_at", member(fn, "ofd_oldest_unsent_at"));
        f.set("error", member(fn, "error"));
        f.set("forecast",
              forecast(c, scope.organizationId, fnNumber, timeMs(member(fn, "valid_until")), nowMs, s));
        t.set("fn", std::move(f));
        t.set("outbox", member(status, "outbox"));
        t.set("pull", member(status, "pull")); // catalog entries the till holds back (issue 21 §3)
        out.push_back(std::move(t));
    }
    return out;
}

json::Value alerts(db::Connection &c, const Scope &scope, std::int64_t nowMs, const AlertSettings &s)
{
    json::Array out;
    const json::Value all = tills(c, scope, nowMs, s);
    for (const json::Value &t : all.asArray()) {
        const std::string name = t.find("workplace")->stringAt("name").value_or("");
        const json::Value &fn = *t.find("fn");
        const json::Value &f = *fn.find("forecast");
        if (const auto replace = f.find("replace_by_ms")->asInt64()) {
            const bool filling = f.stringAt("reason") == std::optional<std::string>("filling");
            if (*replace - nowMs <= 3 * kDayMs)
                out.push_back(alert(filling ? "fn_filling" : "fn_expiring", "critical", t,
                                    name + ": ФН нужно заменить в ближайшие 3 дня"));
            else if (*replace - nowMs <= 30 * kDayMs)
                out.push_back(alert(filling ? "fn_filling" : "fn_expiring", "warning", t,
                                    name + ": ФН нужно заменить в ближайшие 30 дней"));
        }
        if (auto oldest = timeMs(*fn.find("ofd_oldest_unsent_at"));
            oldest && nowMs - *oldest > s.ofdBacklogMs)
            out.push_back(alert("ofd_backlog", "critical", t,
                                name + ": документы не переданы в ОФД больше " +
                                    std::to_string(s.ofdBacklogMs / kDayMs) + " дн."));
        const auto seen = t.find("last_heartbeat_ms")->asInt64();
        if (!seen || nowMs - *seen > s.tillSilentMs)
            out.push_back(alert("till_silent", "warning", t, name + ": касса не выходит на связь"));
        if (const auto q = t.find("outbox")->find("quarantined"); q && q->asInt64().value_or(0) > 0)
            out.push_back(alert("quarantined", "warning", t, name + ": документы в карантине на кассе"));
        if (const auto held = t.find("pull")->find("quarantined"); held && held->asInt64().value_or(0) > 0)
            out.push_back(
                alert("catalog_held", "warning", t,
                      name + ": касса не приняла часть каталога (" + std::to_string(*held->asInt64()) + ")"));
    }
    Sql open;
    // The till's name, so the owner knows which one to close (a shift of an unknown till still counts).
    open << "SELECT s.shift_uuid, s.opened_at, s.workplace_id, COALESCE(w.name, ''), s.point_of_sale_id, "
            "COALESCE(p.name, '') FROM shifts s "
            "LEFT JOIN workplaces w ON w.organization_id = s.organization_id AND w.id = s.workplace_id "
            "LEFT JOIN points_of_sale p ON p.organization_id = s.organization_id AND p.id = "
            "s.point_of_sale_id "
            "WHERE s.organization_id = ";
    open.bind(scope.organizationId) << " AND s.closed_at IS NULL AND s.opened_at < ";
    open.bind(nowMs - s.shiftMaxMs);
    open.scopePos(scope, "s.point_of_sale_id");
    for (const auto &r : open.run(c)) {
        const std::string till = r.text(3);
        json::Value a = alert("shift_over_24h", "critical", nullptr,
                              (till.empty() ? "Смена" : till + ": смена") + " открыта больше 24 часов");
        a.set("shift_uuid", r.text(0));
        a.set("workplace", json::Object{{"id", r.text(2)}, {"name", till}});
        a.set("point_of_sale",
              r.isNull(4) ? json::Value() : json::Object{{"id", r.text(4)}, {"name", r.text(5)}});
        out.push_back(std::move(a));
    }
    if (const std::int64_t rejected = quarantineCount(c, scope); rejected > 0) {
        json::Value a = alert("rejected", "warning", nullptr, "документы отклонены кабинетом");
        a.set("count", rejected);
        out.push_back(std::move(a));
    }
    if (scope.allPointsOfSale && scope.pointsOfSale.empty()) { // conflicts carry no point of sale
        auto n = c.query("SELECT count(*) FROM document_conflicts WHERE organization_id = $1",
                         {scope.organizationId});
        if (n.at(0).integer(0) > 0) {
            json::Value a = alert("quarantined", "warning", nullptr, "документы с конфликтом в кабинете");
            a.set("count", n[0].integer(0));
            out.push_back(std::move(a));
        }
    }
    return out;
}

json::Value shifts(db::Connection &c, const Scope &scope, const Period &period, int limit,
                   std::int64_t offset)
{
    Sql q;
    q << "SELECT shift_uuid, point_of_sale_id, workplace_id, fn, fn_shift, opened_at, closed_at, opened_by, "
         "closed_by, amount_in, amount_out, count_in, count_out, cash_in, cash_out, x_reports, z_totals, "
         "x_totals "
         "FROM shifts WHERE organization_id = ";
    q.bind(scope.organizationId);
    if (auto from = parseTime(period.from + "T00:00:00Z", 0))
        q << " AND opened_at >= ", q.bind(from->utcMs - kDayMs / 2); // local days, any Russian offset
    if (auto to = parseTime(period.to + "T00:00:00Z", 0))
        q << " AND opened_at < ", q.bind(to->utcMs + kDayMs + kDayMs / 2);
    q.scopePos(scope, "point_of_sale_id");
    q << " ORDER BY opened_at DESC LIMIT ";
    q.bind(std::int64_t(std::clamp(limit, 1, 500)) + 1) << " OFFSET ";
    q.bind(std::max<std::int64_t>(offset, 0));
    json::Array items;
    auto rows = q.run(c);
    for (std::size_t i = 0; i < rows.size() && int(i) < std::clamp(limit, 1, 500); ++i) {
        const db::Row &r = rows[i];
        json::Value s;
        s.set("shift_uuid", r.text(0));
        s.set("point_of_sale_id", r.text(1));
        s.set("workplace_id", r.text(2));
        s.set("fn", r.isNull(3) ? json::Value() : json::Value(r.text(3)));
        s.set("fn_shift", r.isNull(4) ? json::Value() : json::Value(r.integer(4)));
        s.set("opened_at_ms", r.isNull(5) ? json::Value() : json::Value(r.integer(5)));
        s.set("closed_at_ms", r.isNull(6) ? json::Value() : json::Value(r.integer(6)));
        s.set("opened_by", r.isNull(7) ? json::Value() : json::Value(r.text(7)));
        s.set("closed_by", r.isNull(8) ? json::Value() : json::Value(r.text(8)));
        json::Value totals;
        totals.set("gross", r.integer(9));
        totals.set("returns", r.integer(10));
        totals.set("net", r.integer(9) - r.integer(10));
        totals.set("receipts", r.integer(11));
        totals.set("returns_count", r.integer(12));
        totals.set("cash_in", r.integer(13));
        totals.set("cash_out", r.integer(14));
        s.set("totals", std::move(totals));
        s.set("x_reports", r.integer(15));
        s.set("z_totals", r.isNull(16) ? json::Value() : json::tryParse(r.text(16)).value_or(json::Value()));
        s.set("x_totals", r.isNull(17) ? json::Value() : json::tryParse(r.text(17)).value_or(json::Value()));
        items.push_back(std::move(s));
    }
    json::Value out;
    out.set("has_more", rows.size() > std::size_t(std::clamp(limit, 1, 500)));
    out.set("items", std::move(items));
    return out;
}

} // namespace cabinet::reports
