// Exports over data pushed through the real server: CSV with BOM and `;`, an XLSX that unzips to a
// sheet holding every document, CommerceML 2 catalog and sales that xmllint accepts, in scope only.

#include "support/fixture.h"
#include "v2docs.h"

#include "cabinet/reports/export.h"

#include <fstream>
#include <sstream>

namespace cabinet::test {

class Exports : public CabinetTest
{
protected:
    void SetUp() override
    {
        CabinetTest::SetUp();
        if (IsSkipped())
            return;
        shop = h->createShop("Ромашка");
        h->admin({"put", "--org", shop.org, "product", "p-milk",
                  R"({"name":"Молоко \"Домик\" 3,2%","barcodes":["4600000000017"],"unit":"шт"})"});
        ASSERT_NE(h->start(), 0);
        HttpClient http(h->port());
        const std::string token = h->activate(shop.code);
        std::string sale, late;
        auto reply = http.post(
            "/api/v1/documents:batch",
            makeBatch(v2::shiftOfDocuments("5a1e0000-0000-4000-8000-00000000000a", sale, late)), token);
        ASSERT_EQ(reply.status, 200) << reply.body;
        db = db::open(h->connectionString());
        scope.organizationId = shop.org;
    }
    void TearDown() override
    {
        db.reset();
        CabinetTest::TearDown();
    }
    std::string collect(const std::function<void(const reports::Sink &)> &run)
    {
        std::string out;
        run([&](std::string_view chunk) { out += chunk; });
        return out;
    }
    bool xmlValid(const std::string &text)
    {
        const std::string path = h->tempDir() + "/x.xml";
        std::ofstream(path) << text;
        return run({"/usr/bin/xmllint", "--noout", path}).exitCode == 0;
    }

    Shop shop;
    std::unique_ptr<db::Connection> db;
    reports::Scope scope;
};

TEST_F(Exports, CsvHasBomSemicolonsAndEveryDocument)
{
    const std::string csv =
        collect([&](const reports::Sink &s) { reports::exportJournalCsv(*db, scope, {}, s); });
    ASSERT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u);
    EXPECT_NE(csv.find("Дата;Тип;Номер;Сумма, руб."), std::string::npos);
    std::size_t lines = 0;
    for (char ch : csv)
        lines += ch == '\n';
    EXPECT_EQ(lines, 7u); // header + 4 receipts + 2 cash documents
    EXPECT_NE(csv.find(";return;4;-10,00;cash;"), std::string::npos) << csv;
    EXPECT_NE(csv.find("2026-12-03 10:15:00;sale;2;30,00;cash,card;"), std::string::npos) << csv;

    reports::Scope limited{shop.org, {}, false};
    const std::string none =
        collect([&](const reports::Sink &s) { reports::exportJournalCsv(*db, limited, {}, s); });
    EXPECT_EQ(std::count(none.begin(), none.end(), '\n'), 1);
}

TEST_F(Exports, XlsxUnzipsToASheetWithEveryDocument)
{
    const std::string path = h->tempDir() + "/journal.xlsx";
    std::string error;
    ASSERT_TRUE(reports::exportJournalXlsx(*db, scope, {}, path, error)) << error;
    auto sheet = run({"/usr/bin/unzip", "-p", path, "xl/worksheets/sheet1.xml"});
    ASSERT_EQ(sheet.exitCode, 0) << sheet.err;
    std::size_t rows = 0;
    for (std::size_t at = 0; (at = sheet.out.find("<row ", at)) != std::string::npos; ++at)
        ++rows;
    EXPECT_EQ(rows, 7u);
    EXPECT_NE(sheet.out.find("<v>-10</v>"), std::string::npos); // the return as a number
}

TEST_F(Exports, CommerceMlCatalogAndSalesAreWellFormed)
{
    const std::string catalog =
        collect([&](const reports::Sink &s) { reports::exportCatalogCommerceMl(*db, shop.org, s); });
    EXPECT_TRUE(xmlValid(catalog)) << catalog;
    EXPECT_NE(catalog.find("<Наименование>Молоко &quot;Домик&quot; 3,2%</Наименование>"), std::string::npos);
    EXPECT_NE(catalog.find("<Штрихкод>4600000000017</Штрихкод>"), std::string::npos);

    const std::string sales = collect([&](const reports::Sink &s) {
        reports::exportSalesCommerceMl(*db, scope, {"2026-12-01", "2026-12-31"}, s);
    });
    EXPECT_TRUE(xmlValid(sales)) << sales;
    EXPECT_NE(sales.find("<ХозОперация>Отчет о розничных продажах</ХозОперация>"), std::string::npos);
    EXPECT_NE(sales.find("<Сумма>45.00</Сумма>"), std::string::npos) << sales; // 55.00 in, 10.00 back
    EXPECT_NE(sales.find("<Ид>p-milk</Ид><Количество>1.000</Количество>"), std::string::npos) << sales;
}

} // namespace cabinet::test
