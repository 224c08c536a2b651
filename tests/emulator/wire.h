#pragma once

// Test-side plumbing for the process tests: start the real prilavok-fr-emulator, talk raw bytes to
// it over TCP or a tty, and a minimal host side of the link (ENQ, frame, ACK) built on the codec.

#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "fiscal/codec/bytes.h"

namespace emutest {

using fiscal::Bytes;
using fiscal::ByteView;
using namespace std::chrono_literals;

class EmulatorProcess
{
public:
    ~EmulatorProcess();
    // Starts the executable and waits for its "listening" line; false on failure or timeout.
    bool start(const std::vector<std::string> &args);
    void kill(int signal);
    int wait(); // exit status (or 128 + signal)
    std::uint16_t port() const { return m_port; }
    std::uint16_t controlPort() const { return m_controlPort; }
    const std::string &listening() const { return m_listening; }
    // One control-channel command; returns the answer line.
    std::string control(const std::string &command) const;

private:
    pid_t m_pid = -1;
    int m_out = -1;
    std::uint16_t m_port = 0;
    std::uint16_t m_controlPort = 0;
    std::string m_listening;
};

class Wire
{
public:
    explicit Wire(int fd = -1)
        : m_fd(fd)
    {}
    Wire(Wire &&other) noexcept
        : m_fd(other.m_fd)
    {
        other.m_fd = -1;
    }
    Wire &operator=(Wire &&other) noexcept;
    ~Wire();

    static Wire tcp(std::uint16_t port);
    static Wire tty(const std::string &path);

    bool ok() const { return m_fd >= 0; }
    void write(ByteView bytes);
    void write(std::uint8_t byte) { write(Bytes{byte}); }
    // Exactly n bytes, or nullopt after `timeout` without them.
    std::optional<Bytes> read(std::size_t n, std::chrono::milliseconds timeout = 2000ms);
    // Whatever arrives within `timeout`.
    Bytes drain(std::chrono::milliseconds timeout);
    // True when the peer closed the connection within `timeout`.
    bool closedByPeer(std::chrono::milliseconds timeout);

private:
    int m_fd = -1;
};

// The host side of one exchange: ENQ -> NAK, frame -> ACK, answer, ACK. Returns the answer body
// (CMD + error + data). `skipFf` reads the TCP filler byte after our ACK.
std::optional<Bytes> exchange(Wire &wire, ByteView body, bool skipFf);
// Reads one answer frame (STX LEN body LRC); returns the body, or nullopt (timeout / bad LRC).
std::optional<Bytes> readFrame(Wire &wire, std::chrono::milliseconds timeout = 2000ms);
Bytes withPassword(std::uint16_t code, std::uint32_t password, Bytes data = {});

} // namespace emutest
