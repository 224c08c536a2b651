#pragma once

// Discount settings of one point of sale through the owner API (`/points-of-sale/{id}/discount-settings`):
// manual discounts allowed at all, and the largest one each till role may give, in whole percents of
// the line or receipt. Kept as the tills' `discount_settings` entity (id: the point), so each till takes
// its own point's on the next pull.

#include "cabinet/api/http.h"
#include "cabinet/auth/accounts.h"
#include "cabinet/db/pool.h"
#include "cabinet/json/json.h"

namespace cabinet {
class Store;
}

namespace cabinet::owner {

// GET or PUT for a point of sale the caller may see (the router checked it).
api::Response discountSettingsCall(db::Pool &pool, Store &store, const auth::Session &s,
                                   const api::Request &rq, const std::string &pos, const json::Value &body,
                                   std::int64_t nowMs);

} // namespace cabinet::owner
