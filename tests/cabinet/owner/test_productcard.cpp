// The product card's coded fields through the owner API, as the tills read them: the marking type
// reaches a till as `marking_type` (app/cloud productapplier), unknown codes are refused in Russian.

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
