#pragma once

// Bytes on a socket as an attacker writes them: no client library smoothing anything over.

#include <chrono>
#include <string>

namespace cabinet::test {

// Connects, writes `bytes`, and reads until the server closes or `timeout` passes.
std::string exchangeRaw(unsigned short port, const std::string &bytes,
                        std::chrono::milliseconds timeout = std::chrono::seconds(10));
// The status code of the first answer in `raw`, 0 when there is none.
int statusOf(const std::string &raw);
// The body of the first answer (after the blank line).
std::string bodyOf(const std::string &raw);

// A socket left open; closed() tells whether the server has closed its side within `timeout`.
class OpenConnection
{
public:
    explicit OpenConnection(unsigned short port);
    ~OpenConnection();
    OpenConnection(const OpenConnection &) = delete;
    OpenConnection &operator=(const OpenConnection &) = delete;
    bool connected() const { return m_fd >= 0; }
    void send(const std::string &bytes);
    bool closedByServer(std::chrono::milliseconds timeout);

private:
    int m_fd = -1;
};

} // namespace cabinet::test
