#pragma once

// The registrar's TCP server (port 7778 by default; RNDIS and Wi-Fi models) through Asio.

#include <memory>

#include "fiscal/transport/transport.h"

namespace fiscal {

class TcpTransport final : public Transport
{
public:
    ~TcpTransport() override;

    static Result<std::unique_ptr<TcpTransport>> connect(const std::string &host, std::uint16_t port,
                                                         Duration timeout = Duration{5000});

    Result<void> write(ByteView bytes) override;
    Result<Bytes> read(std::size_t maxBytes, Duration timeout) override;
    void flushInput() override;
    void close() override;
    std::string describe() const override;

private:
    struct Impl;
    explicit TcpTransport(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace fiscal
