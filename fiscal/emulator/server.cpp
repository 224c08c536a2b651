#include "fiscal/emulator/server.h"

#include "fiscal/emulator/bytestream.h"

#include <fcntl.h>
#include <sys/file.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <utility>

#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/write.hpp>

namespace fiscal::emu {

namespace asio = boost::asio;
using boost::system::error_code;
using SteadyClock = std::chrono::steady_clock;

namespace {

bool setRaw(int fd, int baud, std::string &error)
{
    termios tio{};
    if (::tcgetattr(fd, &tio) != 0) {
        error = std::string("tcgetattr: ") + std::strerror(errno);
        return false;
    }
    ::cfmakeraw(&tio);
    tio.c_cflag |= CLOCAL | CREAD;
    tio.c_cc[VMIN] = 1;
    tio.c_cc[VTIME] = 0;
    speed_t speed = 0;
    switch (baud) {
    case 2400:
        speed = B2400;
        break;
    case 4800:
        speed = B4800;
        break;
    case 9600:
        speed = B9600;
        break;
    case 19200:
        speed = B19200;
        break;
    case 38400:
        speed = B38400;
        break;
    case 57600:
        speed = B57600;
        break;
    case 115200:
        speed = B115200;
        break;
    case 230400:
        speed = B230400;
        break;
    case 460800:
        speed = B460800;
        break;
    case 921600:
        speed = B921600;
        break;
    default:
        break;
    }
    if (speed != 0)
        ::cfsetspeed(&tio, speed);
    if (::tcsetattr(fd, TCSANOW, &tio) != 0) {
        error = std::string("tcsetattr: ") + std::strerror(errno);
        return false;
    }
    return true;
}

} // namespace

namespace {
ServerOptions normalised(ServerOptions o)
{
    o.device.port = o.endpoint == ServerOptions::Endpoint::Tcp ? 128 : 0;
    if (o.host == "localhost")
        o.host = "127.0.0.1";
    if (o.controlHost == "localhost")
        o.controlHost = "127.0.0.1";
    return o;
}
} // namespace

namespace {
// Two emulators on one FN would fork its history, so the state file is locked (flock on a side
// file). The kernel drops the lock when a process dies, so a restart after kill -9 works.
int lockState(const std::string &statePath)
{
    if (statePath.empty())
        return -1;
    const int fd = ::open((statePath + ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return -1;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return Server::LockBusy;
    }
    return fd;
}

DeviceConfig unlessLocked(DeviceConfig config, int lockFd)
{
    if (lockFd == Server::LockBusy)
        config.statePath.clear(); // never touch another emulator's state
    return config;
}
} // namespace

Server::Server(asio::io_context &io, ServerOptions options)
    : m_io(io)
    , m_options(normalised(std::move(options)))
    , m_lockFd(lockState(m_options.device.statePath))
    , m_device(unlessLocked(m_options.device, m_lockFd))
    , m_rxTimer(io)
    , m_txTimer(io)
    , m_answerTimer(io)
{
    m_link.setTcpFfQuirk(m_options.endpoint == ServerOptions::Endpoint::Tcp && m_options.tcpFfQuirk);
    m_link.setByteTimeout(m_device.byteTimeout());
}

Server::~Server()
{
    stop();
}

bool Server::start(std::string &error)
{
    if (m_lockFd == LockBusy) {
        error = "the state file " + m_options.device.statePath + " is in use by another emulator";
        return false;
    }
    try {
        if (!m_options.controlHost.empty()) {
            const asio::ip::tcp::endpoint ep(asio::ip::make_address(m_options.controlHost),
                                             m_options.controlPort);
            m_controlAcceptor = std::make_unique<asio::ip::tcp::acceptor>(m_io, ep);
            m_controlPort = m_controlAcceptor->local_endpoint().port();
            acceptControl();
        }
        switch (m_options.endpoint) {
        case ServerOptions::Endpoint::Tcp: {
            const asio::ip::tcp::endpoint ep(asio::ip::make_address(m_options.host), m_options.port);
            m_acceptor = std::make_unique<asio::ip::tcp::acceptor>(m_io, ep);
            m_port = m_acceptor->local_endpoint().port();
            accept();
            return true;
        }
        case ServerOptions::Endpoint::Serial:
            return openSerial(error);
        case ServerOptions::Endpoint::Pty:
            return openPty(error);
        }
    } catch (const boost::system::system_error &e) {
        error = e.what();
        return false;
    }
    return false;
}

void Server::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    error_code ignored;
    if (m_acceptor)
        m_acceptor->close(ignored);
    if (m_controlAcceptor)
        m_controlAcceptor->close(ignored);
    if (m_stream)
        m_stream->close();
    m_rxTimer.cancel();
    m_txTimer.cancel();
    m_answerTimer.cancel();
    if (m_ptySlave >= 0) {
        ::close(m_ptySlave);
        m_ptySlave = -1;
    }
    if (m_options.endpoint == ServerOptions::Endpoint::Pty && !m_options.path.empty())
        ::unlink(m_options.path.c_str());
    if (m_lockFd >= 0) {
        ::close(m_lockFd);
        m_lockFd = -1;
    }
}

std::string Server::where() const
{
    switch (m_options.endpoint) {
    case ServerOptions::Endpoint::Tcp:
        return "tcp " + m_options.host + ":" + std::to_string(m_port);
    case ServerOptions::Endpoint::Serial:
        return "serial " + m_options.path;
    case ServerOptions::Endpoint::Pty:
        return "pty " + m_options.path + " -> " + m_ptyName;
    }
    return {};
}

void Server::accept()
{
    m_acceptor->async_accept([this](const error_code &ec, asio::ip::tcp::socket socket) {
        if (ec || m_stopped)
            return;
        socket.set_option(asio::ip::tcp::no_delay(true));
        // One host at a time, as on the real device: a new connection replaces the old one. The
        // link state (a held answer) belongs to the device and survives the change.
        attach(std::make_unique<StreamOf<asio::ip::tcp::socket>>(std::move(socket), true));
        accept();
    });
}

bool Server::openPty(std::string &error)
{
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0) {
        error = std::string("cannot create a pseudo-terminal: ") + std::strerror(errno);
        if (master >= 0)
            ::close(master);
        return false;
    }
    const char *name = ::ptsname(master);
    m_ptyName = name ? name : "";
    // Keep a slave descriptor open ourselves: otherwise the master reads EIO whenever no host has
    // the port open, and the raw settings would be lost between hosts.
    m_ptySlave = ::open(m_ptyName.c_str(), O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (m_ptySlave < 0 || !setRaw(m_ptySlave, 0, error)) {
        if (error.empty())
            error = "cannot open " + m_ptyName + ": " + std::strerror(errno);
        ::close(master);
        return false;
    }
    if (!m_options.path.empty()) {
        ::unlink(m_options.path.c_str());
        if (::symlink(m_ptyName.c_str(), m_options.path.c_str()) != 0) {
            error = "cannot create " + m_options.path + ": " + std::strerror(errno);
            ::close(master);
            return false;
        }
    }
    asio::posix::stream_descriptor fd(m_io, master);
    attach(std::make_unique<StreamOf<asio::posix::stream_descriptor>>(std::move(fd), false));
    return true;
}

bool Server::openSerial(std::string &error)
{
    const int fd = ::open(m_options.path.c_str(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        error = "cannot open " + m_options.path + ": " + std::strerror(errno);
        return false;
    }
    if (!setRaw(fd, m_options.baud, error)) {
        ::close(fd);
        return false;
    }
    m_serialFd = fd;
    asio::posix::stream_descriptor sd(m_io, fd);
    attach(std::make_unique<StreamOf<asio::posix::stream_descriptor>>(std::move(sd), false));
    return true;
}

void Server::applyPendingBaud()
{
    // 14h changes the line speed; the device switches after its answer went out at the old one.
    if (m_pendingBaud == 0)
        return;
    if (m_options.baud > 0)
        m_options.baud = m_pendingBaud;
    if (m_serialFd >= 0) {
        std::string ignored;
        setRaw(m_serialFd, m_pendingBaud, ignored);
    }
    m_pendingBaud = 0;
}

void Server::attach(std::unique_ptr<ByteStream> stream)
{
    if (m_stream)
        m_stream->close();
    m_stream = std::move(stream);
    ++m_streamGeneration;
    m_tx.clear();
    m_writing = false;
    m_txTimer.cancel();
    m_rx.clear();
    readMore();
}

void Server::readMore()
{
    if (!m_stream)
        return;
    const std::uint64_t generation = m_streamGeneration;
    m_stream->read(asio::buffer(m_readBuffer), [this, generation](const error_code &ec, std::size_t n) {
        if (m_stopped || generation != m_streamGeneration)
            return;
        if (ec) {
            if (m_stream && m_stream->isTcp()) {
                m_stream->close();
                m_stream.reset();
                ++m_streamGeneration;
                m_tx.clear();
                m_writing = false;
                return;
            }
            // A tty hiccup (EIO while nobody holds the other end): try again shortly.
            auto retry = std::make_shared<asio::steady_timer>(m_io, std::chrono::milliseconds(50));
            retry->async_wait([this, retry, generation](const error_code &tec) {
                if (!tec && !m_stopped && generation == m_streamGeneration)
                    readMore();
            });
            return;
        }
        if (hostSpeedMismatch()) {
            readMore();
            return;
        }
        const auto now = SteadyClock::now();
        for (std::size_t i = 0; i < n; ++i) {
            auto at = now;
            if (m_options.baud > 0) {
                // On a throttled line each byte finishes arriving one byte-time after the last.
                m_rxLineFree = std::max(m_rxLineFree, now) +
                               std::chrono::duration_cast<SteadyClock::duration>(wireTime(1));
                at = m_rxLineFree;
            }
            m_rx.push_back({m_readBuffer[i], at});
        }
        processIncoming();
        readMore();
    });
}

bool Server::hostSpeedMismatch() const
{
    if (!m_options.strictBaud || m_options.baud <= 0 || m_ptySlave < 0)
        return false;
    // The pty's line settings are shared by both of its sides: the host's cfsetspeed shows here.
    termios tio{};
    if (::tcgetattr(m_ptySlave, &tio) != 0)
        return false;
    static constexpr std::pair<speed_t, int> speeds[] = {
        {B2400, 2400},   {B4800, 4800},     {B9600, 9600},     {B19200, 19200},   {B38400, 38400},
        {B57600, 57600}, {B115200, 115200}, {B230400, 230400}, {B460800, 460800}, {B921600, 921600}};
    const speed_t speed = ::cfgetospeed(&tio);
    for (const auto &[code, baud] : speeds)
        if (code == speed)
            return baud != m_options.baud;
    return true;
}

void Server::processIncoming()
{
    const auto now = SteadyClock::now();
    while (!m_rx.empty() && m_rx.front().at <= now) {
        const Incoming in = m_rx.front();
        m_rx.pop_front();
        onByte(in.byte, in.at);
    }
    if (!m_rx.empty() && !m_rxTimerArmed) {
        // One wake-up for the whole burst (each byte keeps its own arrival time): waking up per
        // byte would add the timer's latency to every byte of a throttled frame.
        m_rxTimerArmed = true;
        m_rxTimer.expires_at(m_rx.back().at);
        m_rxTimer.async_wait([this](const error_code &ec) {
            m_rxTimerArmed = false;
            if (!ec && !m_stopped)
                processIncoming();
        });
    }
}

void Server::onByte(std::uint8_t byte, SteadyClock::time_point at)
{
    auto actions = m_link.onByte(byte, at);
    if (!actions.send.empty())
        send(std::move(actions.send), at + m_options.turnaround);
    if (actions.execute) {
        Bytes answer = m_device.execute(*actions.execute);
        m_link.setByteTimeout(m_device.byteTimeout());
        if (answer.size() >= 2 && answer[0] == 0x14 && answer[1] == 0) {
            static constexpr int bauds[] = {2400,  4800,   9600,   19200,  38400,
                                            57600, 115200, 230400, 460800, 921600};
            m_pendingBaud = bauds[std::min<int>(m_device.baudCode(), 9)];
        }
        scheduleAnswer(std::move(answer));
    }
}

void Server::scheduleAnswer(Bytes answerBody)
{
    const auto delay = m_nextDelay;
    m_nextDelay = std::chrono::milliseconds(0);
    if (delay.count() <= 0) {
        Bytes frame = m_link.answerReady(answerBody);
        if (!frame.empty())
            send(std::move(frame), SteadyClock::now() + m_options.turnaround);
        return;
    }
    const std::uint64_t power = m_power;
    m_answerTimer.expires_after(delay);
    m_answerTimer.async_wait([this, power, answer = std::move(answerBody)](const error_code &ec) {
        if (ec || m_stopped || power != m_power)
            return;
        Bytes frame = m_link.answerReady(answer);
        if (!frame.empty())
            send(std::move(frame), SteadyClock::now());
    });
}

std::chrono::nanoseconds Server::wireTime(std::size_t bytes) const
{
    if (m_options.baud <= 0)
        return std::chrono::nanoseconds(0);
    // 8N1: a start bit, 8 data bits and a stop bit per byte.
    return std::chrono::nanoseconds(static_cast<std::int64_t>(bytes) * 10'000'000'000LL / m_options.baud);
}

void Server::send(Bytes bytes, SteadyClock::time_point notBefore)
{
    if (!m_stream || bytes.empty())
        return;
    m_tx.push_back({std::move(bytes), notBefore});
    if (!m_writing)
        writeNext();
}

void Server::writeNext()
{
    if (m_tx.empty() || !m_stream) {
        m_writing = false;
        applyPendingBaud();
        return;
    }
    m_writing = true;
    // The bytes leave the queue before the write starts, so clearing the queue (power cut,
    // disconnect) never frees a buffer an asynchronous write still reads.
    m_inFlight = std::move(m_tx.front().bytes);
    const auto notBefore = m_tx.front().notBefore;
    m_tx.pop_front();
    const auto now = SteadyClock::now();
    const auto start = std::max({now, notBefore, m_txLineFree});
    const auto deliverAt =
        start + std::chrono::duration_cast<SteadyClock::duration>(wireTime(m_inFlight.size()));
    m_txLineFree = deliverAt;
    const std::uint64_t generation = m_streamGeneration;
    auto doWrite = [this, generation]() {
        if (m_stopped || generation != m_streamGeneration || !m_stream) {
            m_writing = false;
            return;
        }
        m_stream->write(asio::buffer(m_inFlight), [this, generation](const error_code &ec, std::size_t) {
            if (m_stopped || generation != m_streamGeneration)
                return;
            if (ec) {
                m_tx.clear();
                m_writing = false;
                return;
            }
            writeNext();
        });
    };
    if (deliverAt <= now) {
        doWrite();
        return;
    }
    m_txTimer.expires_at(deliverAt);
    m_txTimer.async_wait([this, doWrite, generation](const error_code &ec) {
        if (generation != m_streamGeneration)
            return;
        if (!ec)
            doWrite();
        else
            m_writing = false;
    });
}

} // namespace fiscal::emu
