#include <gtest/gtest.h>

#include "fiscal/codec/values.h"

using namespace fiscal;

TEST(Values, MoneyIsFiveBytesLittleEndian)
{
    Bytes out;
    ASSERT_TRUE(appendMoney(out, 10000)); // 100.00 from the 50h vector
    EXPECT_EQ(toHex(out), "10 27 00 00 00");
    EXPECT_FALSE(appendMoney(out, -1));
    EXPECT_FALSE(appendMoney(out, Kopecks{1} << 40));
}

TEST(Values, QuantityScales)
{
    Bytes legacy;
    ASSERT_TRUE(appendLegacyQuantity(legacy, 1000)); // 1 pc
    EXPECT_EQ(toHex(legacy), "E8 03 00 00 00");
    Bytes ff46;
    ASSERT_TRUE(appendFf46Quantity(ff46, 1000)); // 1 pc = 1 000 000 on the wire
    EXPECT_EQ(toHex(ff46), "40 42 0F 00 00 00");
}

TEST(Values, FnDateTimeFromTheRealCapture)
{
    const Bytes bytes = *fromHex("15 07 1D 0B 1D");
    ByteReader in(bytes);
    const auto dt = readFnDateTime(in);
    ASSERT_TRUE(dt.has_value());
    EXPECT_EQ(*dt, (FnDateTime{{2021, 7, 29}, 11, 29}));
    Bytes back;
    appendFnDateTime(back, *dt);
    EXPECT_EQ(back, bytes);
}

TEST(Values, DmyAndHmsRoundTrip)
{
    Bytes out;
    appendDateDmy(out, {2026, 11, 22});
    appendTimeHms(out, {18, 5, 59});
    EXPECT_EQ(toHex(out), "16 0B 1A 12 05 3B");
    ByteReader in(out);
    EXPECT_EQ(readDateDmy(in), (Date{2026, 11, 22}));
    EXPECT_EQ(readTimeHms(in), (Time{18, 5, 59}));
    EXPECT_FALSE(readTimeHms(in).has_value());
}

TEST(Values, DateValidity)
{
    EXPECT_TRUE(isValid(Date{2024, 2, 29}));
    EXPECT_FALSE(isValid(Date{2026, 2, 29}));
    EXPECT_FALSE(isValid(Date{2026, 13, 1}));
    EXPECT_FALSE(isValid(Time{24, 0, 0}));
}
