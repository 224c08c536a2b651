#pragma once

// Request bodies may arrive with Content-Encoding: gzip (§1); outbox batches compress about 5:1.

#include <optional>
#include <string>
#include <string_view>

namespace cabinet::api {

// nullopt on corrupt input or when the output would exceed maxBytes (a zip bomb).
std::optional<std::string> gunzip(std::string_view data, std::size_t maxBytes);
std::string gzip(std::string_view data);

} // namespace cabinet::api
