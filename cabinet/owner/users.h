#pragma once

// The owner API's calls about cabinet users: the own password (/auth/password), the organisation's
// users and invitations (/staff/users, owner and admin only) and the audit log (/audit).

#include "cabinet/api/http.h"
#include "cabinet/auth/accounts.h"
#include "cabinet/db/connection.h"
#include "cabinet/json/json.h"
#include "cabinet/mail/mailer.h"

#include <optional>

namespace cabinet::owner {

// nullopt when `path` is none of these. `sessionToken` is the caller's cookie (kept on a password change).
std::optional<api::Response> usersCall(db::Connection &c, const mail::Mailer &mailer, const auth::Session &s,
                                       const std::string &sessionToken, const api::Request &rq,
                                       const std::string &path, const json::Value &body, std::int64_t nowMs);

} // namespace cabinet::owner
