#pragma once

// How the tills of one point of sale check marked goods under the permissive mode (issue 18,
// "Settings"), through the owner API (`/points-of-sale/{id}/marking-settings`): the mode (ТС ПИоТ or
// the legacy Честный знак + ЛМ ЧЗ), the addresses and logins, the per-group strict policy and the
// time budget, kept as one `marking_settings` catalog item per point (id: the point) that its tills
// pull; and three secrets, kept apart in `marking_secrets` (migration 13), which the owner may set,
// replace or clear but never read back, and which the pull adds only for that point's tills
// (cabinet/store/markingsecrets.h).

#include "cabinet/api/http.h"
#include "cabinet/auth/accounts.h"
#include "cabinet/db/pool.h"
#include "cabinet/json/json.h"

#include <optional>
#include <string>

namespace cabinet {
class Store;
}

namespace cabinet::owner {

// GET or PUT for a point of sale the caller may see (the router checked it).
api::Response markingSettingsCall(db::Pool &pool, Store &store, const auth::Session &s,
                                  const api::Request &rq, const std::string &pos, const json::Value &body,
                                  std::int64_t nowMs);

} // namespace cabinet::owner
