#pragma once

// The owner API's audit log (audit_log): every write records who changed what; owners and admins
// read it newest first (openapi.yaml /audit).

#include "cabinet/api/http.h"
#include "cabinet/auth/accounts.h"
#include "cabinet/db/connection.h"

#include <cstdint>
#include <string>

namespace cabinet::owner {

void audit(db::Connection &c, const auth::Session &s, const std::string &action, const std::string &entityId,
           std::int64_t nowMs);
api::Response auditPage(db::Connection &c, const auth::Session &s, const api::Request &rq);

} // namespace cabinet::owner
