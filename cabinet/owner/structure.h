#pragma once

// The organisation's structure and its receipt texts through the owner API: points of sale,
// workplaces, activation codes for their tills, and receipt settings per point of sale. Names,
// addresses and texts go into the change log too, so each till takes its own on the next pull.

#include "cabinet/api/http.h"
#include "cabinet/auth/accounts.h"
#include "cabinet/db/pool.h"
#include "cabinet/json/json.h"

#include <optional>

namespace cabinet {
class Store;
}

namespace cabinet::owner {

// nullopt when `path` is not a structure or receipt-settings call.
std::optional<api::Response> structureCall(db::Pool &pool, Store &store, const auth::Session &s,
                                           const api::Request &rq, const std::string &path,
                                           const json::Value &body, std::int64_t nowMs);

} // namespace cabinet::owner
