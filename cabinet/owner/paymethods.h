#pragma once

// Which payment methods (cash, card, SBP) each till role may take at one point of sale, through the
// owner API (`/points-of-sale/{id}/payment-methods`). Kept as the tills' `payment_method` entities,
// one per point and method, so each till takes its own point's rules on the next pull.

#include "cabinet/api/http.h"
#include "cabinet/auth/accounts.h"
#include "cabinet/db/pool.h"
#include "cabinet/json/json.h"

namespace cabinet {
class Store;
}

namespace cabinet::owner {

// GET or PUT for a point of sale the caller may see (the router checked it).
api::Response paymentMethodsCall(db::Pool &pool, Store &store, const auth::Session &s, const api::Request &rq,
                                 const std::string &pos, const json::Value &body, std::int64_t nowMs);

} // namespace cabinet::owner
