#pragma once

// Whether a JSON value can be stored as it is on both backends and pulled by every till. PostgreSQL
// refuses a NUL in text and json, and numbers beyond what its numeric type holds; a till cannot read
// invalid UTF-8. A pushed document that fails is a per-document rejection with a reason (never a
// database error that makes the till retry the batch forever); a catalog write that fails is refused.

#include <optional>
#include <string>
#include <string_view>

#include "cabinet/json/json.h"

namespace cabinet {

// nullopt when storable; otherwise what is wrong and where ("payload.lines[2].name: ...").
std::optional<std::string> storageProblem(const json::Value &value, const std::string &where = {});

// `text` made storable as it is kept for the operator (the quarantine of rejected documents): each
// invalid UTF-8 byte and each NUL becomes U+FFFD, and the result is cut at `maxBytes` on a character
// boundary, with "…" when something was cut.
std::string storableExcerpt(std::string_view text, std::size_t maxBytes);

} // namespace cabinet
