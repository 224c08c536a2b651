#include "fiscal/transport/deviceurl.h"

#include <charconv>

#include "fiscal/transport/serialtransport.h"
#include "fiscal/transport/tcptransport.h"

namespace fiscal {

std::optional<DeviceUrl> parseDeviceUrl(std::string_view url)
{
    constexpr std::string_view serial = "serial:";
    constexpr std::string_view tcp = "tcp:";
    if (url.starts_with(serial)) {
        std::string_view path = url.substr(serial.size());
        if (path.empty())
            return std::nullopt;
        return DeviceUrl{DeviceUrl::Kind::Serial, std::string(path), DefaultTcpPort};
    }
    if (!url.starts_with(tcp))
        return std::nullopt;
    std::string_view rest = url.substr(tcp.size());
    std::string_view host = rest;
    std::string_view port;
    if (rest.starts_with('[')) { // [::1]:7778
        const auto close = rest.find(']');
        if (close == std::string_view::npos)
            return std::nullopt;
        host = rest.substr(1, close - 1);
        std::string_view after = rest.substr(close + 1);
        if (!after.empty()) {
            if (after.front() != ':')
                return std::nullopt;
            port = after.substr(1);
        }
    } else if (const auto colon = rest.rfind(':'); colon != std::string_view::npos) {
        host = rest.substr(0, colon);
        port = rest.substr(colon + 1);
        if (host.find(':') != std::string_view::npos)
            return std::nullopt; // bare IPv6 needs brackets
    }
    if (host.empty())
        return std::nullopt;
    DeviceUrl out{DeviceUrl::Kind::Tcp, std::string(host), DefaultTcpPort};
    if (!port.empty() || rest.ends_with(':')) {
        unsigned value = 0;
        const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
        if (ec != std::errc{} || end != port.data() + port.size() || value == 0 || value > 65535)
            return std::nullopt;
        out.port = static_cast<std::uint16_t>(value);
    }
    return out;
}

std::string toString(const DeviceUrl &url)
{
    if (url.kind == DeviceUrl::Kind::Serial)
        return "serial:" + url.path;
    const bool v6 = url.path.find(':') != std::string::npos;
    return "tcp:" + (v6 ? "[" + url.path + "]" : url.path) + ":" + std::to_string(url.port);
}

Result<std::unique_ptr<Transport>> openTransport(const DeviceUrl &url, unsigned baud, Duration connectTimeout)
{
    auto asTransport = [](auto &&opened) { return std::unique_ptr<Transport>(std::move(opened)); };
    if (url.kind == DeviceUrl::Kind::Serial)
        return SerialTransport::open(url.path, baud).transform(asTransport);
    return TcpTransport::connect(url.path, url.port, connectTimeout).transform(asTransport);
}

} // namespace fiscal
