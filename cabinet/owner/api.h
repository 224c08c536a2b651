#pragma once

// The owner API (cabinet/api/openapi.yaml, /api/owner/v1/): the session cookie and CSRF header,
// the auth calls, and the reports:: reads, each under the caller's Scope.

#include "cabinet/api/http.h"
#include "cabinet/db/pool.h"
#include "cabinet/mail/mailer.h"

namespace cabinet {
class Store;
}

namespace cabinet::owner {

class Api
{
public:
    Api(db::Pool &pool, Store &store, const mail::Mailer &mailer)
        : m_pool(pool)
        , m_store(store)
        , m_mailer(mailer)
    {}
    api::Response handle(const api::Request &request);

private:
    db::Pool &m_pool;
    Store &m_store;
    const mail::Mailer &m_mailer;
};

} // namespace cabinet::owner
