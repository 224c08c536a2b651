#include "cabinet/server/accesslog.h"

#include <cstdio>
#include <mutex>

#include "cabinet/json/json.h"
#include "cabinet/util/clock.h"

namespace cabinet {

namespace {

std::mutex g_logMutex;

json::Number milliseconds(double ms)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", ms);
    return json::Number{buf};
}

} // namespace

void logLine(const std::string &line)
{
    std::lock_guard lock(g_logMutex);
    std::fwrite(line.data(), 1, line.size(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

void logAccess(const std::string &remote, const api::Request &request, const api::Response &r,
               std::size_t bytesOut, std::chrono::steady_clock::time_point started)
{
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    json::Value v;
    v.set("ts", isoTime(nowMs()));
    v.set("remote", remote);
    v.set("method", request.method);
    v.set("path", request.target.substr(0, request.target.find('?')));
    v.set("status", r.status);
    v.set("ms", milliseconds(ms));
    v.set("server_ms", milliseconds(r.serverMs));
    v.set("bytes_in", std::int64_t(request.body.size()));
    v.set("bytes_out", std::int64_t(bytesOut));
    if (!r.organizationId.empty())
        v.set("org", r.organizationId);
    if (!r.deviceId.empty())
        v.set("device", r.deviceId);
    if (!r.errorCode.empty())
        v.set("error", r.errorCode);
    if (r.dropConnection)
        v.set("fault", "drop-response");
    logLine(json::serialize(v));
}

} // namespace cabinet
