#pragma once

// Where the registrar is: "serial:/dev/ttyUSB0" or "tcp:192.168.137.111:7778".

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "fiscal/transport/transport.h"

namespace fiscal {

inline constexpr std::uint16_t DefaultTcpPort = 7778;
inline constexpr unsigned DefaultBaud = 115200;

struct DeviceUrl
{
    enum class Kind { Serial, Tcp } kind = Kind::Serial;
    std::string path; // serial device, or TCP host
    std::uint16_t port = DefaultTcpPort;
    friend bool operator==(const DeviceUrl &, const DeviceUrl &) = default;
};

// nullopt for anything else. "tcp:HOST" without a port means 7778; IPv6 hosts go in brackets.
std::optional<DeviceUrl> parseDeviceUrl(std::string_view url);
std::string toString(const DeviceUrl &url);

// Opens the transport the URL names; `baud` only matters for serial ports.
Result<std::unique_ptr<Transport>> openTransport(const DeviceUrl &url, unsigned baud = DefaultBaud,
                                                 Duration connectTimeout = Duration{5000});

} // namespace fiscal
