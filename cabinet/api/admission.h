#pragma once

// What a request may cost, decided from its head before the body is read (issue 21 §1): each route
// has a wire and an inflated size limit and an inflate ratio; unauthenticated routes are rate
// limited per client and in total, and only so many of them run at once.

#include <atomic>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cabinet/api/gzip.h"
#include "cabinet/api/http.h"
#include "cabinet/api/ratelimiter.h"
#include "cabinet/store/apierror.h"

namespace cabinet::api {

struct RouteLimits
{
    std::size_t wireBytes = 1024; // the body as sent
    InflateLimits inflate;        // the body after gzip
    bool unauthenticated = false;
};

struct AdmissionOptions
{
    std::size_t maxPushBytes = 16 * 1024 * 1024;
    int activationsPerMinutePerClient = 30;
    int activationsPerMinuteTotal = 600;
    int unauthenticatedInFlight = 32;
    // Proxies allowed to say who the client is (X-Forwarded-For); anyone else's header is ignored.
    std::vector<std::string> trustedProxies;
};

// The limits of the route a method and path name (unknown routes get the smallest).
RouteLimits routeLimits(std::string_view method, std::string_view path, std::size_t maxPushBytes);

// The 413 for a body over `limit` bytes sent to `target`: in Russian on the owner API (a person reads
// it in the web cabinet), in English on the tills' sync API (it goes to their logs). Both the head's
// Content-Length check and the body reader (a chunked body) answer with it.
ApiError bodyTooLarge(std::string_view target, std::size_t limit);

// The client's address: the socket's, or when the socket is a trusted proxy, the last address in
// X-Forwarded-For that is not a trusted proxy itself.
std::string clientAddress(const std::string &socketIp, std::string_view forwardedFor,
                          const std::vector<std::string> &trustedProxies);

struct Admission
{
    std::optional<Response> refusal; // answer this and close
    std::size_t bodyLimit = 0;
    std::shared_ptr<void> slot; // held while the request runs (the unauthenticated in-flight cap)
};

class Admitter
{
public:
    explicit Admitter(AdmissionOptions options);
    Admission admit(const RequestHead &head);
    const AdmissionOptions &options() const { return m_options; }

private:
    AdmissionOptions m_options;
    RateLimiter m_perClient;
    RateLimiter m_total;
    std::shared_ptr<std::atomic<int>> m_inFlight = std::make_shared<std::atomic<int>>(0);
};

} // namespace cabinet::api
