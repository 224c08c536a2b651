#pragma once

// Whether a parsed document can be stored as it is on both backends. PostgreSQL refuses a NUL in
// text and json, and numbers beyond what its numeric type holds; such a document is a per-document
// rejection with a reason, never a database error that makes the till retry the batch forever.

#include <optional>
#include <string>

#include "cabinet/json/json.h"

namespace cabinet::api {

// nullopt when storable; otherwise what is wrong and where ("payload.lines[2].name: ...").
std::optional<std::string> storageProblem(const json::Value &value, const std::string &where = {});

} // namespace cabinet::api
