#include "wire.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <regex>

#include "fiscal/codec/frame.h"

extern char **environ;

namespace emutest {

namespace {

bool readLine(int fd, std::string &line, std::chrono::milliseconds timeout)
{
    line.clear();
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0)
            continue;
        char c = 0;
        const ssize_t n = ::read(fd, &c, 1);
        if (n <= 0)
            return false;
        if (c == '\n')
            return true;
        line.push_back(c);
    }
    return false;
}

std::uint16_t portOf(const std::string &line)
{
    const auto colon = line.rfind(':');
    return colon == std::string::npos ? 0 : static_cast<std::uint16_t>(std::stoi(line.substr(colon + 1)));
}

} // namespace

EmulatorProcess::~EmulatorProcess()
{
    if (m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        wait();
    }
    if (m_out >= 0)
        ::close(m_out);
}

bool EmulatorProcess::start(const std::vector<std::string> &args)
{
    int pipeFds[2];
    if (::pipe(pipeFds) != 0)
        return false;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], 1);
    posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
    std::vector<std::string> all{PRILAVOK_EMULATOR_PATH};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char *> argv;
    for (auto &a : all)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const int rc = ::posix_spawn(&m_pid, PRILAVOK_EMULATOR_PATH, &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipeFds[1]);
    m_out = pipeFds[0];
    if (rc != 0) {
        m_pid = -1;
        return false;
    }
    std::string line;
    while (readLine(m_out, line, 5000ms)) {
        if (line.rfind("control tcp ", 0) == 0)
            m_controlPort = portOf(line);
        if (line.rfind("listening ", 0) == 0) {
            m_listening = line;
            if (line.rfind("listening tcp ", 0) == 0)
                m_port = portOf(line);
            return true;
        }
    }
    return false;
}

void EmulatorProcess::kill(int signal)
{
    if (m_pid > 0)
        ::kill(m_pid, signal);
}

int EmulatorProcess::wait()
{
    if (m_pid <= 0)
        return -1;
    int status = 0;
    ::waitpid(m_pid, &status, 0);
    m_pid = -1;
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}

std::string EmulatorProcess::control(const std::string &command) const
{
    Wire w = Wire::tcp(m_controlPort);
    if (!w.ok())
        return "error no control connection";
    const std::string line = command + "\n";
    w.write(ByteView(reinterpret_cast<const std::uint8_t *>(line.data()), line.size()));
    std::string answer;
    for (int i = 0; i < 4000; ++i) {
        auto b = w.read(1, 2000ms);
        if (!b || (*b)[0] == '\n')
            break;
        answer.push_back(static_cast<char>((*b)[0]));
    }
    return answer;
}

Wire &Wire::operator=(Wire &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = other.m_fd;
        other.m_fd = -1;
    }
    return *this;
}

Wire::~Wire()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Wire Wire::tcp(std::uint16_t port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return Wire{};
    }
    int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return Wire{fd};
}

Wire Wire::tty(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return Wire{};
    termios tio{};
    ::tcgetattr(fd, &tio);
    ::cfmakeraw(&tio);
    ::tcsetattr(fd, TCSANOW, &tio);
    ::tcflush(fd, TCIOFLUSH);
    return Wire{fd};
}

void Wire::write(ByteView bytes)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_fd, bytes.data() + done, bytes.size() - done);
        if (n <= 0)
            return;
        done += static_cast<std::size_t>(n);
    }
}

std::optional<Bytes> Wire::read(std::size_t n, std::chrono::milliseconds timeout)
{
    Bytes out;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (out.size() < n) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return std::nullopt;
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(left.count())) <= 0)
            continue;
        std::uint8_t buf[512];
        const ssize_t got = ::read(m_fd, buf, std::min(sizeof buf, n - out.size()));
        if (got <= 0)
            return std::nullopt;
        out.insert(out.end(), buf, buf + got);
    }
    return out;
}

Bytes Wire::drain(std::chrono::milliseconds timeout)
{
    Bytes out;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, 10) <= 0)
            continue;
        std::uint8_t buf[512];
        const ssize_t got = ::read(m_fd, buf, sizeof buf);
        if (got <= 0)
            break;
        out.insert(out.end(), buf, buf + got);
    }
    return out;
}

bool Wire::closedByPeer(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, 10) <= 0)
            continue;
        std::uint8_t b;
        if (::read(m_fd, &b, 1) <= 0)
            return true;
    }
    return false;
}

std::optional<Bytes> readFrame(Wire &wire, std::chrono::milliseconds timeout)
{
    auto stx = wire.read(1, timeout);
    if (!stx || (*stx)[0] != fiscal::control::STX)
        return std::nullopt;
    auto len = wire.read(1);
    if (!len)
        return std::nullopt;
    auto rest = wire.read(static_cast<std::size_t>((*len)[0]) + 1);
    if (!rest)
        return std::nullopt;
    Bytes lenBody{(*len)[0]};
    lenBody.insert(lenBody.end(), rest->begin(), rest->end() - 1);
    if (fiscal::lrc(lenBody) != rest->back())
        return std::nullopt;
    return Bytes(lenBody.begin() + 1, lenBody.end());
}

std::optional<Bytes> exchange(Wire &wire, ByteView body, bool skipFf)
{
    wire.write(fiscal::control::ENQ);
    auto r = wire.read(1);
    if (r && (*r)[0] == fiscal::control::ACK) {
        // The device still holds an earlier answer (our last ACK was lost): take it, ACK it and
        // start again, as a host resynchronises (§1.4).
        if (!readFrame(wire))
            return std::nullopt;
        wire.write(fiscal::control::ACK);
        if (skipFf)
            wire.read(1, 1000ms);
        wire.write(fiscal::control::ENQ);
        r = wire.read(1);
    }
    if (!r || (*r)[0] != fiscal::control::NAK)
        return std::nullopt;
    wire.write(fiscal::encodeFrame(body).value());
    auto ack = wire.read(1);
    if (!ack || (*ack)[0] != fiscal::control::ACK)
        return std::nullopt;
    auto answer = readFrame(wire);
    if (!answer)
        return std::nullopt;
    wire.write(fiscal::control::ACK);
    if (skipFf) {
        auto ff = wire.read(1, 1000ms);
        if (!ff || (*ff)[0] != fiscal::control::TcpFiller)
            return std::nullopt;
    }
    return answer;
}

Bytes withPassword(std::uint16_t code, std::uint32_t password, Bytes data)
{
    Bytes body;
    fiscal::appendCommandCode(body, code);
    fiscal::appendLE(body, password, 4);
    body.insert(body.end(), data.begin(), data.end());
    return body;
}

} // namespace emutest
