#include "cabinet/api/ratelimiter.h"

namespace cabinet::api {

RateLimiter::RateLimiter(int perWindow, std::int64_t windowMs, std::size_t maxKeys)
    : m_perWindow(perWindow)
    , m_windowMs(windowMs)
    , m_maxKeys(maxKeys)
{}

std::int64_t RateLimiter::acquire(const std::string &key, std::int64_t nowMs)
{
    std::lock_guard lock(m_mutex);
    auto it = m_windows.find(key);
    if (it == m_windows.end()) {
        if (m_windows.size() >= m_maxKeys)
            dropExpired(nowMs);
        if (m_windows.size() >= m_maxKeys)
            return m_windowMs; // every slot is a live client: the newcomer waits
        it = m_windows.emplace(key, Window{nowMs, 0}).first;
    }
    Window &w = it->second;
    if (nowMs - w.startMs >= m_windowMs)
        w = {nowMs, 0};
    if (w.count >= m_perWindow)
        return w.startMs + m_windowMs - nowMs;
    ++w.count;
    return 0;
}

void RateLimiter::dropExpired(std::int64_t nowMs)
{
    std::erase_if(m_windows, [&](const auto &entry) { return nowMs - entry.second.startMs >= m_windowMs; });
}

} // namespace cabinet::api
