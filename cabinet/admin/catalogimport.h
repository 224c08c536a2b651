#pragma once

// `admin import-catalog`: a CSV of catalog entities into an organisation's catalog, through the
// same change log the tills pull. The text is UTF-8 or Windows-1251 (converted); anything else is
// refused with its line, so no till ever pulls invalid text.

#include <string>

#include "cabinet/json/json.h"

namespace cabinet {
class Store;
}

namespace cabinet::admin {

// Header row names the columns; `entity` (default product) and `id` (default: a new uuid) are keys,
// every other non-empty column becomes a data field. Committed in chunks so a million rows stay small.
// Throws std::runtime_error naming the line on bad input; nothing of a refused file is stored.
json::Value importCatalog(Store &store, const std::string &org, const std::string &path);

} // namespace cabinet::admin
