#include "fiscal/transport/tcptransport.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>

#include "fiscal/transport/asioread.h"

namespace fiscal {

using boost::asio::ip::tcp;

struct TcpTransport::Impl
{
    boost::asio::io_context io;
    tcp::socket socket{io};
    std::string name;
};

TcpTransport::TcpTransport(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{}

TcpTransport::~TcpTransport()
{
    close();
}

Result<std::unique_ptr<TcpTransport>> TcpTransport::connect(const std::string &host, std::uint16_t port,
                                                            Duration timeout)
{
    auto impl = std::make_unique<Impl>();
    impl->name = host + ":" + std::to_string(port);
    boost::system::error_code ec;
    tcp::resolver resolver(impl->io);
    const auto endpoints = resolver.resolve(host, std::to_string(port), ec);
    if (ec)
        return unexpected(Error::transport(TransportError::NotFound, impl->name + ": " + ec.message()));

    bool done = false;
    boost::system::error_code result;
    boost::asio::async_connect(impl->socket, endpoints,
                               [&](const boost::system::error_code &e, const tcp::endpoint &) {
                                   done = true;
                                   result = e;
                               });
    impl->io.run_for(timeout);
    if (!done) {
        boost::system::error_code ignored;
        impl->socket.close(ignored);
        impl->io.restart();
        impl->io.run();
        return unexpected(Error::transport(TransportError::OpenFailed, impl->name + ": connect timed out"));
    }
    if (result) {
        const bool noHost = result == boost::asio::error::host_unreachable ||
                            result == boost::asio::error::network_unreachable;
        return unexpected(Error::transport(noHost ? TransportError::NotFound : TransportError::OpenFailed,
                                           impl->name + ": " + result.message()));
    }
    impl->socket.set_option(tcp::no_delay(true), ec); // one frame per exchange: latency beats batching
    return std::unique_ptr<TcpTransport>(new TcpTransport(std::move(impl)));
}

Result<void> TcpTransport::write(ByteView bytes)
{
    boost::system::error_code ec;
    boost::asio::write(m_impl->socket, boost::asio::buffer(bytes.data(), bytes.size()), ec);
    if (ec) {
        const bool closed =
            ec == boost::asio::error::broken_pipe || ec == boost::asio::error::connection_reset;
        return unexpected(Error::transport(closed ? TransportError::Closed : TransportError::WriteFailed,
                                           m_impl->name + ": " + ec.message()));
    }
    return {};
}

Result<Bytes> TcpTransport::read(std::size_t maxBytes, Duration timeout)
{
    if (!m_impl->socket.is_open())
        return unexpected(Error::transport(TransportError::Closed, m_impl->name + ": connection closed"));
    return detail::readWithTimeout(m_impl->io, m_impl->socket, maxBytes, timeout, m_impl->name);
}

void TcpTransport::flushInput()
{
    boost::system::error_code ec;
    while (m_impl->socket.is_open()) {
        const std::size_t n = m_impl->socket.available(ec);
        if (ec || n == 0)
            break;
        Bytes junk(n);
        m_impl->socket.read_some(boost::asio::buffer(junk), ec);
        if (ec)
            break;
    }
}

void TcpTransport::close()
{
    boost::system::error_code ignored;
    if (m_impl && m_impl->socket.is_open()) {
        m_impl->socket.shutdown(tcp::socket::shutdown_both, ignored);
        m_impl->socket.close(ignored);
    }
}

std::string TcpTransport::describe() const
{
    return "tcp:" + m_impl->name;
}

} // namespace fiscal
