#pragma once

// The owner API's audit log (audit_log): every write records who changed what; owners and admins
// read it newest first, for everything or for one thing (openapi.yaml /audit).

#include "cabinet/api/http.h"
#include "cabinet/auth/accounts.h"
#include "cabinet/db/connection.h"

#include <cstdint>
#include <string>

namespace cabinet::owner {

// The name the log keeps beside the id (in `detail`), so an entry still says what was changed after
// the thing is renamed or deleted: its name now, or, once it is gone, the name of its last entry.
std::string auditName(db::Connection &c, const std::string &org, const std::string &action,
                      const std::string &entityId);

// Records one change. `name` empty: auditName() at this moment (pass it when the thing is about to go).
void audit(db::Connection &c, const auth::Session &s, const std::string &action, const std::string &entityId,
           std::int64_t nowMs, std::string name = {});
api::Response auditPage(db::Connection &c, const auth::Session &s, const api::Request &rq);

} // namespace cabinet::owner
