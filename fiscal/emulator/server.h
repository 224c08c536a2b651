#pragma once

// The emulator on a wire: one endpoint (TCP listener, an existing serial tty, or a pseudo-terminal
// it creates), the device-side link state machine, baud throttling, the answer delay and the
// control channel for fault injection. Runs on one io_context thread; nothing here blocks.

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <string>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>

#include "fiscal/emulator/device.h"
#include "fiscal/emulator/link.h"

namespace fiscal::emu {

struct ServerOptions
{
    enum class Endpoint : std::uint8_t { Tcp, Serial, Pty };
    Endpoint endpoint = Endpoint::Tcp;
    std::string host = "127.0.0.1";
    std::uint16_t port = 0; // 0: the OS picks one
    std::string path;       // serial device, or the symlink to create for the pty
    int baud = 0;           // 0: no throttling
    // Pty only: bytes sent while the host's side of the pty is set to another speed than `baud`
    // are lost, as a UART at the wrong speed sees only framing errors ("find the registrar" tests).
    bool strictBaud = false;
    bool tcpFfQuirk = true;                  // only ever applied on TCP
    std::chrono::milliseconds turnaround{1}; // §1.3 item 4, kept small by default
    std::string controlHost;                 // empty: no control channel
    std::uint16_t controlPort = 0;
    DeviceConfig device;
};

class ByteStream;

class Server
{
public:
    Server(boost::asio::io_context &io, ServerOptions options);
    ~Server();

    bool start(std::string &error);
    void stop();

    // "tcp 127.0.0.1:40123", "pty /tmp/x -> /dev/pts/7", "serial /dev/ttyUSB0"
    std::string where() const;
    std::uint16_t port() const { return m_port; }
    std::uint16_t controlPort() const { return m_controlPort; }

    // One control-channel command; the answer is "ok", "ok <text>" or "error <text>".
    std::string control(const std::string &line);

    Device &device() { return m_device; }

    static constexpr int LockBusy = -2;
    DeviceLink &link() { return m_link; }

private:
    using ControlCommand = std::function<std::string(Server &, const std::string &arg)>;
    using ControlTable = std::map<std::string, ControlCommand>;
    static void addLinkFaults(ControlTable &table);
    static void addDeviceFaults(ControlTable &table);
    static void addInspection(ControlTable &table);
    void accept();
    void acceptControl();
    void dropConnection(); // the host's TCP connection, as a cable pulled out
    void cutPower();
    void attach(std::unique_ptr<ByteStream> stream);
    void readMore();
    void processIncoming();
    bool hostSpeedMismatch() const;
    void onByte(std::uint8_t byte, std::chrono::steady_clock::time_point at);
    void scheduleAnswer(Bytes answerBody);
    void send(Bytes bytes, std::chrono::steady_clock::time_point notBefore);
    void writeNext();
    std::chrono::nanoseconds wireTime(std::size_t bytes) const;
    bool openPty(std::string &error);
    bool openSerial(std::string &error);
    void applyPendingBaud();

    boost::asio::io_context &m_io;
    ServerOptions m_options;
    int m_lockFd = -1; // before m_device: the lock is taken before the state is read
    Device m_device;
    DeviceLink m_link;
    std::unique_ptr<boost::asio::ip::tcp::acceptor> m_acceptor;
    std::unique_ptr<boost::asio::ip::tcp::acceptor> m_controlAcceptor;
    std::unique_ptr<ByteStream> m_stream;
    std::uint64_t m_streamGeneration = 0;
    std::uint16_t m_port = 0;
    std::uint16_t m_controlPort = 0;
    std::string m_ptyName;
    int m_ptySlave = -1;
    int m_serialFd = -1;   // owned by the stream; kept for speed changes after 14h
    int m_pendingBaud = 0; // a 14h speed, applied once its answer has left at the old one
    bool m_stopped = false;

    // receive side: bytes with the time they finish arriving on a throttled line
    struct Incoming
    {
        std::uint8_t byte;
        std::chrono::steady_clock::time_point at;
    };
    std::deque<Incoming> m_rx;
    std::chrono::steady_clock::time_point m_rxLineFree{};
    boost::asio::steady_timer m_rxTimer;
    bool m_rxTimerArmed = false;
    std::uint8_t m_readBuffer[512];

    // transmit side
    struct Outgoing
    {
        Bytes bytes;
        std::chrono::steady_clock::time_point notBefore;
    };
    std::deque<Outgoing> m_tx;
    Bytes m_inFlight;
    bool m_writing = false;
    std::chrono::steady_clock::time_point m_txLineFree{};
    boost::asio::steady_timer m_txTimer;

    // answer delay (fault "delay MS") and power cuts
    boost::asio::steady_timer m_answerTimer;
    std::chrono::milliseconds m_nextDelay{0};
    std::uint64_t m_power = 0; // bumps on every power cut; stale callbacks compare it
};

} // namespace fiscal::emu
