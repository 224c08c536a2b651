#include <gtest/gtest.h>

#include "fiscal/codec/tlv.h"

using namespace fiscal;

TEST(Tlv, Stlv1224FromTheReference)
{
    // 1224 { 1171 = "+79123456789", 1225 = 128 }
    const Tlv stlv = tlvStlv(1224, {tlvString(1171, "+79123456789"), tlvByte(1225, 0x80)});
    EXPECT_EQ(toHex(encodeTlvs({stlv})),
              "C8 04 15 00 93 04 0C 00 2B 37 39 31 32 33 34 35 36 37 38 39 C9 04 01 00 80");
}

TEST(Tlv, ParseBackNested)
{
    const Bytes bytes = encodeTlvs({tlvString(1021, "Кассир Иванов"), tlvUint32(1203, 7)});
    const auto items = parseTlvs(bytes);
    ASSERT_TRUE(items.has_value());
    ASSERT_EQ(items->size(), 2u);
    EXPECT_EQ(tlvAsString((*items)[0]), "Кассир Иванов");
    EXPECT_EQ(tlvAsUnsigned((*items)[1]), 7u);
    EXPECT_NE(findTlv(*items, 1203), nullptr);
    EXPECT_EQ(findTlv(*items, 1008), nullptr);
}

TEST(Tlv, VlnIsShortestAndFvlnCarriesThePoint)
{
    EXPECT_EQ(toHex(tlvVln(1, 0).value), "00");
    EXPECT_EQ(toHex(tlvVln(1, 0x1234).value), "34 12");
    EXPECT_EQ(toHex(tlvFvln(1023, 1250, 3).value), "03 E2 04");
}

TEST(Tlv, TruncatedInputIsRejected)
{
    EXPECT_FALSE(parseTlvs(*fromHex("FD 03 05 00 41")).has_value());
    EXPECT_FALSE(parseTlvs(*fromHex("FD 03 05")).has_value());
    EXPECT_TRUE(parseTlvs(Bytes{})->empty());
}
