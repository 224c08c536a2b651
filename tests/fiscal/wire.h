#pragma once

// Byte helpers shared by the fiscal tests: hex in, frames out.

#include <gtest/gtest.h>

#include "fiscal/codec/frame.h"

namespace wire {

inline fiscal::Bytes hex(std::string_view text)
{
    auto bytes = fiscal::fromHex(text);
    EXPECT_TRUE(bytes.has_value()) << text;
    return bytes.value_or(fiscal::Bytes{});
}

// A whole frame (STX, LEN, code, data, LRC) for `code` followed by `dataHex`.
inline fiscal::Bytes frame(fiscal::CommandCode code, std::string_view dataHex = "")
{
    const auto f = fiscal::encodeCommandFrame(code, hex(dataHex));
    EXPECT_TRUE(f.has_value());
    return f.value_or(fiscal::Bytes{});
}

inline const fiscal::Bytes enq{0x05};
inline const fiscal::Bytes ack{0x06};
inline const fiscal::Bytes nak{0x15};

} // namespace wire
