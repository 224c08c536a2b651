// The shared CSV reader: RFC 4180 shapes, line numbers, limits, chunked sources; and the encodings
// a Russian shop's spreadsheet arrives in.

#include <gtest/gtest.h>

#include "csv/csvreader.h"
#include "csv/encoding.h"

namespace {

std::vector<std::vector<std::string>> readAll(csv::Reader &reader)
{
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> fields;
    while (reader.next(fields))
        rows.push_back(fields);
    return rows;
}

TEST(CsvReader, QuotedFieldsLineEndsAndLineNumbers)
{
    const std::string text =
        "\xEF\xBB\xBFid,name\r\np1,\"Сыр, \"\"Российский\"\"\"\np2,\"two\nlines\"\n\np3,last";
    auto reader = csv::Reader::overBytes(text, ',');
    std::vector<std::string> fields;
    std::vector<int> lines;
    std::vector<std::vector<std::string>> rows;
    while (reader.next(fields)) {
        rows.push_back(fields);
        lines.push_back(reader.line());
    }
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"id", "name"})); // the BOM is not part of "id"
    EXPECT_EQ(rows[1][1], "Сыр, \"Российский\"");
    EXPECT_EQ(rows[2][1], "two\nlines");
    EXPECT_EQ(rows[3], (std::vector<std::string>{"p3", "last"}));
    EXPECT_EQ(lines, (std::vector<int>{1, 2, 3, 6}));
    EXPECT_EQ(reader.position(), text.size());
}

TEST(CsvReader, ASourceInTinyChunksReadsTheSame)
{
    const std::string text = "a;b;c\n\"x;y\";\"\"\"q\"\"\";z\n1;2;3\n";
    std::size_t at = 0;
    csv::Reader reader(
        [&](char *buffer, std::size_t) {
            if (at == text.size())
                return std::size_t(0);
            buffer[0] = text[at++];
            return std::size_t(1);
        },
        ';');
    auto rows = readAll(reader);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[1], (std::vector<std::string>{"x;y", "\"q\"", "z"}));
}

TEST(CsvReader, AnUnclosedQuoteOrAnOverlongFieldEndsWithTheLine)
{
    auto open = csv::Reader::overBytes("a,b\nc,\"never closed\nd,e\n", ',');
    std::vector<std::string> fields;
    ASSERT_TRUE(open.next(fields));
    try {
        open.next(fields);
        FAIL() << "an unclosed quote was accepted";
    } catch (const csv::Error &e) {
        EXPECT_EQ(e.line(), 2);
    }
    const std::string longField = "name\n" + std::string(100, 'x') + "\n";
    auto limited = csv::Reader::overBytes(longField, ',', {50, 10});
    ASSERT_TRUE(limited.next(fields));
    EXPECT_THROW(limited.next(fields), csv::Error);
    const std::string manyFields = std::string(20, ',') + "\n";
    auto wide = csv::Reader::overBytes(manyFields, ',', {50, 10});
    EXPECT_THROW(wide.next(fields), csv::Error);
}

TEST(CsvReader, SeparatorFollowsTheHeader)
{
    EXPECT_EQ(csv::detectSeparator("name;price;barcode\n1,5;2\n"), ';');
    EXPECT_EQ(csv::detectSeparator("name,price\n"), ',');
}

TEST(CsvEncoding, Windows1251IsDetectedAndConverted)
{
    // "Хлеб Бородинский №1 ёж" as Excel saves it on a Russian Windows.
    const std::string cp1251 = "\xD5\xEB\xE5\xE1 \xC1\xEE\xF0\xEE\xE4\xE8\xED\xF1\xEA\xE8\xE9 \xB9"
                               "1 \xB8\xE6";
    EXPECT_EQ(csv::detectEncoding(cp1251), csv::Encoding::Windows1251);
    EXPECT_EQ(csv::windows1251ToUtf8(cp1251), "Хлеб Бородинский №1 ёж");
    EXPECT_EQ(csv::detectEncoding("Хлеб"), csv::Encoding::Utf8);
    // A sample cut inside a two-byte letter is still UTF-8.
    EXPECT_EQ(csv::detectEncoding(std::string("Хлеб").substr(0, 3)), csv::Encoding::Utf8);
}

TEST(CsvEncoding, InvalidUtf8IsRefused)
{
    EXPECT_TRUE(csv::isValidUtf8("Молоко 3,2% 🥛"));
    for (const std::string bad : {"\xC3", "\xED\xA0\x80", "\xC0\xAF", "a\xFF"})
        EXPECT_FALSE(csv::isValidUtf8(bad)) << bad;
    EXPECT_FALSE(csv::toUtf8("\xFF", csv::Encoding::Utf8));
    EXPECT_EQ(csv::toUtf8("\xFF", csv::Encoding::Windows1251), "я");
}

} // namespace
