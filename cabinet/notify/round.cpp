#include "cabinet/notify/round.h"

#include "cabinet/notify/settings.h"

#include <map>
#include <set>
#include <tuple>

namespace cabinet::notify {

namespace {

struct Recipient
{
    std::string id, organizationId, email;
    reports::Scope scope;
};

// Confirmed users who receive the e-mails, with the points of sale they may see.
std::vector<Recipient> recipients(db::Connection &c)
{
    std::vector<Recipient> out;
    for (const auto &r : c.query("SELECT id, organization_id, email, role, all_points_of_sale, notify_email "
                                 "FROM users WHERE confirmed = 1 ORDER BY organization_id, email")) {
        if (!receivesEmail(r.text(3), r.optInteger(5)))
            continue;
        Recipient u{r.text(0), r.text(1), r.text(2), {}};
        u.scope.organizationId = u.organizationId;
        u.scope.allPointsOfSale = r.integer(4) != 0;
        if (!u.scope.allPointsOfSale)
            for (const auto &p :
                 c.query("SELECT point_of_sale_id FROM user_points_of_sale WHERE user_id = $1", {u.id}))
                u.scope.pointsOfSale.push_back(p.text(0));
        out.push_back(std::move(u));
    }
    return out;
}

using Key = std::tuple<std::string, std::string, std::string>; // kind, subject, occurrence

std::string refName(const json::Value &a, const char *field)
{
    const json::Value *v = a.find(field);
    return v && v->isObject() ? v->stringAt("name").value_or("") : std::string();
}

// What makes an alert the same alert next round: its till (or workplace, or the organisation) and,
// where it can come back in a new form, the occurrence: the FN's threshold (30 or 3 days), the shift.
Key keyOf(const json::Value &a)
{
    const std::string kind = a.stringAt("kind").value_or("");
    std::string subject = a.stringAt("device_id").value_or("");
    if (subject.empty() && a.find("workplace") && a.find("workplace")->isObject())
        subject = a.find("workplace")->stringAt("id").value_or("");
    if (subject.empty())
        subject = "organization";
    std::string occurrence = a.stringAt("shift_uuid").value_or("");
    if (kind == "fn_expiring" || kind == "fn_filling")
        occurrence = a.stringAt("severity") == std::optional<std::string>("critical") ? "3" : "30";
    return {kind, subject, occurrence};
}

std::string pageOf(const std::string &kind)
{
    if (kind == "shift_over_24h")
        return "/shifts";
    if (kind == "rejected")
        return "/quarantine";
    return "/tills";
}

Mail compose(const Recipient &u, const std::string &orgName, const json::Value &a, const Key &k,
             const std::string &publicUrl)
{
    const Kind *info = kind(std::get<0>(k));
    const std::string pos = refName(a, "point_of_sale"), till = refName(a, "workplace");
    const std::string message = a.stringAt("message").value_or("");
    Mail m{u.organizationId, u.id, u.email, std::get<0>(k), std::get<1>(k), std::get<2>(k), {}, {}};
    m.title = "«" + orgName + "»" + (pos.empty() ? "" : ", " + pos) +
              (till.empty() ? "" : ", касса «" + till + "»") + ": " + (info ? info->title : message);
    m.text = "Здравствуйте!\n\nВ кабинете Прилавка новое предупреждение для «" + orgName + "».\n\n" +
             message + ".\n";
    if (!pos.empty())
        m.text += "Торговая точка: " + pos + "\n";
    if (!till.empty())
        m.text += "Касса: " + till + "\n";
    if (info)
        m.text += "\nЧто сделать: " + std::string(info->advice) + "\n";
    m.text += "\nОткрыть в кабинете: " + publicUrl + pageOf(m.kind) +
              "\n\nВы получаете это письмо, потому что в кабинете включены уведомления. Выключить их можно "
              "на странице «Уведомления»: " +
              publicUrl + "/alerts\n";
    return m;
}

} // namespace

std::vector<Mail> due(db::Connection &c, const std::string &publicUrl, std::int64_t nowMs)
{
    std::vector<Mail> out;
    std::map<std::string, Settings> settings;
    std::map<std::string, std::string> orgNames;
    for (const Recipient &u : recipients(c)) {
        if (!settings.count(u.organizationId)) {
            settings[u.organizationId] = load(c, u.organizationId);
            auto n = c.query("SELECT name FROM organizations WHERE id = $1", {u.organizationId});
            orgNames[u.organizationId] = n.empty() ? std::string() : n[0].text(0);
        }
        const Settings &s = settings[u.organizationId];
        std::set<Key> sent;
        for (const auto &r : c.query("SELECT kind, subject, occurrence FROM notifications_sent WHERE "
                                     "organization_id = $1 AND user_id = $2",
                                     {u.organizationId, u.id}))
            sent.insert({r.text(0), r.text(1), r.text(2)});
        std::set<Key> active;
        const json::Value alerts = reports::alerts(c, u.scope, nowMs, s.alerts());
        for (const json::Value &a : alerts.asArray()) {
            const Key k = keyOf(a);
            if (!s.enabled(std::get<0>(k)) || !active.insert(k).second)
                continue;
            if (!sent.count(k))
                out.push_back(compose(u, orgNames[u.organizationId], a, k, publicUrl));
        }
        for (const Key &k : sent) // cleared (or switched off): mailed again if it comes back
            if (!active.count(k))
                c.query("DELETE FROM notifications_sent WHERE organization_id = $1 AND user_id = $2 AND "
                        "kind = $3 AND subject = $4 AND occurrence = $5",
                        {u.organizationId, u.id, std::get<0>(k), std::get<1>(k), std::get<2>(k)});
    }
    return out;
}

void markSent(db::Connection &c, const Mail &m, std::int64_t nowMs)
{
    c.query("INSERT INTO notifications_sent (organization_id, user_id, kind, subject, occurrence, sent_at) "
            "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
            {m.organizationId, m.userId, m.kind, m.subject, m.occurrence, nowMs});
}

} // namespace cabinet::notify
