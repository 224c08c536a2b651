#pragma once

// Status and identity: 10h short status, 11h full status, FCh device type, F7h extended request,
// 14h/15h exchange parameters. Layouts are the long real ones with the legacy bytes (reference §3.1).

#include <optional>
#include <string>

#include "fiscal/commands/request.h"

namespace fiscal {

// Flags of 10h/11h; on FN models only bits 1, 7, 9, 10, 11 mean something.
namespace statusflag {
inline constexpr std::uint16_t ReceiptRoll = 1u << 1;
inline constexpr std::uint16_t ReceiptOptical = 1u << 7;
inline constexpr std::uint16_t ReceiptLever = 1u << 9;
inline constexpr std::uint16_t CoverOpen = 1u << 10;
inline constexpr std::uint16_t DrawerOpen = 1u << 11;
} // namespace statusflag

struct ShortStatus
{
    std::uint8_t operatorNumber = 0;
    std::uint16_t flags = 0;
    std::uint8_t modeByte = 0; // low nibble mode, high nibble its status (document type in mode 8)
    std::uint8_t submode = 0;
    std::uint16_t operationsInReceipt = 0;
    std::uint8_t batteryRaw = 0; // volts = raw * 5 / 255
    std::uint8_t powerRaw = 0;   // volts = raw * 24 / 216
    std::uint8_t legacyFmError = 0;
    std::uint8_t legacyEjError = 0;
    std::optional<std::uint8_t> lastPrintResult; // some models append it

    std::uint8_t mode() const { return modeByte & 0x0F; }
    std::uint8_t modeStatus() const { return modeByte >> 4; }
    bool receiptPaper() const { return (flags & statusflag::ReceiptRoll) != 0; }
    friend bool operator==(const ShortStatus &, const ShortStatus &) = default;
};
Request shortStatusRequest(Password password);
Result<ShortStatus> parseShortStatus(ByteView data);

struct FullStatus
{
    std::uint8_t operatorNumber = 0;
    std::string firmwareVersion; // "1.2" from the two characters "12"
    std::uint16_t firmwareBuild = 0;
    Date firmwareDate;
    std::uint8_t hallNumber = 0;
    std::uint16_t documentNumber = 0;
    std::uint16_t flags = 0;
    std::uint8_t modeByte = 0;
    std::uint8_t submode = 0;
    std::uint8_t port = 0; // 0..127 COM, 128 TCP
    std::string fmFirmwareVersion;
    std::uint16_t fmFirmwareBuild = 0;
    Date fmFirmwareDate;
    Date date;
    Time time;
    std::uint8_t fmFlags = 0;
    std::uint64_t serialNumber = 0; // 4 bytes, plus 2 high bytes on long-serial models
    std::uint16_t lastClosedShift = 0;
    std::uint16_t freeFmRecords = 0;
    std::uint8_t refiscalisations = 0;
    std::uint8_t refiscalisationsLeft = 0;
    std::uint64_t inn = 0;

    std::uint8_t mode() const { return modeByte & 0x0F; }
    friend bool operator==(const FullStatus &, const FullStatus &) = default;
};
Request fullStatusRequest(Password password);
Result<FullStatus> parseFullStatus(ByteView data);

struct DeviceType
{
    std::uint8_t type = 0;
    std::uint8_t subtype = 0;
    std::uint8_t protocolVersion = 0;
    std::uint8_t protocolSubversion = 0;
    std::uint8_t model = 0; // 250 ШТРИХ-М-01Ф, 252 ЛАЙТ-01Ф, 249 ФР-01Ф, ...
    std::uint8_t language = 0;
    std::string name; // UTF-8
    friend bool operator==(const DeviceType &, const DeviceType &) = default;
};
Request deviceTypeRequest(); // FCh takes no password
Result<DeviceType> parseDeviceType(ByteView data);

// F7h type 1: model parameters. Only the capability mask is decoded; the rest is kept raw.
struct ModelParameters
{
    std::uint64_t capabilities = 0; // bit 28: alternative link layer
    Bytes rest;
    friend bool operator==(const ModelParameters &, const ModelParameters &) = default;
};
Request extendedRequest(std::uint8_t type, ByteView data = {});
Result<ModelParameters> parseModelParameters(ByteView data);

// 14h/15h. Baud codes: 0=2400 .. 6=115200, 7=230400, 8=460800, 9=921600.
std::optional<std::uint8_t> baudCode(unsigned baud);
std::optional<unsigned> baudFromCode(std::uint8_t code);
struct ExchangeParams
{
    std::uint8_t baudCode = 0;
    std::uint8_t byteTimeout = 0; // device units, see the spec's table for 14h
    friend bool operator==(const ExchangeParams &, const ExchangeParams &) = default;
};
Request setExchangeParamsRequest(Password password, std::uint8_t port, const ExchangeParams &params);
Request readExchangeParamsRequest(Password password, std::uint8_t port);
Result<ExchangeParams> parseExchangeParams(ByteView data);

} // namespace fiscal
