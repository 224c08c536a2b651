#pragma once

// The protocol's error value (§5): an HTTP status plus the body
// { "error": { "code", "message", "retryable", "retry_after_ms" } }.

#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace cabinet {

struct ApiError
{
    int http = 500;
    std::string code;
    std::string message;
    bool retryable = false;
    std::int64_t retryAfterMs = 0;
};

// A value or the error to answer with.
template<class T>
using Result = std::variant<T, ApiError>;

template<class T>
bool failed(const Result<T> &r)
{
    return std::holds_alternative<ApiError>(r);
}

} // namespace cabinet
