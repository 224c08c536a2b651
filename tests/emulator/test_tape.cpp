// The emulator's paper tape as a ШТРИХ-М-01Ф prints it: table 4's header ("клише", rows 11..14)
// and advertising text (rows 1..10) on every document, and a receipt with the cashier, VAT per
// line and per receipt, the tax system, the user, the place of settlement and the FN numbers.

#include <algorithm>
#include <filesystem>
#include <memory>

#include <gtest/gtest.h>

#include "fiscal/codec/text.h"
#include "fiscal/codec/tlv.h"
#include "fiscal/codes.h"
#include "fiscal/commands/service.h"
#include "fiscal/emulator/device.h"

using namespace fiscal;
using namespace fiscal::emu;

namespace {

Bytes le(std::uint64_t v, int width)
{
    Bytes b;
    appendLE(b, v, width);
    return b;
}

Bytes cat(std::initializer_list<Bytes> parts)
{
    Bytes out;
    for (const auto &p : parts)
        out.insert(out.end(), p.begin(), p.end());
    return out;
}

using Document = std::vector<std::string>;

class TapeTest : public ::testing::Test
{
protected:
    std::int64_t clock = fromCalendar(2026, 3, 2, 9, 0, 0);
    std::string dir;
    std::unique_ptr<Device> device;

    void SetUp() override
    {
        const auto *info = ::testing::UnitTest::GetInstance()->current_test_info();
        dir = (std::filesystem::temp_directory_path() /
               ("prilavok-tape-" + std::string(info->name()) + "-" + std::to_string(::getpid())))
                  .string();
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
        DeviceConfig config;
        config.statePath = dir + "/state.txt";
        config.clock = [this]() { return clock; };
        device = std::make_unique<Device>(config);
    }
    void TearDown() override { std::filesystem::remove_all(dir); }

    std::uint8_t run(CommandCode code, const Bytes &data)
    {
        Bytes body;
        appendCommandCode(body, code);
        body.insert(body.end(), data.begin(), data.end());
        const Bytes answer = device->execute(body);
        const auto skip = static_cast<std::size_t>(commandLength(code));
        return answer.size() > skip ? answer[skip] : 0xEE;
    }
    void ok(CommandCode code, const Bytes &data) { ASSERT_EQ(run(code, data), 0) << std::hex << code; }

    void writeRow(int row, const std::string &text)
    {
        const Bytes value = encodeFixedText(text, 48);
        ok(cmd::WriteTable,
           cat({le(30, 4), {receipttext::Table}, le(std::uint64_t(row), 2), {receipttext::Field}, value}));
    }

    // FF46h sale line of `price` x 1 at the tax bits given, then FF45h paid in cash.
    void sell(const std::vector<std::pair<Kopecks, std::uint8_t>> &lines, const Bytes &receiptTags = {})
    {
        ok(cmd::OpenCheck, cat({le(1, 4), {0}}));
        if (!receiptTags.empty())
            ok(cmd::FnSendTlv, cat({le(30, 4), receiptTags}));
        Kopecks total = 0;
        for (const auto &[price, bits] : lines) {
            Bytes d = cat({le(1, 4),
                           {1},
                           le(1000000, 6),
                           le(std::uint64_t(price), 5),
                           Bytes(10, 0xFF),
                           {bits, 1, 4, 1},
                           encodeText("Товар", CodePage::Cp1251)});
            ok(cmd::FnOperationV2, d);
            total += price;
        }
        Bytes close = le(30, 4);
        for (int i = 0; i < 16; ++i)
            appendLE(close, static_cast<std::uint64_t>(i == 0 ? total : 0), 5);
        close.push_back(0);
        close.insert(close.end(), 30, 0);
        close.push_back(0); // tax system: the registration's (table 18)
        ok(cmd::FnCloseCheckV2, close);
    }

    // The documents on the tape, each ending with its rule.
    std::vector<Document> documents() const
    {
        std::vector<Document> out(1);
        for (const auto &line : device->tape().lines()) {
            out.back().push_back(line);
            if (line.rfind("=====", 0) == 0)
                out.emplace_back();
        }
        out.pop_back();
        return out;
    }
    static bool has(const Document &doc, const std::string &line)
    {
        return std::find(doc.begin(), doc.end(), line) != doc.end();
    }
};

} // namespace

TEST_F(TapeTest, HeaderAndAdvertisingRowsOnEveryDocument)
{
    writeRow(receipttext::HeaderFirstRow, "  ЛАВКА \"У ДОМА\"");
    writeRow(receipttext::HeaderFirstRow + 1, "ул. Садовая, 5");
    writeRow(receipttext::HeaderFirstRow + 2, "");
    writeRow(receipttext::TrailerFirstRow, "ЖДЁМ ВАС СНОВА");
    writeRow(receipttext::TrailerFirstRow + 1, "8 800 000-00-00");
    ok(cmd::OpenShift, le(1, 4));
    sell({{10000, 0x01}});
    ok(cmd::XReport, le(30, 4));
    ok(cmd::ZReport, le(30, 4));
    const auto docs = documents();
    ASSERT_EQ(docs.size(), 4u); // shift opening, receipt, X, Z
    for (const Document &doc : docs) {
        ASSERT_GE(doc.size(), 5u);
        EXPECT_EQ(doc[0], "  ЛАВКА \"У ДОМА\"");
        EXPECT_EQ(doc[1], "ул. Садовая, 5"); // the emptied factory row is not printed
        EXPECT_NE(doc[2], "г. Москва, ул. Тестовая, д. 1");
        // The advertising text closes the document, above the rule.
        EXPECT_EQ(doc[doc.size() - 3], "ЖДЁМ ВАС СНОВА");
        EXPECT_EQ(doc[doc.size() - 2], "8 800 000-00-00");
        EXPECT_FALSE(has(doc, "СПАСИБО ЗА ПОКУПКУ!"));
    }
    EXPECT_EQ(docs[2][2], "ОТЧЕТ БЕЗ ГАШЕНИЯ (X)");
    EXPECT_EQ(docs[3][2], "ОТЧЕТ О ЗАКРЫТИИ СМЕНЫ (Z)");

    // Changed rows reach the next document; the old text is gone from it.
    writeRow(receipttext::HeaderFirstRow, "ЛАВКА НА УГЛУ");
    ok(cmd::OpenShift, le(1, 4));
    sell({{5000, 0x01}});
    const Document last = documents().back();
    EXPECT_EQ(last[0], "ЛАВКА НА УГЛУ");
    EXPECT_FALSE(has(last, "  ЛАВКА \"У ДОМА\""));
}

TEST_F(TapeTest, FactoryTextsAreTheDemoShop)
{
    ok(cmd::OpenShift, le(1, 4));
    const Document doc = documents().back();
    EXPECT_EQ(doc.front(), "ООО \"ПРИЛАВОК\"");
    EXPECT_EQ(doc[doc.size() - 2], "СПАСИБО ЗА ПОКУПКУ!");
}

TEST_F(TapeTest, ReceiptCarriesCashierVatAndFiscalNumbers)
{
    ok(cmd::OpenShift, le(1, 4));
    const Bytes tags = encodeTlvs({tlvString(1021, "Иванова Мария"), tlvString(1203, "500100732259")});
    sell({{12000, 0x01}, {11000, 0x02}, {3000, 0x08}}, tags);
    const Document doc = documents().back();
    for (const char *line : {"КАССОВЫЙ ЧЕК",
                             "ПРИХОД",
                             "1.000 x 120.00 = 120.00",
                             "  НДС 20% =20.00",
                             "1.000 x 110.00 = 110.00",
                             "  НДС 10% =10.00",
                             "  БЕЗ НДС",
                             "ИТОГ =260.00",
                             "НАЛИЧНЫМИ =260.00",
                             "СУММА НДС 20% =20.00",
                             "СУММА НДС 10% =10.00",
                             "СУММА БЕЗ НДС =30.00",
                             "СНО: ОСН",
                             "КАССИР: Иванова Мария",
                             "ИНН КАССИРА: 500100732259",
                             "ПОЛЬЗОВАТЕЛЬ: ООО \"ПРИЛАВОК\"",
                             "ИНН: 7700000000",
                             "МЕСТО РАСЧЕТОВ: Магазин",
                             "АДРЕС РАСЧЕТОВ: г. Москва, ул. Тестовая, д. 1",
                             "РН ККТ: 0000000001012345",
                             "ЗН ККТ: 0012345678",
                             "САЙТ ФНС: www.nalog.gov.ru",
                             "ОФД: ООО \"ДЕМО ОФД\""})
        EXPECT_TRUE(has(doc, line)) << line;
    const auto fn =
        std::find_if(doc.begin(), doc.end(), [](const std::string &l) { return l.rfind("ФН ", 0) == 0; });
    ASSERT_NE(fn, doc.end());
    EXPECT_EQ(*fn, "ФН " + device->state().fnNumber);
    const ArchivedDocument &receipt = device->state().archive.back();
    EXPECT_EQ(*(fn + 1), "ФД " + std::to_string(receipt.fd) + " ФП " + std::to_string(receipt.fp));
}

TEST_F(TapeTest, CashierFromTableTwoWithoutTags)
{
    ok(cmd::OpenShift, le(1, 4));
    sell({{1000, 0x01}});
    EXPECT_TRUE(has(documents().back(), "КАССИР: КАССИР 1"));
}

TEST_F(TapeTest, TableSeventeenSkipsPrintingOneDocument)
{
    ok(cmd::OpenShift, le(1, 4));
    const std::size_t before = device->tape().lines().size();
    ok(cmd::WriteTable, cat({le(30, 4), {skipprint::Table}, le(skipprint::Row, 2), {skipprint::Field}, {1}}));
    sell({{4200, 0x01}}, encodeTlvs({tlvString(1008, "buyer@example.ru")}));
    // Fiscalised with the buyer's address, but nothing on the paper.
    EXPECT_EQ(device->tape().lines().size(), before);
    const ArchivedDocument &receipt = device->state().archive.back();
    EXPECT_EQ(receipt.amount, 4200);
    auto tags = parseTlvs(receipt.tlv);
    ASSERT_TRUE(tags && findTlv(*tags, 1008));
    // One document only: the next receipt prints again.
    sell({{1000, 0x01}});
    EXPECT_TRUE(has(documents().back(), "ИТОГ =10.00"));
}
