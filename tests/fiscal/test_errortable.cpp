// The error table: every code of the reference §5 has a description, FN codes are chosen for the
// FN range, and the one-line texts carry tier, code and command.

#include <gtest/gtest.h>

#include "fiscal/codes.h"
#include "fiscal/errortable.h"

using namespace fiscal;

namespace {

TEST(ErrorTable, EveryFnCodeOfTheReference)
{
    for (int code : {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x10, 0x11, 0x12, 0x14,
                     0x15, 0x16, 0x17, 0x20, 0x2F, 0x30, 0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5}) {
        SCOPED_TRACE(code);
        EXPECT_FALSE(describeFnError(static_cast<std::uint8_t>(code)).empty());
        EXPECT_FALSE(describeDeviceError(static_cast<std::uint8_t>(code), cmd::FnStatus).empty());
    }
}

TEST(ErrorTable, EveryDeviceCodeOfTheReference)
{
    std::vector<int> codes;
    for (int c = 0x33; c <= 0x96; ++c)
        codes.push_back(c);
    for (int c : {0x9B, 0x9C, 0x9D, 0x9E})
        codes.push_back(c);
    for (int c = 0xA0; c <= 0xB2; ++c)
        codes.push_back(c);
    for (int c = 0xB4; c <= 0xD1; ++c)
        codes.push_back(c);
    for (int c = 0xD5; c <= 0xE4; c += (c == 0xD5 ? 0xE0 - 0xD5 : 1))
        codes.push_back(c);
    for (int code : codes) {
        SCOPED_TRACE(code);
        EXPECT_FALSE(describeDeviceError(static_cast<std::uint8_t>(code), cmd::Sale).empty());
    }
}

TEST(ErrorTable, SpecialCasesReadRight)
{
    EXPECT_EQ(describeDeviceError(0x6B, cmd::PrintString), "no receipt paper");
    EXPECT_EQ(describeDeviceError(0x3D, cmd::Sale), "shift not open, operation impossible");
    EXPECT_EQ(describeDeviceError(0x16, cmd::FnOperationV2), "FN: shift longer than 24 hours");
    EXPECT_EQ(describeDeviceError(0x08, cmd::FnReadDocumentBlock), "FN: no requested data");
    EXPECT_EQ(describeDeviceError(0x50, cmd::OpenCheck), "printing of the previous command in progress");
    EXPECT_EQ(describeDeviceError(0xFE, cmd::Sale), "");
}

TEST(ErrorTable, OneLineTexts)
{
    EXPECT_EQ(describe(Error::device(0x6B, cmd::PrintString)),
              "device error 6Bh (no receipt paper) on command 17h");
    EXPECT_EQ(describe(Error::link(LinkError::NoLink, cmd::ShortStatus,
                                   "no reply to ENQ from serial:/dev/ttyS0@115200")),
              "no link: nothing answers ENQ on command 10h: no reply to ENQ from serial:/dev/ttyS0@115200");
    Error lost = Error::link(LinkError::AnswerTimeout, cmd::FnCloseCheckV2, "no answer within 10000 ms");
    lost.outcomeUnknown = true;
    EXPECT_EQ(
        describe(lost),
        "no answer to the command on command FF45h: no answer within 10000 ms [the command may have run]");
    EXPECT_EQ(describe(Error::transport(TransportError::PermissionDenied, "/dev/ttyUSB0: Permission denied")),
              "permission denied (is the user in the dialout group?): /dev/ttyUSB0: Permission denied");
    for (const auto &text :
         {describe(Error::device(0x4F, cmd::XReport)), describe(Error::transport(TransportError::Busy, "x"))})
        EXPECT_EQ(text.find('\n'), std::string::npos);
    EXPECT_EQ(commandName(0x10), "10h");
    EXPECT_EQ(commandName(0xFF01), "FF01h");
}

} // namespace
