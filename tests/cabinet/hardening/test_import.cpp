// Issue 21 §3: a catalog import never stores invalid text (every till of the organisation would
// loop on its pull). A Windows-1251 file is converted; a file that is neither encoding, or has a
// field over the limit, is refused with its line and nothing of it is stored.

#include "support/fixture.h"

#include <algorithm>
#include <fstream>

namespace cabinet::test {

class HardeningImport : public CabinetTest
{};

namespace {

void writeFile(const std::string &path, const std::string &bytes)
{
    std::ofstream(path, std::ios::binary) << bytes;
}

std::size_t productCount(Harness &h, const Shop &shop)
{
    const json::Value products = h.admin({"list", "product", "--org", shop.org});
    return products.isArray() ? products.asArray().size() : 0;
}

} // namespace

TEST_F(HardeningImport, AWindows1251FileArrivesAsUtf8AndTillsCanPullIt)
{
    Shop shop = h->createShop("Рябина");
    const std::string path = h->tempDir() + "/cp1251.csv";
    // "id;name;price" / "b1;Хлеб «Бородинский»;69,90" as Excel saves it on a Russian Windows.
    writeFile(
        path,
        "id;name;price\r\nb1;\xD5\xEB\xE5\xE1 \xAB\xC1\xEE\xF0\xEE\xE4\xE8\xED\xF1\xEA\xE8\xE9\xBB;69,90\r\n"
        "m1;\xCC\xEE\xEB\xEE\xEA\xEE 3,2%;89,00\r\n");
    auto imported = h->admin({"import-catalog", "--org", shop.org, path});
    EXPECT_EQ(imported.find("imported")->asInt64(), 2);
    const json::Value products = h->admin({"list", "product", "--org", shop.org});
    std::vector<std::string> names;
    for (const auto &p : products.asArray())
        names.push_back(p.find("data")->stringAt("name").value_or(""));
    std::sort(names.begin(), names.end());
    EXPECT_EQ(names, (std::vector<std::string>{"Молоко 3,2%", "Хлеб «Бородинский»"}));

    ASSERT_NE(h->start(), 0);
    HttpClient http(h->port());
    const std::string token = h->activate(shop.code);
    auto page = http.get("/api/v1/snapshot?limit=100", token);
    ASSERT_EQ(page.status, 200) << page.body;
    EXPECT_NE(page.body.find("Хлеб «Бородинский»"), std::string::npos);
}

TEST_F(HardeningImport, TextInNoKnownEncodingIsRefusedWithItsLineAndNothingStored)
{
    Shop shop = h->createShop("Ольха");
    // Valid UTF-8 for well over the 64 KiB the encoding is judged by, then a stray byte.
    std::string body = "id,name,price\n";
    for (int i = 0; i < 3000; ++i)
        body += "p" + std::to_string(i) + ",Товар номер " + std::to_string(i) + ",10.00\n";
    const int badLine = 3000 + 2;
    body += "bad,Сыр \xFF\xFE,1.00\n";
    const std::string path = h->tempDir() + "/mixed.csv";
    writeFile(path, body);
    const RunResult r = h->adminRaw({"import-catalog", "--org", shop.org, path});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_NE(r.err.find("line " + std::to_string(badLine)), std::string::npos) << r.err;
    EXPECT_EQ(productCount(*h, shop), 0u);
}

TEST_F(HardeningImport, AFieldOverTheLimitEndsTheImportWithItsLine)
{
    Shop shop = h->createShop("Ива");
    const std::string path = h->tempDir() + "/long.csv";
    writeFile(path, "id,name\na,short\nb,\"" + std::string(200 * 1024, 'x') + "\"\n");
    const RunResult r = h->adminRaw({"import-catalog", "--org", shop.org, path});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_NE(r.err.find("line 3"), std::string::npos) << r.err;
    EXPECT_EQ(productCount(*h, shop), 0u);
}

TEST_F(HardeningImport, AnAdminPutWithANulIsRefused)
{
    Shop shop = h->createShop("Тис");
    const RunResult r = h->adminRaw({"put", "--org", shop.org, "product", "p1", R"({"name":"a\u0000b"})"});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_NE(r.err.find("NUL"), std::string::npos) << r.err;
    EXPECT_EQ(productCount(*h, shop), 0u);
}

} // namespace cabinet::test
