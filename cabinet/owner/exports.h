#pragma once

// GET /exports/*: the journal as CSV or XLSX, the catalog and retail sales as 1C CommerceML 2.05,
// under the caller's Scope (cabinet/reports/export.h).

#include "cabinet/api/http.h"
#include "cabinet/reports/queries.h"

#include <optional>

namespace cabinet::owner {

// nullopt when `path` is not an export.
std::optional<api::Response> exportCall(db::Connection &c, const reports::Scope &scope,
                                        const std::string &path, const reports::DocumentFilter &filter);

} // namespace cabinet::owner
