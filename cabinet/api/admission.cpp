#include "cabinet/api/admission.h"

#include <algorithm>

#include "cabinet/api/router.h"
#include "cabinet/util/clock.h"

namespace cabinet::api {

namespace {

constexpr std::size_t KiB = 1024;
constexpr std::size_t MiB = 1024 * KiB;

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool trusted(std::string_view ip, const std::vector<std::string> &proxies)
{
    return std::find(proxies.begin(), proxies.end(), ip) != proxies.end();
}

Response refusal(const ApiError &error)
{
    return errorResponse(error);
}

} // namespace

RouteLimits routeLimits(std::string_view method, std::string_view path, std::size_t maxPushBytes)
{
    const bool post = method == "POST" || method == "PUT" || method == "PATCH";
    if (path == "/api/v1/devices/activate" || path == "/api/v1/activate")
        return {4 * KiB, {16 * KiB, 20, 16 * KiB}, true};
    if (!post)
        return {1 * KiB, {1 * KiB, 0, 0}, false};
    if (path == "/api/v1/documents:batch")
        return {maxPushBytes, {maxPushBytes, 100, 1 * MiB}, false};
    if (path == "/api/v1/devices/status")
        return {256 * KiB, {1 * MiB, 50, 256 * KiB}, false};
    // A catalog file (CSV or XLSX, cabinet/owner/productimport.h): the import's 50 000 rows of about
    // 150 bytes of CSV, or an XLSX of as many (zipped, smaller), fit; the owner API takes no gzip.
    if (path == "/api/owner/v1/catalog/import")
        return {8 * MiB, {8 * MiB, 0, 0}, false};
    if (startsWith(path, "/api/owner/"))
        return {1 * MiB, {4 * MiB, 50, 1 * MiB}, false};
    return {4 * KiB, {16 * KiB, 20, 16 * KiB}, false};
}

ApiError bodyTooLarge(std::string_view target, std::size_t limit)
{
    if (startsWith(target, "/api/owner/")) {
        const std::string size = limit % MiB == 0   ? std::to_string(limit / MiB) + " МБ"
                                 : limit % KiB == 0 ? std::to_string(limit / KiB) + " КБ"
                                                    : std::to_string(limit) + " байт";
        return {413, "PAYLOAD_TOO_LARGE", "Слишком большой запрос: сюда можно отправить не больше " + size,
                false, 0};
    }
    return {413, "PAYLOAD_TOO_LARGE",
            "the request body is over this endpoint's limit of " + std::to_string(limit) +
                " bytes; split the batch",
            false, 0};
}

std::string clientAddress(const std::string &socketIp, std::string_view forwardedFor,
                          const std::vector<std::string> &trustedProxies)
{
    if (forwardedFor.empty() || !trusted(socketIp, trustedProxies))
        return socketIp;
    // Each proxy appends the address it saw; read from the right past our own proxies.
    std::string_view rest = forwardedFor;
    while (!rest.empty()) {
        const auto comma = rest.rfind(',');
        const std::string_view hop = trim(comma == std::string_view::npos ? rest : rest.substr(comma + 1));
        if (!hop.empty() && !trusted(hop, trustedProxies))
            return std::string(hop);
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(0, comma);
    }
    return socketIp;
}

Admitter::Admitter(AdmissionOptions options)
    : m_options(std::move(options))
    , m_perClient(m_options.activationsPerMinutePerClient, 60000)
    , m_total(m_options.activationsPerMinuteTotal, 60000)
{}

Admission Admitter::admit(const RequestHead &head)
{
    const std::string_view target = head.target;
    const std::string_view path = target.substr(0, target.find('?'));
    const RouteLimits limits = routeLimits(head.method, path, m_options.maxPushBytes);
    Admission a;
    a.bodyLimit = limits.wireBytes;
    if (head.contentLength && *head.contentLength > limits.wireBytes) {
        a.refusal = refusal(bodyTooLarge(target, limits.wireBytes));
        return a;
    }
    if (!limits.unauthenticated)
        return a;
    const std::string client = clientAddress(head.remoteIp, head.forwardedFor, m_options.trustedProxies);
    const std::int64_t now = nowMs();
    if (const std::int64_t wait = m_perClient.acquire(client, now); wait > 0) {
        a.refusal =
            refusal({429, "RATE_LIMITED", "too many activation requests; try again later", true, wait});
        return a;
    }
    if (const std::int64_t wait = m_total.acquire("*", now); wait > 0) {
        a.refusal = refusal(
            {429, "RATE_LIMITED", "the server is busy with activations; try again later", true, wait});
        return a;
    }
    if (m_inFlight->fetch_add(1) >= m_options.unauthenticatedInFlight) {
        m_inFlight->fetch_sub(1);
        a.refusal = refusal({503, "BUSY", "too many requests at once; try again shortly", true, 1000});
        return a;
    }
    a.slot =
        std::shared_ptr<void>(m_inFlight.get(), [counter = m_inFlight](void *) { counter->fetch_sub(1); });
    return a;
}

} // namespace cabinet::api
