#include "fiscal/codec/frame.h"

namespace fiscal {

std::uint8_t lrc(ByteView lenCmdData)
{
    std::uint8_t x = 0;
    for (std::uint8_t b : lenCmdData)
        x ^= b;
    return x;
}

std::optional<Bytes> encodeFrame(ByteView body)
{
    if (body.empty() || body.size() > MaxFrameBody)
        return std::nullopt;
    Bytes frame;
    frame.reserve(body.size() + 3);
    frame.push_back(control::STX);
    frame.push_back(static_cast<std::uint8_t>(body.size()));
    frame.insert(frame.end(), body.begin(), body.end());
    frame.push_back(lrc(ByteView(frame).subspan(1)));
    return frame;
}

void appendCommandCode(Bytes &out, CommandCode code)
{
    if (isTwoByteCommand(code))
        out.push_back(static_cast<std::uint8_t>(code >> 8));
    out.push_back(static_cast<std::uint8_t>(code & 0xFF));
}

std::optional<Bytes> encodeCommandFrame(CommandCode code, ByteView data)
{
    Bytes body;
    body.reserve(2 + data.size());
    appendCommandCode(body, code);
    body.insert(body.end(), data.begin(), data.end());
    return encodeFrame(body);
}

FrameDecodeResult decodeFrame(ByteView in)
{
    if (in.empty())
        return {std::nullopt, FrameError::TooShort};
    if (in[0] != control::STX)
        return {std::nullopt, FrameError::NoStx};
    if (in.size() < 2)
        return {std::nullopt, FrameError::TooShort};
    const std::size_t len = in[1];
    if (len == 0)
        return {std::nullopt, FrameError::BadLength};
    if (in.size() < len + 3)
        return {std::nullopt, FrameError::TooShort};
    if (lrc(in.subspan(1, len + 1)) != in[len + 2])
        return {std::nullopt, FrameError::BadLrc};
    DecodedFrame frame{Bytes(in.begin() + 2, in.begin() + 2 + static_cast<std::ptrdiff_t>(len)), len + 3};
    return {std::move(frame), FrameError::TooShort};
}

std::optional<CommandSplit> splitCommand(ByteView body)
{
    if (body.empty())
        return std::nullopt;
    if (body[0] == 0xFF) {
        if (body.size() < 2)
            return std::nullopt;
        return CommandSplit{static_cast<CommandCode>(0xFF00 | body[1]), body.subspan(2)};
    }
    return CommandSplit{body[0], body.subspan(1)};
}

} // namespace fiscal
