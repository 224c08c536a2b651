#pragma once

// In-memory request counting per key (a client address, or "*" for everyone) in fixed windows. It
// runs before a body is read, so it must be cheap and its memory bounded: past maxKeys the expired
// windows are dropped, and if every key is still live the new key is refused.

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

namespace cabinet::api {

class RateLimiter
{
public:
    RateLimiter(int perWindow, std::int64_t windowMs, std::size_t maxKeys = 100000);

    // 0 when the request may go on (and it is counted); otherwise how long to wait, in ms.
    std::int64_t acquire(const std::string &key, std::int64_t nowMs);

private:
    struct Window
    {
        std::int64_t startMs = 0;
        int count = 0;
    };
    void dropExpired(std::int64_t nowMs);

    const int m_perWindow;
    const std::int64_t m_windowMs;
    const std::size_t m_maxKeys;
    std::mutex m_mutex;
    std::unordered_map<std::string, Window> m_windows;
};

} // namespace cabinet::api
