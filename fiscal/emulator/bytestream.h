#pragma once

// What the emulator talks to the host through: a TCP socket or a tty file descriptor (a pty or a real
// serial port) behind one small interface, so the server's byte pump does not care which.

#include <cstddef>
#include <functional>
#include <utility>

#include <boost/asio/buffer.hpp>
#include <boost/asio/write.hpp>
#include <boost/system/error_code.hpp>

namespace fiscal::emu {

class ByteStream
{
public:
    using Handler = std::function<void(const boost::system::error_code &, std::size_t)>;
    virtual ~ByteStream() = default;
    virtual void read(boost::asio::mutable_buffer buffer, Handler handler) = 0;
    virtual void write(boost::asio::const_buffer buffer, Handler handler) = 0;
    virtual void close() = 0;
    virtual bool isTcp() const = 0;
};

template<class Stream>
class StreamOf : public ByteStream
{
public:
    StreamOf(Stream stream, bool tcp)
        : m_stream(std::move(stream))
        , m_tcp(tcp)
    {}
    void read(boost::asio::mutable_buffer buffer, Handler handler) override
    {
        m_stream.async_read_some(buffer, std::move(handler));
    }
    void write(boost::asio::const_buffer buffer, Handler handler) override
    {
        boost::asio::async_write(m_stream, buffer, std::move(handler));
    }
    void close() override
    {
        boost::system::error_code ignored;
        m_stream.close(ignored);
    }
    bool isTcp() const override { return m_tcp; }

private:
    Stream m_stream;
    bool m_tcp;
};

} // namespace fiscal::emu
