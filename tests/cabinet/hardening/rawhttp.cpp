#include "rawhttp.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace cabinet::test {

namespace {

int connectLoopback(unsigned short port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

void writeAll(int fd, const std::string &bytes)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL);
        if (n <= 0)
            return; // the server closed early: what it answered is still readable
        done += std::size_t(n);
    }
}

} // namespace

std::string exchangeRaw(unsigned short port, const std::string &bytes, std::chrono::milliseconds timeout)
{
    const int fd = connectLoopback(port);
    if (fd < 0)
        return {};
    writeAll(fd, bytes);
    std::string out;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    char buf[65536];
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            break;
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, int(left.count())) <= 0)
            break;
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            break;
        out.append(buf, std::size_t(n));
    }
    ::close(fd);
    return out;
}

int statusOf(const std::string &raw)
{
    if (raw.rfind("HTTP/1.1 ", 0) != 0 || raw.size() < 12)
        return 0;
    return std::stoi(raw.substr(9, 3));
}

std::string bodyOf(const std::string &raw)
{
    const auto blank = raw.find("\r\n\r\n");
    return blank == std::string::npos ? std::string() : raw.substr(blank + 4);
}

OpenConnection::OpenConnection(unsigned short port)
    : m_fd(connectLoopback(port))
{}

OpenConnection::~OpenConnection()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void OpenConnection::send(const std::string &bytes)
{
    if (m_fd >= 0)
        writeAll(m_fd, bytes);
}

bool OpenConnection::closedByServer(std::chrono::milliseconds timeout)
{
    if (m_fd < 0)
        return true;
    pollfd p{m_fd, POLLIN, 0};
    if (::poll(&p, 1, int(timeout.count())) <= 0)
        return false;
    char c;
    return ::recv(m_fd, &c, 1, MSG_PEEK) <= 0;
}

} // namespace cabinet::test
