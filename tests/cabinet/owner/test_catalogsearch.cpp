// The owner's catalog searched and sorted on the server: any word of the name, the article or a
// barcode, case and ё ignored; one group's products; sorted by name as a Russian reads it; another
// organisation's products never found.

#include "cabinet/store/searchkeys.h"
#include "ownerapi.h"

#include <cstdio>

namespace cabinet::test {

namespace {

std::string urlEncoded(const std::string &text)
{
    std::string out;
    for (const unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.') {
            out += char(c);
        } else {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02X", c);
            out += hex;
        }
    }
    return out;
}

std::vector<std::string> names(const HttpReply &r)
{
    std::vector<std::string> out;
    if (const json::Value *items = r.json().find("items"); items && items->isArray())
        for (const json::Value &item : items->asArray())
            out.push_back(item.stringAt("name").value_or(""));
    return out;
}

} // namespace

TEST(CatalogSearchKeys, FoldCaseAndYoAsARussianReaderDoes)
{
    EXPECT_EQ(search::fold("Ёжики в ТУМАНЕ"), "ежики в тумане");
    EXPECT_EQ(search::fold("ХЛЕБ «Бородинский» 400 Г"), "хлеб «бородинский» 400 г");
    EXPECT_EQ(search::fold("Coca-Cola ZERO"), "coca-cola zero");
    EXPECT_EQ(search::fold("Її"), "її") << "Ukrainian capitals fold too";
    json::Value product;
    product.set("name", "Хлеб");
    product.set("article", "ХБ-400");
    product.set("barcodes", json::Array{json::Value("4601234567893")});
    product.set("group_id", "g1");
    const search::Keys k = search::keysOf(product);
    EXPECT_EQ(k.text, "хлеб хб-400 4601234567893");
    EXPECT_EQ(k.sortName, "хлеб");
    EXPECT_EQ(k.parentId, "g1");
}

TEST_F(OwnerApi, CatalogIsSearchedByAnyWordAndSortedByName)
{
    auto a = login("owner@a.ru");
    auto group = send(a, "POST", "/catalog/groups", json::Object{{"name", "Молочные продукты"}});
    ASSERT_EQ(group.status, 201) << group.body;
    const std::string dairy = group.json().stringAt("id").value_or("");
    auto product = [&](const std::string &name, const std::string &article, const std::string &barcode,
                       const std::string &groupId) {
        json::Value p;
        p.set("name", name);
        p.set("price", std::int64_t(6490));
        p.set("unit", "pcs");
        p.set("vat", "vat10");
        p.set("article", article);
        p.set("barcodes", json::Array{json::Value(barcode)});
        if (!groupId.empty())
            p.set("group_id", groupId);
        auto r = send(a, "POST", "/catalog/products", p);
        ASSERT_EQ(r.status, 201) << r.body;
    };
    product("Хлеб «Бородинский» 400 г", "ХБ-400", "4601234567893", "");
    product("МОЛОКО 3,2% 1 л", "М-32", "4600000000015", dairy);
    product("Ёжики мармеладные", "Ё-1", "4600000000022", "");
    product("елочные игрушки", "Е-2", "4600000000039", "");

    auto find = [&](const std::string &q) { return names(get(a, "/catalog/products?q=" + urlEncoded(q))); };
    EXPECT_EQ(find("бородин"), std::vector<std::string>{"Хлеб «Бородинский» 400 г"})
        << "a word inside the name";
    EXPECT_EQ(find("ЕЖИКИ"), std::vector<std::string>{"Ёжики мармеладные"}) << "case and ё ignored";
    EXPECT_EQ(find("ёлочные"), std::vector<std::string>{"елочные игрушки"});
    EXPECT_EQ(find("4601234"), std::vector<std::string>{"Хлеб «Бородинский» 400 г"}) << "a barcode";
    EXPECT_EQ(find("хб-400"), std::vector<std::string>{"Хлеб «Бородинский» 400 г"}) << "an article";
    EXPECT_EQ(find("хлеб 400"), std::vector<std::string>{"Хлеб «Бородинский» 400 г"}) << "every word";
    EXPECT_TRUE(find("хлеб молоко").empty());
    EXPECT_EQ(names(get(a, "/catalog/products?group_id=" + dairy)),
              std::vector<std::string>{"МОЛОКО 3,2% 1 л"});

    // The whole list by name, ё beside е and case ignored, and pages that do not overlap.
    const std::vector<std::string> sorted{"Ёжики мармеладные", "елочные игрушки", "МОЛОКО 3,2% 1 л",
                                          "Хлеб «Бородинский» 400 г"};
    EXPECT_EQ(names(get(a, "/catalog/products")), sorted);
    auto first = get(a, "/catalog/products?limit=2");
    auto second = get(a, "/catalog/products?limit=2&offset=2");
    EXPECT_EQ(names(first), (std::vector<std::string>{sorted[0], sorted[1]}));
    EXPECT_EQ(first.json().find("has_more")->asBool(), true);
    EXPECT_EQ(names(second), (std::vector<std::string>{sorted[2], sorted[3]}));

    EXPECT_EQ(get(a, "/catalog/products?q=" + std::string(201, 'x')).status, 400) << "a bounded query";
    auto b = login("owner@b.ru");
    EXPECT_TRUE(names(get(b, "/catalog/products?q=" + urlEncoded("бородин"))).empty())
        << "another organisation finds nothing of ours";
    EXPECT_TRUE(names(get(b, "/catalog/products?group_id=" + dairy)).empty());
}

} // namespace cabinet::test
