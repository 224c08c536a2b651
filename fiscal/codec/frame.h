#pragma once

// The Shtrih-M standard frame: STX | LEN | CMD (1 byte, or FFh + 1) | DATA | LRC.
// LEN counts CMD and DATA; LRC is the XOR of LEN, CMD and DATA (STX excluded).

#include <cstdint>
#include <optional>

#include "fiscal/codec/bytes.h"

namespace fiscal {

namespace control {
inline constexpr std::uint8_t ENQ = 0x05;
inline constexpr std::uint8_t STX = 0x02;
inline constexpr std::uint8_t ACK = 0x06;
inline constexpr std::uint8_t NAK = 0x15;
// Sent by devices over TCP/RNDIS after the host's ACK of an answer; carries no meaning.
inline constexpr std::uint8_t TcpFiller = 0xFF;
} // namespace control

inline constexpr std::size_t MaxFrameBody = 255;

// A command code: 0x10 for one-byte commands, 0xFF01 for the FN family.
using CommandCode = std::uint16_t;

constexpr bool isTwoByteCommand(CommandCode code)
{
    return code > 0xFF;
}
constexpr int commandLength(CommandCode code)
{
    return isTwoByteCommand(code) ? 2 : 1;
}

std::uint8_t lrc(ByteView lenCmdData);

// Frame body = CMD + DATA. Fails (nullopt) if it is empty or longer than 255 bytes.
std::optional<Bytes> encodeFrame(ByteView body);
// A frame for `code` followed by `data`.
std::optional<Bytes> encodeCommandFrame(CommandCode code, ByteView data);

enum class FrameError : std::uint8_t { TooShort, NoStx, BadLength, BadLrc };

struct DecodedFrame
{
    Bytes body;           // CMD + DATA
    std::size_t consumed; // bytes of the input that made up the frame
};

// Decodes one complete frame from the start of `in`.
struct FrameDecodeResult
{
    std::optional<DecodedFrame> frame;
    FrameError error = FrameError::TooShort;
};
FrameDecodeResult decodeFrame(ByteView in);

// Splits a body into its command code and the rest: FFh starts a two-byte code.
struct CommandSplit
{
    CommandCode code;
    ByteView rest;
};
std::optional<CommandSplit> splitCommand(ByteView body);

// Appends the code bytes of `code` (FF xx or one byte).
void appendCommandCode(Bytes &out, CommandCode code);

} // namespace fiscal
