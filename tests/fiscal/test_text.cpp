#include <gtest/gtest.h>

#include "fiscal/codec/text.h"

using namespace fiscal;

TEST(Text, Cp1251Milk)
{
    // "Молоко" as sent in the reference FF46h frame.
    EXPECT_EQ(toHex(encodeText("Молоко", CodePage::Cp1251)), "CC EE EB EE EA EE");
}

TEST(Text, Cp866CashierFromTheFf0cVector)
{
    EXPECT_EQ(toHex(encodeText("Кассир Иванов", CodePage::Cp866)), "8A A0 E1 E1 A8 E0 20 88 A2 A0 AD AE A2");
}

TEST(Text, RoundTripsBothPages)
{
    const std::string text = "Ёжик ёлка №5 — ok";
    EXPECT_EQ(decodeText(encodeText("Ёжик ёлка №5", CodePage::Cp866), CodePage::Cp866), "Ёжик ёлка №5");
    EXPECT_EQ(decodeText(encodeText(text, CodePage::Cp1251), CodePage::Cp1251), text);
}

TEST(Text, UnknownCharactersBecomeQuestionMarks)
{
    EXPECT_EQ(decodeText(encodeText("a€b", CodePage::Cp866), CodePage::Cp866), "a?b");
    EXPECT_EQ(decodeText(encodeText("日", CodePage::Cp1251), CodePage::Cp1251), "?");
}

TEST(Text, FixedFieldsArePaddedAndCut)
{
    const Bytes field = encodeFixedText("Хлеб", 8);
    EXPECT_EQ(toHex(field), "D5 EB E5 E1 00 00 00 00");
    EXPECT_EQ(decodeFixedText(field), "Хлеб");
    EXPECT_EQ(encodeFixedText("0123456789", 4).size(), 4u);
    EXPECT_EQ(utf8Length("Хлеб"), 4u);
}

TEST(Text, MalformedUtf8DoesNotCrash)
{
    const std::string broken("\xD0", 1);
    EXPECT_EQ(encodeText(broken, CodePage::Cp1251).size(), 1u);
}
