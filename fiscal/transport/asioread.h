#pragma once

// Blocking reads with a deadline over any Asio stream: start an async read, run the io_context for
// at most the timeout, cancel what is still pending. Shared by the serial and TCP transports.

#include <boost/asio/io_context.hpp>
#include <boost/system/error_code.hpp>

#include "fiscal/transport/transport.h"

namespace fiscal::detail {

template<class Stream>
Result<Bytes> readWithTimeout(boost::asio::io_context &io, Stream &stream, std::size_t maxBytes,
                              Duration timeout, const std::string &who)
{
    Bytes buffer(maxBytes == 0 ? 1 : maxBytes);
    bool done = false;
    boost::system::error_code result;
    std::size_t got = 0;
    io.restart();
    stream.async_read_some(boost::asio::buffer(buffer),
                           [&](const boost::system::error_code &ec, std::size_t n) {
                               done = true;
                               result = ec;
                               got = n;
                           });
    io.run_for(timeout);
    if (!done) {
        boost::system::error_code ignored;
        stream.cancel(ignored);
        io.restart();
        io.run(); // lets the aborted handler (or data that raced the cancel) complete
    }
    if (result == boost::asio::error::operation_aborted || (!result && got == 0))
        return Bytes{};
    if (result) {
        const bool closed = result == boost::asio::error::eof ||
                            result == boost::asio::error::connection_reset ||
                            result == boost::asio::error::broken_pipe;
        return unexpected(Error::transport(closed ? TransportError::Closed : TransportError::ReadFailed,
                                           who + ": " + result.message()));
    }
    buffer.resize(got);
    return buffer;
}

} // namespace fiscal::detail
