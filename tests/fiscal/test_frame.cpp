// Frames against the verified byte vectors of the protocol reference (§6), real captures included.

#include <gtest/gtest.h>

#include "fiscal/codec/frame.h"

using namespace fiscal;

namespace {

Bytes hex(const char *text)
{
    auto bytes = fromHex(text);
    EXPECT_TRUE(bytes.has_value()) << text;
    return bytes.value_or(Bytes{});
}

struct FrameVector
{
    const char *frame;
    CommandCode code;
    const char *rest; // data after the command code
};

class VerifiedFrames : public ::testing::TestWithParam<FrameVector>
{};

TEST_P(VerifiedFrames, DecodeThenEncodeGivesTheSameBytes)
{
    const Bytes frame = hex(GetParam().frame);
    const auto decoded = decodeFrame(frame);
    ASSERT_TRUE(decoded.frame.has_value());
    EXPECT_EQ(decoded.frame->consumed, frame.size());

    const auto split = splitCommand(decoded.frame->body);
    ASSERT_TRUE(split.has_value());
    EXPECT_EQ(split->code, GetParam().code);
    EXPECT_EQ(Bytes(split->rest.begin(), split->rest.end()), hex(GetParam().rest));

    const auto encoded = encodeCommandFrame(split->code, split->rest);
    ASSERT_TRUE(encoded.has_value());
    EXPECT_EQ(toHex(*encoded), toHex(frame));
}

INSTANTIATE_TEST_SUITE_P(
    Reference, VerifiedFrames,
    ::testing::Values(
        FrameVector{"02 05 10 1E 00 00 00 0B", 0x10, "1E 00 00 00"},
        FrameVector{"02 10 10 00 1E 92 02 02 00 00 9F E5 18 01 00 92 08 00 75", 0x10,
                    "00 1E 92 02 02 00 00 9F E5 18 01 00 92 08 00"},
        FrameVector{"02 10 10 00 1E 92 02 08 00 01 9F E5 18 01 00 8B 02 00 6D", 0x10,
                    "00 1E 92 02 08 00 01 9F E5 18 01 00 8B 02 00"},
        FrameVector{"02 05 88 1E 00 00 00 93", 0x88, "1E 00 00 00"},
        FrameVector{"02 03 88 00 1E 95", 0x88, "00 1E"},
        FrameVector{"02 06 FF 01 1E 00 00 00 E6", 0xFF01, "1E 00 00 00"},
        FrameVector{
            "02 21 FF 01 00 03 00 00 01 00 15 07 1D 0B 1D 39 32 38 37 34 34 30 33 30 31 31 32 30 39 39 31 A9 "
            "01 00 00 68",
            0xFF01,
            "00 03 00 00 01 00 15 07 1D 0B 1D 39 32 38 37 34 34 30 33 30 31 31 32 30 39 39 31 A9 01 00 00"},
        FrameVector{"02 01 FC FD", 0xFC, ""}, FrameVector{"02 05 10 01 00 00 00 14", 0x10, "01 00 00 00"},
        FrameVector{"02 05 11 01 00 00 00 15", 0x11, "01 00 00 00"},
        FrameVector{"02 05 13 01 00 00 00 17", 0x13, "01 00 00 00"},
        FrameVector{"02 05 E0 01 00 00 00 E4", 0xE0, "01 00 00 00"},
        FrameVector{"02 06 8D 01 00 00 00 00 8A", 0x8D, "01 00 00 00 00"},
        FrameVector{"02 0A 50 01 00 00 00 10 27 00 00 00 6C", 0x50, "01 00 00 00 10 27 00 00 00"},
        FrameVector{"02 06 25 01 00 00 00 01 23", 0x25, "01 00 00 00 01"},
        FrameVector{"02 06 FF 41 1E 00 00 00 A6", 0xFF41, "1E 00 00 00"},
        FrameVector{"02 17 FF 0C 1E 00 00 00 FD 03 0D 00 8A A0 E1 E1 A8 E0 20 88 A2 A0 AD AE A2 60", 0xFF0C,
                    "1E 00 00 00 FD 03 0D 00 8A A0 E1 E1 A8 E0 20 88 A2 A0 AD AE A2"}));

TEST(Frame, LrcIsXorOfLengthAndBody)
{
    EXPECT_EQ(lrc(hex("05 10 1E 00 00 00")), 0x0B);
}

TEST(Frame, BadLrcIsReported)
{
    const auto decoded = decodeFrame(hex("02 05 10 1E 00 00 00 0C"));
    EXPECT_FALSE(decoded.frame.has_value());
    EXPECT_EQ(decoded.error, FrameError::BadLrc);
}

TEST(Frame, TruncatedFrameAsksForMore)
{
    const auto decoded = decodeFrame(hex("02 05 10 1E"));
    EXPECT_FALSE(decoded.frame.has_value());
    EXPECT_EQ(decoded.error, FrameError::TooShort);
}

TEST(Frame, MissingStxAndZeroLengthAreErrors)
{
    EXPECT_EQ(decodeFrame(hex("06 05 10")).error, FrameError::NoStx);
    EXPECT_EQ(decodeFrame(hex("02 00 00")).error, FrameError::BadLength);
}

TEST(Frame, BodyLimits)
{
    EXPECT_FALSE(encodeFrame(Bytes{}).has_value());
    EXPECT_TRUE(encodeFrame(Bytes(255, 0x11)).has_value());
    EXPECT_FALSE(encodeFrame(Bytes(256, 0x11)).has_value());
}

TEST(Frame, OnlyTheFirstFrameIsConsumed)
{
    const auto decoded = decodeFrame(hex("02 03 88 00 1E 95 06"));
    ASSERT_TRUE(decoded.frame.has_value());
    EXPECT_EQ(decoded.frame->consumed, 6u);
}

TEST(Hex, RejectsOddAndBadDigits)
{
    EXPECT_FALSE(fromHex("0").has_value());
    EXPECT_FALSE(fromHex("0G").has_value());
    EXPECT_EQ(toHex(*fromHex("0a:ff")), "0A FF");
}

} // namespace
