#pragma once

// A COM port (RS-232, USB CDC, USB-serial) through Asio: 8N1, no flow control, any baud rate the
// OS accepts. Blocking calls: the owner runs them on its own thread.

#include <memory>

#include "fiscal/transport/transport.h"

namespace fiscal {

class SerialTransport final : public Transport
{
public:
    ~SerialTransport() override;

    // NotFound, PermissionDenied, Busy or OpenFailed when the port cannot be used.
    static Result<std::unique_ptr<SerialTransport>> open(const std::string &path, unsigned baud);

    Result<void> write(ByteView bytes) override;
    Result<Bytes> read(std::size_t maxBytes, Duration timeout) override;
    void flushInput() override;
    void close() override;
    std::string describe() const override;

private:
    struct Impl;
    explicit SerialTransport(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace fiscal
