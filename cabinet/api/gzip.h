#pragma once

// Request bodies may arrive with Content-Encoding: gzip (§1); outbox batches compress about 5:1.
// Inflating is bounded while it runs: the output stops at the route's limit and at a ratio to the
// compressed size, so a small hostile body never costs more than a fair one.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace cabinet::api {

enum class InflateError { Corrupt, TooLarge };

struct InflateLimits
{
    std::size_t maxBytes = 0;
    // Output may be at most maxRatio times the input (0: no ratio bound), but always ratioFloor.
    std::size_t maxRatio = 0;
    std::size_t ratioFloor = 64 * 1024;
};

std::variant<std::string, InflateError> inflateGzip(std::string_view data, const InflateLimits &limits);
// nullopt on corrupt input or when the output would exceed maxBytes (a zip bomb).
std::optional<std::string> gunzip(std::string_view data, std::size_t maxBytes);
std::string gzip(std::string_view data);

} // namespace cabinet::api
