#include "cabinet/notify/settings.h"

#include <algorithm>
#include <sstream>

namespace cabinet::notify {

const std::array<Kind, 8> kKinds{{
    {"fn_expiring", "срок действия ФН подходит к концу",
     "Закажите новый фискальный накопитель и замените его до конца срока: после него касса не пробьёт чек."},
    {"fn_filling", "ФН скоро заполнится",
     "Закажите новый фискальный накопитель: когда место закончится, касса не пробьёт чек."},
    {"ofd_backlog", "документы не переданы в ОФД",
     "Проверьте интернет на кассе и договор с ОФД; после передачи документов предупреждение уйдёт само."},
    {"shift_over_24h", "смена открыта больше 24 часов",
     "Закройте смену на кассе (Z-отчёт): по закону смена длится не больше 24 часов."},
    {"till_silent", "касса не выходит на связь",
     "Проверьте, что касса включена и подключена к интернету. Продажи за это время придут, когда она "
     "вернётся на связь."},
    {"quarantined", "документы в карантине",
     "Откройте кассу в кабинете и посмотрите, какие документы не переданы и почему."},
    {"rejected", "документы отклонены кабинетом",
     "Откройте раздел «Карантин» в кабинете: там причина и сам документ."},
    {"catalog_held", "касса не приняла часть каталога",
     "Проверьте товары, которые касса не приняла (цена, единица, маркировка), и исправьте их в каталоге."},
}};

const Kind *kind(const std::string &id)
{
    const auto k = std::find_if(kKinds.begin(), kKinds.end(), [&](const Kind &x) { return id == x.id; });
    return k == kKinds.end() ? nullptr : &*k;
}

reports::AlertSettings Settings::alerts() const
{
    reports::AlertSettings a;
    a.ofdBacklogMs = std::int64_t(ofdBacklogDays) * 86400 * 1000;
    a.tillSilentMs = std::int64_t(tillSilentMinutes) * 60 * 1000;
    return a;
}

json::Value Settings::toJson() const
{
    json::Value kinds = json::Object{};
    for (const Kind &k : kKinds)
        kinds.set(k.id, enabled(k.id));
    json::Value v;
    v.set("kinds", std::move(kinds));
    v.set("ofd_backlog_days", ofdBacklogDays);
    v.set("till_silent_minutes", tillSilentMinutes);
    return v;
}

Settings load(db::Connection &c, const std::string &org)
{
    Settings s;
    auto rows = c.query("SELECT disabled_kinds, ofd_backlog_days, till_silent_minutes FROM "
                        "notification_settings WHERE organization_id = $1",
                        {org});
    if (rows.empty())
        return s;
    std::istringstream kinds(rows[0].text(0));
    for (std::string k; std::getline(kinds, k, ',');)
        if (!k.empty())
            s.disabled.insert(k);
    s.ofdBacklogDays = int(rows[0].integer(1));
    s.tillSilentMinutes = int(rows[0].integer(2));
    return s;
}

void save(db::Connection &c, const std::string &org, const Settings &s, std::int64_t nowMs)
{
    std::string kinds;
    for (const auto &k : s.disabled)
        kinds += (kinds.empty() ? "" : ",") + k;
    c.query(
        "INSERT INTO notification_settings (organization_id, disabled_kinds, ofd_backlog_days, "
        "till_silent_minutes, updated_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (organization_id) DO "
        "UPDATE SET disabled_kinds = excluded.disabled_kinds, ofd_backlog_days = excluded.ofd_backlog_days, "
        "till_silent_minutes = excluded.till_silent_minutes, updated_at = excluded.updated_at",
        {org, kinds, std::int64_t(s.ofdBacklogDays), std::int64_t(s.tillSilentMinutes), nowMs});
}

namespace {

std::optional<std::string> number(const json::Value &v, const char *what, int lo, int hi, int &out)
{
    const auto n = v.isNumber() ? v.asInt64() : std::nullopt;
    if (!n || *n < lo || *n > hi)
        return std::string(what) + ": целое число от " + std::to_string(lo) + " до " + std::to_string(hi);
    out = int(*n);
    return std::nullopt;
}

} // namespace

std::optional<std::string> apply(const json::Value &body, Settings &s)
{
    for (const auto &[key, value] : body.asObject()) {
        if (key == "ofd_backlog_days") {
            if (auto why = number(value, "Дней без передачи в ОФД", kMinBacklogDays, kMaxBacklogDays,
                                  s.ofdBacklogDays))
                return why;
        } else if (key == "till_silent_minutes") {
            if (auto why = number(value, "Минут без связи с кассой", kMinSilentMinutes, kMaxSilentMinutes,
                                  s.tillSilentMinutes))
                return why;
        } else if (key == "kinds") {
            if (!value.isObject())
                return std::string("kinds: ожидается объект «вид уведомления: да/нет»");
            for (const auto &[id, on] : value.asObject()) {
                if (!kind(id))
                    return "Неизвестный вид уведомления: " + id;
                if (!on.isBool())
                    return "Вид уведомления " + id + ": ожидается true или false";
                if (on.asBool())
                    s.disabled.erase(id);
                else
                    s.disabled.insert(id);
            }
        } else {
            return "Неизвестное поле: " + key;
        }
    }
    return std::nullopt;
}

bool receivesEmail(const std::string &role, std::optional<std::int64_t> stored)
{
    if (stored)
        return *stored != 0;
    return role == "owner" || role == "admin";
}

bool receivesEmail(db::Connection &c, const std::string &userId)
{
    auto rows = c.query("SELECT role, notify_email FROM users WHERE id = $1", {userId});
    return !rows.empty() && receivesEmail(rows[0].text(0), rows[0].optInteger(1));
}

void setReceivesEmail(db::Connection &c, const std::string &userId, bool on)
{
    c.query("UPDATE users SET notify_email = $2 WHERE id = $1", {userId, std::int64_t(on ? 1 : 0)});
}

} // namespace cabinet::notify
