#pragma once

// Server time in UTC milliseconds since the epoch: what the database stores and what every response
// reports as server_time (ISO 8601). Device clocks never drive anything on the server.

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <string>

namespace cabinet {

inline std::int64_t nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

inline std::string isoTime(std::int64_t ms)
{
    std::time_t secs = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char buf[40];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
    std::string out = buf;
    char frac[8];
    std::snprintf(frac, sizeof frac, ".%03dZ", static_cast<int>(ms % 1000));
    return out + frac;
}

} // namespace cabinet
