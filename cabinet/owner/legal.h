#pragma once

// The organisation's legal entities through the owner API (`/legal-entities`): юрлица and ИП with a
// checked INN and one tax system. A point of sale names the one it sells under; the tills pull it with
// their point of sale (`point_of_sale.legal_entity`).

#include "cabinet/api/http.h"
#include "cabinet/auth/accounts.h"
#include "cabinet/db/pool.h"
#include "cabinet/json/json.h"

#include <optional>

namespace cabinet {
class Store;
}

namespace cabinet::owner {

// nullopt when `path` is not a legal-entity call.
std::optional<api::Response> legalCall(db::Pool &pool, Store &store, const auth::Session &s,
                                       const api::Request &rq, const std::string &path,
                                       const json::Value &body, std::int64_t nowMs);

bool legalEntityExists(db::Connection &c, const std::string &org, const std::string &id);

// The point of sale as the tills pull it: name, address and its legal entity (or null).
json::Value pointOfSaleItem(db::Connection &c, const std::string &org, const std::string &posId);

} // namespace cabinet::owner
