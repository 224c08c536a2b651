#pragma once

// Catalog and staff writes of the owner API: products, groups (the tills' `category`) and employees,
// through the Store's change log so the tills pull them; each write checked against the role and
// recorded in audit_log. Takes the pool: the Store leases its own connection (SQLite has one).

#include "cabinet/api/http.h"
#include "cabinet/auth/accounts.h"
#include "cabinet/db/pool.h"
#include "cabinet/json/json.h"

#include <map>
#include <optional>

namespace cabinet {
class Store;
}

namespace cabinet::owner {

// nullopt when `path` is not a catalog or staff path.
std::optional<api::Response> catalogCall(db::Pool &pool, Store &store, const auth::Session &s,
                                         const api::Request &rq, const std::string &path,
                                         const json::Value &body, std::int64_t nowMs);

} // namespace cabinet::owner
