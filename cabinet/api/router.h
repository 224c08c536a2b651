#pragma once

// Maps /api/v1 requests onto the Store: authentication, body validation, limits and the error body
// { "error": { "code", "message", "retryable", "retry_after_ms" } }.

#include "cabinet/api/http.h"
#include "cabinet/store/store.h"

namespace cabinet::api {

struct RouterOptions
{
    bool faultInjection = false;
    int maxBatchDocuments = 500;
    int defaultPageSize = 500;
    int maxPageSize = 5000;
    int maxWaitSeconds = 30;
    std::size_t maxBodyBytes = 16 * 1024 * 1024; // after gzip decoding
};

class Router
{
public:
    Router(Store &store, RouterOptions options);

    // `mayWait` false forces a final answer to a long poll whose time is up.
    Response handle(const Request &request, bool mayWait = true);

private:
    Response route(const Request &request, bool mayWait);
    Response activate(const Request &request);
    Response push(const Request &request, const DeviceContext &device);
    Response changes(const Request &request, const DeviceContext &device, bool mayWait);
    Response heartbeat(const Request &request, const DeviceContext &device);

    Store &m_store;
    RouterOptions m_options;
};

Response errorResponse(const ApiError &error);

} // namespace cabinet::api
