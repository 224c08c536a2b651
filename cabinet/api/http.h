#pragma once

// Transport-neutral request and response: the router never sees Beast, so it compiles fast and the
// HTTP server stays the only translation unit that pays for Beast's templates.

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cabinet::api {

struct Request
{
    std::string method;
    std::string target; // path plus query
    std::string authorization;
    std::string contentEncoding;
    std::string faultHeader; // X-Prilavok-Fault, honoured only with fault injection enabled
    std::string body;
    std::string remoteIp;  // the client's: behind a trusted proxy, from X-Forwarded-For
    std::string cookie;    // owner API: the Cookie header
    std::string csrfToken; // owner API: X-CSRF-Token
};

// What is known of a request before its body is read: enough to decide what it may cost.
struct RequestHead
{
    std::string method;
    std::string target;
    std::string remoteIp; // the socket's peer
    std::string forwardedFor;
    std::optional<std::uint64_t> contentLength; // nullopt: chunked or none
};

struct Response
{
    int status = 200;
    std::string body;
    std::string contentType = "application/json";
    std::int64_t retryAfterMs = 0;
    std::string setCookie;                                    // owner API: the session cookie
    std::vector<std::pair<std::string, std::string>> headers; // more headers (the pages' caching)
    // Already gzipped once (the web pages): sent instead of `body` to a client that accepts gzip.
    std::shared_ptr<const std::string> gzipBody;
    // Long poll (changes?wait=): nothing new yet; the server asks again until waitUntil.
    bool pollAgain = false;
    std::chrono::steady_clock::time_point waitUntil{};
    // Fault injection: close the connection after the work is committed, without answering.
    bool dropConnection = false;
    // For the access log.
    std::string organizationId;
    std::string deviceId;
    std::string errorCode;
    double serverMs = 0; // time spent in the router, reported as Server-Timing
};

} // namespace cabinet::api
