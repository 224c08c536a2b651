#pragma once

// `POST /catalog/import`: a CSV or XLSX of products checked row by row against the product card's
// rules and the organisation's catalog, answered with a per-row report in Russian. Rows that pass go
// through Store::putItems (the change log the tills pull) in chunks; refused rows change nothing;
// `dry_run=true` only reports. Owners and admins only: a bulk change is theirs to make.

#include "cabinet/api/http.h"
#include "cabinet/auth/accounts.h"
#include "cabinet/db/pool.h"

#include <cstdint>

namespace cabinet {
class Store;
}

namespace cabinet::owner {

// The body limit (8 MiB, from the request head) is the route's in cabinet/api/admission.cpp.
api::Response importProducts(db::Pool &pool, Store &store, const auth::Session &s, const api::Request &rq,
                             std::int64_t nowMs);

} // namespace cabinet::owner
