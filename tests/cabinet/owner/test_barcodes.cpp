// A product's barcodes through the owner API: the import's rule (a right EAN-8 / UPC-A / EAN-13 check
// digit) and unique within the organisation. A refused write says why in Russian and stores nothing;
// a product's own barcodes are no conflict, another organisation's never one and never named.

#include "ownerapi.h"

namespace cabinet::test {

namespace {

json::Value product(const std::string &name, std::vector<std::string> codes)
{
    json::Value p;
    p.set("name", name);
    p.set("price", std::int64_t(8990));
    p.set("unit", "pcs");
    p.set("vat", "vat10");
    json::Array list;
    for (auto &code : codes)
        list.emplace_back(std::move(code));
    p.set("barcodes", std::move(list));
    return p;
}

std::string message(const HttpReply &r)
{
    const json::Value *e = r.json().find("error");
    return e ? e->stringAt("message").value_or("") : "";
}

} // namespace

TEST_F(OwnerApi, CatalogBarcodesHaveRightCheckDigitsAndOneProductEach)
{
    auto a = login("owner@a.ru");
    auto count = [&] {
        return db
            ->query("SELECT count(*) FROM catalog_items WHERE organization_id = $1 AND entity = 'product'",
                    {shop.org})[0]
            .integer(0);
    };

    // A wrong check digit: EAN-13, UPC-A (12 digits), EAN-8.
    for (const char *code : {"4600000000001", "036000291453", "46000003"}) {
        auto bad = send(a, "POST", "/catalog/products", product("Молоко 1 л", {code}));
        EXPECT_EQ(bad.status, 400) << code;
        EXPECT_EQ(message(bad), std::string("Штрихкод ") + code + ": неверная контрольная цифра");
    }
    auto shape = send(a, "POST", "/catalog/products", product("Молоко 1 л", {"46 00"}));
    EXPECT_EQ(shape.status, 400);
    EXPECT_EQ(message(shape), "Штрихкод «46 00» не похож на штрихкод: только цифры и латиница, 4–48 знаков");
    EXPECT_EQ(count(), 0) << "a refused product is not stored";

    auto milk = send(a, "POST", "/catalog/products",
                     product("Молоко 1 л", {"4600000000008", "036000291452", "46000002", "MLK-1"}));
    ASSERT_EQ(milk.status, 201) << milk.body;
    const std::string milkId = milk.json().stringAt("id").value_or("");

    // Another product with one of them: 409, naming the product that has it; nothing stored.
    auto twin = send(a, "POST", "/catalog/products", product("Кефир", {"4601234567893", "036000291452"}));
    EXPECT_EQ(twin.status, 409) << twin.body;
    EXPECT_EQ(message(twin), "Штрихкод 036000291452 уже у товара «Молоко 1 л»");
    EXPECT_EQ(count(), 1);

    auto kefir = send(a, "POST", "/catalog/products", product("Кефир", {"4601234567893"}));
    ASSERT_EQ(kefir.status, 201) << kefir.body;
    const std::string kefirId = kefir.json().stringAt("id").value_or("");
    auto taking = product("Кефир 1%", {"4601234567893", "46000002"});
    auto took = send(a, "PUT", "/catalog/products/" + kefirId, taking);
    EXPECT_EQ(took.status, 409) << took.body;
    EXPECT_EQ(message(took), "Штрихкод 46000002 уже у товара «Молоко 1 л»");
    auto wrong = send(a, "PUT", "/catalog/products/" + kefirId, product("Кефир 1%", {"4601234567890"}));
    EXPECT_EQ(wrong.status, 400);
    EXPECT_EQ(message(wrong), "Штрихкод 4601234567890: неверная контрольная цифра");
    auto kept = get(a, "/catalog/products/" + kefirId);
    EXPECT_EQ(kept.json().stringAt("name"), "Кефир") << "no refused change is stored";
    EXPECT_EQ(json::serialize(*kept.json().find("barcodes")), R"(["4601234567893"])");

    // A product keeps its own barcodes when it changes.
    auto renamed = product("Молоко 3,2% 1 л", {"4600000000008", "036000291452", "46000002", "MLK-1"});
    auto own = send(a, "PUT", "/catalog/products/" + milkId, renamed);
    EXPECT_EQ(own.status, 200) << own.body;

    // Another organisation's barcodes are its own business: no conflict, and its products never named.
    auto b = login("owner@b.ru");
    auto theirs = send(b, "POST", "/catalog/products", product("Чужое молоко", {"4600000000008"}));
    EXPECT_EQ(theirs.status, 201) << theirs.body;
    auto again = send(b, "POST", "/catalog/products", product("Чужой кефир", {"4600000000008"}));
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(message(again), "Штрихкод 4600000000008 уже у товара «Чужое молоко»");
    auto ours = send(a, "POST", "/catalog/products", product("Сливки", {"4600000000008"}));
    EXPECT_EQ(ours.status, 409);
    EXPECT_EQ(message(ours), "Штрихкод 4600000000008 уже у товара «Молоко 3,2% 1 л»");
    EXPECT_EQ(ours.body.find("Чужое"), std::string::npos);

    // A deleted product's barcodes are free again.
    EXPECT_EQ(send(a, "DELETE", "/catalog/products/" + milkId, json::Object{}).status, 204);
    EXPECT_EQ(send(a, "POST", "/catalog/products", product("Сливки", {"4600000000008"})).status, 201);
}

} // namespace cabinet::test
