#pragma once

// Caps on open connections, in total and per client address, so one client (or a flood of them)
// cannot hold every socket the process has. A trusted proxy carries many clients and is exempt
// from the per-address cap.

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace cabinet {

class ConnectionLimits
{
public:
    ConnectionLimits(int total, int perClient, std::vector<std::string> exempt);

    // A ticket held while the connection lives; null when a cap is reached (close the socket).
    std::shared_ptr<void> open(const std::string &ip);

private:
    void close(const std::string &ip);

    const int m_total;
    const int m_perClient;
    const std::vector<std::string> m_exempt;
    std::mutex m_mutex;
    int m_open = 0;
    std::unordered_map<std::string, int> m_perAddress;
};

} // namespace cabinet
