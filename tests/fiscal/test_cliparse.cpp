// What a technician types into prilavok-fr: rubles to kopecks exactly, hex commands.

#include <gtest/gtest.h>

#include "fiscal/cli/cliparse.h"

using namespace fiscal;
using namespace fiscal::cli;

namespace {

TEST(Rubles, Table)
{
    const std::pair<const char *, std::optional<Kopecks>> rows[] = {
        {"100", 10000},
        {"100.50", 10050},
        {"100.5", 10050},
        {"0.01", 1},
        {"0,99", 99},
        {"1 234,56", 123456},
        {"999999999999.99", 99999999999999},
        {"", std::nullopt},
        {".50", std::nullopt},
        {"100.", std::nullopt},
        {"1.234", std::nullopt},
        {"-5", std::nullopt},
        {"+5", std::nullopt},
        {"1e3", std::nullopt},
        {"1.2.3", std::nullopt},
        {"10 .5", 1050},
        {"1000000000000", std::nullopt},
        {"12,3 4", std::nullopt},
    };
    for (const auto &[text, want] : rows) {
        SCOPED_TRACE(text);
        EXPECT_EQ(parseRubles(text), want);
    }
}

TEST(Rubles, FormatBack)
{
    EXPECT_EQ(formatMoney(10050), "100.50");
    EXPECT_EQ(formatMoney(1), "0.01");
    EXPECT_EQ(formatMoney(0), "0.00");
    EXPECT_EQ(formatMoney(-250), "-2.50");
}

TEST(Raw, CommandCodeThenData)
{
    auto one = parseRawCommand("10 1E 00 00 00");
    ASSERT_TRUE(one.has_value());
    EXPECT_EQ(one->code, 0x10);
    EXPECT_EQ(toHex(one->data), "1E 00 00 00");
    auto two = parseRawCommand("FF011E000000");
    ASSERT_TRUE(two.has_value());
    EXPECT_EQ(two->code, 0xFF01);
    EXPECT_EQ(two->data.size(), 4u);
    auto fc = parseRawCommand("FC");
    ASSERT_TRUE(fc.has_value());
    EXPECT_TRUE(fc->data.empty());
    EXPECT_FALSE(parseRawCommand("").has_value());
    EXPECT_FALSE(parseRawCommand("FF").has_value());
    EXPECT_FALSE(parseRawCommand("1G").has_value());
}

TEST(Json, Escaping)
{
    EXPECT_EQ(jsonString("a\"b\\c\n"), "\"a\\\"b\\\\c\\n\"");
    EXPECT_EQ(jsonString("Молоко"), "\"Молоко\"");
    EXPECT_EQ(jsonString(std::string(1, '\x01')), "\"\\u0001\"");
}

TEST(Numbers, Unsigned)
{
    EXPECT_EQ(parseUnsigned("425"), std::optional<std::uint64_t>{425});
    EXPECT_FALSE(parseUnsigned("").has_value());
    EXPECT_FALSE(parseUnsigned("42a").has_value());
    EXPECT_FALSE(parseUnsigned("-1").has_value());
}

} // namespace
