#pragma once

// The owner API's notification settings (cabinet/notify/settings.h): `GET/PUT /notification-settings`
// for the organisation (kinds on/off, OFD backlog days, till silent minutes; owner and admin change
// them) and `GET/PUT /me/notifications` (whether the caller receives the e-mails; every role, for
// themselves).

#include "cabinet/api/http.h"
#include "cabinet/auth/accounts.h"
#include "cabinet/db/connection.h"
#include "cabinet/json/json.h"

#include <optional>

namespace cabinet::owner {

// nullopt when `path` is not one of these calls.
std::optional<api::Response> notificationsCall(db::Connection &c, const auth::Session &s,
                                               const api::Request &rq, const std::string &path,
                                               const json::Value &body, std::int64_t nowMs);

} // namespace cabinet::owner
