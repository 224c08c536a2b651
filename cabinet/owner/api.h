#pragma once

// The owner API (cabinet/api/openapi.yaml, /api/owner/v1/): the session cookie and CSRF header,
// the auth calls, and the reports:: reads, each under the caller's Scope.

#include "cabinet/api/http.h"
#include "cabinet/db/pool.h"

namespace cabinet::owner {

class Api
{
public:
    explicit Api(db::Pool &pool)
        : m_pool(pool)
    {}
    api::Response handle(const api::Request &request);

private:
    db::Pool &m_pool;
};

} // namespace cabinet::owner
