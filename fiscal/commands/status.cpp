#include "fiscal/commands/status.h"

#include <array>

#include "fiscal/codec/text.h"
#include "fiscal/codes.h"

namespace fiscal {

using detail::requireLength;

namespace {

std::string versionText(ByteView two)
{
    std::string out;
    for (std::size_t i = 0; i < two.size(); ++i) {
        if (i > 0)
            out.push_back('.');
        const char c = static_cast<char>(two[i]);
        out.push_back(c >= 0x20 && c < 0x7F ? c : '?');
    }
    return out;
}

std::uint8_t u8(ByteReader &in)
{
    return in.u8().value_or(0);
}
std::uint16_t u16(ByteReader &in)
{
    return static_cast<std::uint16_t>(in.le(2).value_or(0));
}

} // namespace

Request shortStatusRequest(Password password)
{
    return passwordOnly(cmd::ShortStatus, password);
}

Result<ShortStatus> parseShortStatus(ByteView data)
{
    // op, flags(2), mode, submode, ops-lo, battery, power, FM err, EJ err, ops-hi, reserved(3)
    FISCAL_TRY(requireLength(cmd::ShortStatus, data, 14));
    ByteReader in(data);
    ShortStatus s;
    s.operatorNumber = u8(in);
    s.flags = u16(in);
    s.modeByte = u8(in);
    s.submode = u8(in);
    const std::uint8_t opsLow = u8(in);
    s.batteryRaw = u8(in);
    s.powerRaw = u8(in);
    s.legacyFmError = u8(in);
    s.legacyEjError = u8(in);
    s.operationsInReceipt = static_cast<std::uint16_t>(opsLow | (u8(in) << 8));
    in.take(3);
    if (in.remaining() > 0)
        s.lastPrintResult = u8(in);
    return s;
}

Request fullStatusRequest(Password password)
{
    return passwordOnly(cmd::FullStatus, password);
}

Result<FullStatus> parseFullStatus(ByteView data)
{
    constexpr std::size_t need = 46;
    FISCAL_TRY(requireLength(cmd::FullStatus, data, need));
    ByteReader in(data);
    FullStatus s;
    s.operatorNumber = u8(in);
    s.firmwareVersion = versionText(*in.take(2));
    s.firmwareBuild = u16(in);
    s.firmwareDate = readDateDmy(in).value_or(Date{});
    s.hallNumber = u8(in);
    s.documentNumber = u16(in);
    s.flags = u16(in);
    s.modeByte = u8(in);
    s.submode = u8(in);
    s.port = u8(in);
    s.fmFirmwareVersion = versionText(*in.take(2));
    s.fmFirmwareBuild = u16(in);
    s.fmFirmwareDate = readDateDmy(in).value_or(Date{});
    s.date = readDateDmy(in).value_or(Date{});
    s.time = readTimeHms(in).value_or(Time{});
    s.fmFlags = u8(in);
    s.serialNumber = in.le(4).value_or(0);
    s.lastClosedShift = u16(in);
    s.freeFmRecords = u16(in);
    s.refiscalisations = u8(in);
    s.refiscalisationsLeft = u8(in);
    s.inn = in.le(6).value_or(0);
    if (in.remaining() >= 2)
        s.serialNumber |= in.le(2).value_or(0) << 32;
    return s;
}

Request deviceTypeRequest()
{
    return Request{cmd::DeviceType, {}};
}

Result<DeviceType> parseDeviceType(ByteView data)
{
    FISCAL_TRY(requireLength(cmd::DeviceType, data, 6));
    ByteReader in(data);
    DeviceType t;
    t.type = u8(in);
    t.subtype = u8(in);
    t.protocolVersion = u8(in);
    t.protocolSubversion = u8(in);
    t.model = u8(in);
    t.language = u8(in);
    t.name = decodeFixedText(in.rest());
    return t;
}

Request extendedRequest(std::uint8_t type, ByteView data)
{
    Request r{cmd::ExtendedRequest, {}};
    r.data.reserve(1 + data.size()); // also keeps GCC 12's -Warray-bounds false positive quiet
    r.data.push_back(type);
    r.data.insert(r.data.end(), data.begin(), data.end());
    return r;
}

Result<ModelParameters> parseModelParameters(ByteView data)
{
    FISCAL_TRY(requireLength(cmd::ExtendedRequest, data, 8));
    ByteReader in(data);
    ModelParameters p;
    p.capabilities = in.le(8).value_or(0);
    const ByteView rest = in.rest();
    p.rest.assign(rest.begin(), rest.end());
    return p;
}

namespace {
constexpr std::array<unsigned, 10> bauds{2400,  4800,   9600,   19200,  38400,
                                         57600, 115200, 230400, 460800, 921600};
}

std::optional<std::uint8_t> baudCode(unsigned baud)
{
    for (std::size_t i = 0; i < bauds.size(); ++i)
        if (bauds[i] == baud)
            return static_cast<std::uint8_t>(i);
    return std::nullopt;
}

std::optional<unsigned> baudFromCode(std::uint8_t code)
{
    if (code >= bauds.size())
        return std::nullopt;
    return bauds[code];
}

Request setExchangeParamsRequest(Password password, std::uint8_t port, const ExchangeParams &params)
{
    Request r = passwordOnly(cmd::SetExchangeParams, password);
    r.data.insert(r.data.end(), {port, params.baudCode, params.byteTimeout});
    return r;
}

Request readExchangeParamsRequest(Password password, std::uint8_t port)
{
    Request r = passwordOnly(cmd::ReadExchangeParams, password);
    r.data.push_back(port);
    return r;
}

Result<ExchangeParams> parseExchangeParams(ByteView data)
{
    FISCAL_TRY(requireLength(cmd::ReadExchangeParams, data, 2));
    return ExchangeParams{data[0], data[1]};
}

} // namespace fiscal
