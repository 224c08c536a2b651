#include "fiscal/transport/serialtransport.h"

#include <cerrno>
#include <sys/ioctl.h>
#include <termios.h>

#include <boost/asio/serial_port.hpp>
#include <boost/asio/write.hpp>

#include "fiscal/transport/asioread.h"

namespace fiscal {

struct SerialTransport::Impl
{
    boost::asio::io_context io;
    boost::asio::serial_port port{io};
    std::string path;
    unsigned baud = 0;
};

namespace {

TransportError openErrorKind(const boost::system::error_code &ec)
{
    switch (ec.value()) {
    case ENOENT:
    case ENODEV:
    case ENXIO:
        return TransportError::NotFound;
    case EACCES:
    case EPERM:
        return TransportError::PermissionDenied;
    case EBUSY:
        return TransportError::Busy;
    default:
        return TransportError::OpenFailed;
    }
}

} // namespace

SerialTransport::SerialTransport(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{}

SerialTransport::~SerialTransport()
{
    close();
}

Result<std::unique_ptr<SerialTransport>> SerialTransport::open(const std::string &path, unsigned baud)
{
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->baud = baud;
    boost::system::error_code ec;
    impl->port.open(path, ec);
    if (ec)
        return unexpected(Error::transport(openErrorKind(ec), path + ": " + ec.message()));
    // Two programs writing into one registrar corrupt each other's frames: take the port exclusively.
    if (::ioctl(impl->port.native_handle(), TIOCEXCL) != 0 && errno == EBUSY)
        return unexpected(Error::transport(TransportError::Busy, path + ": port is in use"));
    using base = boost::asio::serial_port_base;
    impl->port.set_option(base::baud_rate(baud), ec);
    if (!ec)
        impl->port.set_option(base::character_size(8), ec);
    if (!ec)
        impl->port.set_option(base::parity(base::parity::none), ec);
    if (!ec)
        impl->port.set_option(base::stop_bits(base::stop_bits::one), ec);
    if (!ec)
        impl->port.set_option(base::flow_control(base::flow_control::none), ec);
    if (ec)
        return unexpected(
            Error::transport(TransportError::OpenFailed,
                             path + ": cannot set " + std::to_string(baud) + " 8N1: " + ec.message()));
    ::tcflush(impl->port.native_handle(), TCIOFLUSH);
    return std::unique_ptr<SerialTransport>(new SerialTransport(std::move(impl)));
}

Result<void> SerialTransport::write(ByteView bytes)
{
    boost::system::error_code ec;
    boost::asio::write(m_impl->port, boost::asio::buffer(bytes.data(), bytes.size()), ec);
    if (ec)
        return unexpected(Error::transport(TransportError::WriteFailed, m_impl->path + ": " + ec.message()));
    return {};
}

Result<Bytes> SerialTransport::read(std::size_t maxBytes, Duration timeout)
{
    if (!m_impl->port.is_open())
        return unexpected(Error::transport(TransportError::Closed, m_impl->path + ": port closed"));
    return detail::readWithTimeout(m_impl->io, m_impl->port, maxBytes, timeout, m_impl->path);
}

void SerialTransport::flushInput()
{
    if (m_impl->port.is_open())
        ::tcflush(m_impl->port.native_handle(), TCIFLUSH);
}

void SerialTransport::close()
{
    boost::system::error_code ignored;
    if (m_impl && m_impl->port.is_open())
        m_impl->port.close(ignored);
}

std::string SerialTransport::describe() const
{
    return "serial:" + m_impl->path + "@" + std::to_string(m_impl->baud);
}

} // namespace fiscal
