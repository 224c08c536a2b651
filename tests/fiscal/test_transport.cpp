// Transports: device URLs, the real serial port over a pseudo-terminal, TCP over loopback, and the
// errors a technician meets first (no such port, nothing listening).

#include <chrono>
#include <fcntl.h>
#include <pty.h>
#include <thread>
#include <unistd.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <gtest/gtest.h>

#include "fiscal/transport/deviceurl.h"
#include "fiscal/transport/scriptedtransport.h"
#include "fiscal/transport/serialtransport.h"
#include "fiscal/transport/tcptransport.h"
#include "wire.h"

using namespace fiscal;
using namespace std::chrono_literals;

namespace {

struct UrlRow
{
    const char *text;
    bool valid;
    DeviceUrl::Kind kind;
    const char *path;
    std::uint16_t port;
};

TEST(DeviceUrl, Table)
{
    const UrlRow rows[] = {
        {"serial:/dev/ttyUSB0", true, DeviceUrl::Kind::Serial, "/dev/ttyUSB0", DefaultTcpPort},
        {"serial:/dev/serial/by-id/usb-SHTRIH-if00", true, DeviceUrl::Kind::Serial,
         "/dev/serial/by-id/usb-SHTRIH-if00", DefaultTcpPort},
        {"tcp:192.168.137.111:7778", true, DeviceUrl::Kind::Tcp, "192.168.137.111", 7778},
        {"tcp:192.168.4.1", true, DeviceUrl::Kind::Tcp, "192.168.4.1", 7778},
        {"tcp:kkt.local:9000", true, DeviceUrl::Kind::Tcp, "kkt.local", 9000},
        {"tcp:[::1]:7778", true, DeviceUrl::Kind::Tcp, "::1", 7778},
        {"tcp:[fe80::1]", true, DeviceUrl::Kind::Tcp, "fe80::1", 7778},
        {"serial:", false, {}, "", 0},
        {"tcp:", false, {}, "", 0},
        {"tcp:host:", false, {}, "", 0},
        {"tcp:host:0", false, {}, "", 0},
        {"tcp:host:65536", false, {}, "", 0},
        {"tcp:host:77x", false, {}, "", 0},
        {"tcp:::1:7778", false, {}, "", 0},
        {"/dev/ttyUSB0", false, {}, "", 0},
        {"usb:/dev/ttyACM0", false, {}, "", 0},
    };
    for (const UrlRow &row : rows) {
        SCOPED_TRACE(row.text);
        const auto url = parseDeviceUrl(row.text);
        ASSERT_EQ(url.has_value(), row.valid);
        if (!url)
            continue;
        EXPECT_EQ(url->kind, row.kind);
        EXPECT_EQ(url->path, row.path);
        EXPECT_EQ(url->port, row.port);
        EXPECT_EQ(parseDeviceUrl(toString(*url)), url) << "round trip";
    }
}

TEST(SerialTransport, MissingPortIsNotFound)
{
    auto port = SerialTransport::open("/dev/ttyDoesNotExist0", 115200);
    ASSERT_FALSE(port.hasValue());
    EXPECT_EQ(port.error().code, static_cast<int>(TransportError::NotFound));
    EXPECT_NE(port.error().detail.find("/dev/ttyDoesNotExist0"), std::string::npos);
}

TEST(SerialTransport, NonTerminalCannotBeConfigured)
{
    auto port = SerialTransport::open("/dev/null", 115200);
    ASSERT_FALSE(port.hasValue());
    EXPECT_TRUE(port.error().isTransport());
}

// A pseudo-terminal pair: the transport opens the slave like a real COM port, the test plays the
// device on the master side.
class PtyPair
{
public:
    PtyPair()
    {
        char name[256] = {};
        if (::openpty(&m_master, &m_slave, name, nullptr, nullptr) == 0)
            m_name = name;
    }
    ~PtyPair()
    {
        if (m_master >= 0)
            ::close(m_master);
        if (m_slave >= 0)
            ::close(m_slave);
    }
    const std::string &name() const { return m_name; }
    void send(const Bytes &b)
    {
        ASSERT_EQ(::write(m_master, b.data(), b.size()), static_cast<ssize_t>(b.size()));
    }
    Bytes receive(std::size_t n)
    {
        Bytes out;
        const auto deadline = std::chrono::steady_clock::now() + 2s;
        while (out.size() < n && std::chrono::steady_clock::now() < deadline) {
            std::uint8_t buf[256];
            const ssize_t got = ::read(m_master, buf, std::min(sizeof buf, n - out.size()));
            if (got > 0)
                out.insert(out.end(), buf, buf + got);
            else
                std::this_thread::sleep_for(1ms);
        }
        return out;
    }

private:
    int m_master = -1;
    int m_slave = -1;
    std::string m_name;
};

TEST(SerialTransport, BytesBothWaysOverAPty)
{
    PtyPair pty;
    ASSERT_FALSE(pty.name().empty());
    auto port = SerialTransport::open(pty.name(), 115200);
    ASSERT_TRUE(port.hasValue()) << port.error().detail;
    EXPECT_EQ((*port)->describe(), "serial:" + pty.name() + "@115200");

    ASSERT_TRUE((*port)->write(wire::hex("02 05 10 1E 00 00 00 0B")).hasValue());
    EXPECT_EQ(toHex(pty.receive(8)), "02 05 10 1E 00 00 00 0B");

    pty.send(wire::hex("06 02 03"));
    Bytes got;
    while (got.size() < 3) {
        auto r = (*port)->read(16, 500ms);
        ASSERT_TRUE(r.hasValue());
        ASSERT_FALSE(r->empty()) << "timed out";
        got.insert(got.end(), r->begin(), r->end());
    }
    EXPECT_EQ(toHex(got), "06 02 03");
}

TEST(SerialTransport, ReadTimesOutInSilence)
{
    PtyPair pty;
    auto port = SerialTransport::open(pty.name(), 9600);
    ASSERT_TRUE(port.hasValue());
    const auto start = std::chrono::steady_clock::now();
    auto r = (*port)->read(16, 100ms);
    const auto took = std::chrono::steady_clock::now() - start;
    ASSERT_TRUE(r.hasValue());
    EXPECT_TRUE(r->empty());
    EXPECT_GE(took, 90ms);
    EXPECT_LT(took, 1s);
}

TEST(SerialTransport, FlushDropsUnreadInput)
{
    PtyPair pty;
    auto port = SerialTransport::open(pty.name(), 115200);
    ASSERT_TRUE(port.hasValue());
    pty.send(wire::hex("AA BB CC"));
    std::this_thread::sleep_for(50ms);
    (*port)->flushInput();
    auto r = (*port)->read(16, 50ms);
    ASSERT_TRUE(r.hasValue());
    EXPECT_TRUE(r->empty());
}

TEST(TcpTransport, NothingListeningIsAnOpenError)
{
    boost::asio::io_context io;
    boost::asio::ip::tcp::acceptor probe(io, {boost::asio::ip::make_address("127.0.0.1"), 0});
    const auto port = probe.local_endpoint().port();
    probe.close(); // now surely closed
    auto t = TcpTransport::connect("127.0.0.1", port, 1s);
    ASSERT_FALSE(t.hasValue());
    EXPECT_TRUE(t.error().isTransport());
}

TEST(TcpTransport, ExchangeOverLoopbackAndPeerClose)
{
    boost::asio::io_context io;
    boost::asio::ip::tcp::acceptor acceptor(io, {boost::asio::ip::make_address("127.0.0.1"), 0});
    const auto port = acceptor.local_endpoint().port();
    std::thread server([&] {
        boost::asio::ip::tcp::socket peer(io);
        acceptor.accept(peer);
        std::uint8_t buf[1];
        boost::asio::read(peer, boost::asio::buffer(buf));
        const std::uint8_t reply[] = {0x15, 0xFF};
        boost::asio::write(peer, boost::asio::buffer(reply));
        std::this_thread::sleep_for(50ms);
        peer.close();
    });
    auto t = TcpTransport::connect("127.0.0.1", port, 1s);
    ASSERT_TRUE(t.hasValue()) << t.error().detail;
    ASSERT_TRUE((*t)->write(wire::enq).hasValue());
    Bytes got;
    while (got.size() < 2) {
        auto r = (*t)->read(8, 1s);
        ASSERT_TRUE(r.hasValue());
        ASSERT_FALSE(r->empty());
        got.insert(got.end(), r->begin(), r->end());
    }
    EXPECT_EQ(toHex(got), "15 FF");
    server.join();
    auto closed = (*t)->read(8, 1s);
    ASSERT_FALSE(closed.hasValue());
    EXPECT_EQ(closed.error().code, static_cast<int>(TransportError::Closed));
}

TEST(ScriptedTransport, ReportsUnscriptedWrites)
{
    ScriptedTransport s;
    s.expect(wire::enq).reply(wire::nak);
    ASSERT_TRUE(s.write(wire::ack).hasValue());
    EXPECT_FALSE(s.finished());
    EXPECT_NE(s.report().find("expected 05"), std::string::npos);
}

TEST(ScriptedTransport, DelaysAdvanceVirtualTime)
{
    ScriptedTransport s;
    s.expect(wire::enq).reply(wire::nak, 300ms);
    ASSERT_TRUE(s.write(wire::enq).hasValue());
    auto early = s.read(4, 100ms);
    ASSERT_TRUE(early.hasValue());
    EXPECT_TRUE(early->empty());
    auto later = s.read(4, 1s);
    ASSERT_TRUE(later.hasValue());
    EXPECT_EQ(toHex(*later), "15");
    EXPECT_EQ(s.elapsed(), 300ms);
    EXPECT_TRUE(s.finished());
}

} // namespace
