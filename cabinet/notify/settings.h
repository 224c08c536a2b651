#pragma once

// What an organisation is notified about (table notification_settings, migration 11): the alert
// kinds switched off and the two thresholds the alerts are judged by (OFD backlog days, till silent
// minutes); and whether a user receives the e-mails (users.notify_email; NULL: owner and admin yes,
// the other roles no). One owner for these rules: the owner API and the notifier both read them here.

#include "cabinet/db/connection.h"
#include "cabinet/json/json.h"
#include "cabinet/reports/queries.h"

#include <array>
#include <cstdint>
#include <optional>
#include <set>
#include <string>

namespace cabinet::notify {

struct Kind
{
    const char *id, *title, *advice;
};
// Every alert kind reports::alerts() produces, with its Russian title and what the owner should do.
extern const std::array<Kind, 8> kKinds;
const Kind *kind(const std::string &id);

inline constexpr int kMinBacklogDays = 1, kMaxBacklogDays = 30;
inline constexpr int kMinSilentMinutes = 5, kMaxSilentMinutes = 7 * 24 * 60;

struct Settings
{
    std::set<std::string> disabled; // kind ids
    int ofdBacklogDays = 3;
    int tillSilentMinutes = 60;

    bool enabled(const std::string &kindId) const { return !disabled.count(kindId); }
    reports::AlertSettings alerts() const;
    json::Value toJson() const; // {kinds: {id: bool}, ofd_backlog_days, till_silent_minutes}
};

Settings load(db::Connection &c, const std::string &org);
void save(db::Connection &c, const std::string &org, const Settings &s, std::int64_t nowMs);
// Applies a PUT body onto `s`: nullopt, or the first thing wrong in Russian (`s` then half-changed:
// the caller drops it).
std::optional<std::string> apply(const json::Value &body, Settings &s);

// Whether the user receives the e-mails: their own choice, else the role's default.
bool receivesEmail(const std::string &role, std::optional<std::int64_t> stored);
bool receivesEmail(db::Connection &c, const std::string &userId);
void setReceivesEmail(db::Connection &c, const std::string &userId, bool on);

} // namespace cabinet::notify
