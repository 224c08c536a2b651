#include "cabinet/server/connectionlimits.h"

#include <algorithm>

namespace cabinet {

ConnectionLimits::ConnectionLimits(int total, int perClient, std::vector<std::string> exempt)
    : m_total(total)
    , m_perClient(perClient)
    , m_exempt(std::move(exempt))
{}

std::shared_ptr<void> ConnectionLimits::open(const std::string &ip)
{
    const bool exempt = std::find(m_exempt.begin(), m_exempt.end(), ip) != m_exempt.end();
    {
        std::lock_guard lock(m_mutex);
        if (m_open >= m_total)
            return nullptr;
        int &mine = m_perAddress[ip];
        if (!exempt && mine >= m_perClient) {
            if (mine == 0)
                m_perAddress.erase(ip);
            return nullptr;
        }
        ++mine;
        ++m_open;
    }
    // The ticket's deleter gives the slot back; the object itself outlives every session.
    return std::shared_ptr<void>(this, [this, ip](void *) { close(ip); });
}

void ConnectionLimits::close(const std::string &ip)
{
    std::lock_guard lock(m_mutex);
    --m_open;
    auto it = m_perAddress.find(ip);
    if (it != m_perAddress.end() && --it->second <= 0)
        m_perAddress.erase(it);
}

} // namespace cabinet
