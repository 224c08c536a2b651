#pragma once

// Maps /api/v1 requests onto the Store: authentication, body validation, limits and the error body
// { "error": { "code", "message", "retryable", "retry_after_ms" } }.

#include "cabinet/api/admission.h"
#include "cabinet/api/http.h"
#include "cabinet/api/webassets.h"
#include "cabinet/store/store.h"

#include <functional>

namespace cabinet::api {

struct RouterOptions
{
    bool faultInjection = false;
    int maxBatchDocuments = 500;
    int defaultPageSize = 500;
    int maxPageSize = 5000;
    int maxWaitSeconds = 30;
    std::size_t maxBodyBytes = 16 * 1024 * 1024; // a push batch, before and after gzip decoding
    AdmissionOptions admission;                  // its maxPushBytes is taken from maxBodyBytes
};

class Router
{
public:
    Router(Store &store, RouterOptions options);

    // Called with the head, before the body is read: refuse now, or how many body bytes to accept.
    Admission admit(const RequestHead &head);
    // The client's address as the rate limits see it (trusted proxies resolved).
    std::string clientAddress(const std::string &socketIp, std::string_view forwardedFor) const;
    // `mayWait` false forces a final answer to a long poll whose time is up.
    Response handle(const Request &request, bool mayWait = true);
    // The owner API (cabinet/owner) answers everything under /api/owner/.
    void mountOwner(std::function<Response(const Request &)> owner) { m_owner = std::move(owner); }
    // The owner's web pages answer every path outside /api and /healthz.
    void mountWeb(std::shared_ptr<const WebAssets> web) { m_web = std::move(web); }

private:
    Response route(const Request &request, bool mayWait);
    Response activate(const Request &request);
    Response push(const Request &request, const DeviceContext &device);
    Response changes(const Request &request, const DeviceContext &device, bool mayWait);
    Response heartbeat(const Request &request, const DeviceContext &device);

    Store &m_store;
    RouterOptions m_options;
    Admitter m_admitter;
    std::function<Response(const Request &)> m_owner;
    std::shared_ptr<const WebAssets> m_web;
};

Response errorResponse(const ApiError &error);

} // namespace cabinet::api
