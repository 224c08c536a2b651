#pragma once

// GET calls of the owner API that read reports (dashboard, sales, documents, shifts, tills, alerts).

#include "cabinet/api/http.h"
#include "cabinet/auth/accounts.h"

#include <map>

namespace cabinet::owner {

api::Response read(db::Connection &c, const auth::Session &s, const std::string &path,
                   const std::map<std::string, std::string> &query, std::int64_t nowMs);

} // namespace cabinet::owner
