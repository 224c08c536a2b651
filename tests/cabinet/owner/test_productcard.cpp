// The product card's coded fields through the owner API, as the tills read them: the marking type
// reaches a till as `marking_type` (app/cloud productapplier), unknown codes are refused in Russian.

#include "cabinet/api/admission.h"
#include "cabinet/owner/productvalues.h"
#include "ownerapi.h"

namespace cabinet::test {

namespace {

json::Value card(const std::string &name, const std::string &marking)
{
    json::Value p;
    p.set("name", name);
    p.set("price", std::int64_t(499000));
    p.set("unit", "pcs");
    p.set("vat", "vat20");
    p.set("marking", marking);
    return p;
}

} // namespace

TEST_F(OwnerApi, CatalogCardMarkingTypeIsWhatTheTillsRead)
{
    auto a = login("owner@a.ru");
    auto made = send(a, "POST", "/catalog/products", card("Кроссовки беговые", "shoes"));
    ASSERT_EQ(made.status, 201) << made.body;
    const std::string id = made.json().stringAt("id").value_or("");
    EXPECT_EQ(made.json().stringAt("marking"), "shoes");
    auto pulled = [&] {
        auto r = http->get("/api/v1/changes?limit=500", tillToken);
        EXPECT_EQ(r.status, 200) << r.body;
        json::Value last;
        for (const json::Value &c : r.json().find("changes")->asArray())
            if (c.stringAt("id") == id)
                last = *c.find("data");
        return last;
    };
    EXPECT_EQ(pulled().stringAt("marking_type"), "shoes") << "the field a till reads";

    auto unmarked = send(a, "PUT", "/catalog/products/" + id, card("Кроссовки беговые", "none"));
    ASSERT_EQ(unmarked.status, 200) << unmarked.body;
    EXPECT_EQ(pulled().stringAt("marking_type"), "none");

    auto bad = send(a, "PUT", "/catalog/products/" + id, card("Кроссовки беговые", "boots"));
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(bad.json().find("error")->stringAt("message"),
              "Неизвестный вид маркировки «boots»: допустимы none, shoes, clothes, tobacco, milk, water, "
              "perfume, tires, other");
    EXPECT_EQ(pulled().stringAt("marking_type"), "none") << "a refused change stores nothing";
}

} // namespace cabinet::test

namespace cabinet::test {

// VAT 22 % (from 2026) and 22/122: the tills know them (app/cloud pulledvalues vatCodeFromName, codes
// 11 and 12), so the import and the owner API take them; a rate the tills do not know is refused.
TEST_F(OwnerApi, CatalogCardTakesTheVatRatesTheTillsKnow)
{
    EXPECT_EQ(std::get<std::string>(owner::vatOf("22%")), "vat22");
    EXPECT_EQ(std::get<std::string>(owner::vatOf("НДС 22%")), "vat22");
    EXPECT_EQ(std::get<std::string>(owner::vatOf("22/122")), "vat122");
    EXPECT_EQ(std::get<std::string>(owner::vatOf("0,22")), "vat22");

    auto a = login("owner@a.ru");
    json::Value p = card("Кофе зерновой 1 кг", "none");
    p.set("vat", "vat22");
    auto made = send(a, "POST", "/catalog/products", p);
    ASSERT_EQ(made.status, 201) << made.body;
    EXPECT_EQ(made.json().stringAt("vat"), "vat22");
    p.set("vat", "vat18");
    auto old = send(a, "PUT", "/catalog/products/" + made.json().stringAt("id").value_or(""), p);
    EXPECT_EQ(old.status, 400);
    EXPECT_EQ(
        old.json().find("error")->stringAt("message"),
        "Неизвестная ставка НДС «vat18»: допустимы none, vat0, vat5, vat7, vat10, vat20, vat22, vat105, "
        "vat107, vat110, vat120, vat122");
}

// A body over an owner route's limit is refused from the request head with a Russian message (the
// web cabinet shows it); the tills' sync API keeps its English one.
TEST_F(OwnerApi, CatalogCardOverTheRouteLimitIsRefusedInRussian)
{
    auto a = login("owner@a.ru");
    json::Value p = card(std::string(1024 * 1024, 'x'), "none");
    auto big = send(a, "POST", "/catalog/products", p);
    EXPECT_EQ(big.status, 413);
    EXPECT_EQ(big.json().find("error")->stringAt("code"), "PAYLOAD_TOO_LARGE");
    EXPECT_EQ(big.json().find("error")->stringAt("message"),
              "Слишком большой запрос: сюда можно отправить не больше 1 МБ");
    EXPECT_EQ(items(get(a, "/catalog/products")), 0u);
    EXPECT_EQ(api::bodyTooLarge("/api/owner/v1/catalog/import", 8 * 1024 * 1024).message,
              "Слишком большой запрос: сюда можно отправить не больше 8 МБ");
    EXPECT_EQ(api::bodyTooLarge("/api/v1/documents:batch", 1000).message,
              "the request body is over this endpoint's limit of 1000 bytes; split the batch");
}

} // namespace cabinet::test
