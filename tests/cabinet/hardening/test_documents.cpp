// Issue 21 §2: one document the database cannot store is rejected alone, with a reason, and never
// turns the whole batch into a "retry" that blocks the till forever.

#include "support/fixture.h"

#include "cabinet/util/crypto.h"

#include <functional>

namespace cabinet::test {

class HardeningDocuments : public CabinetTest
{};

namespace {

// A document whose payload was edited after makeDocument, its hash kept true.
json::Value withPayload(json::Value doc, const std::function<void(json::Value &)> &edit)
{
    json::Value payload = *doc.find("payload");
    edit(payload);
    doc.set("payload_sha256", crypto::sha256Hex(json::serialize(payload)));
    doc.set("payload", std::move(payload));
    return doc;
}

std::int64_t documents(Harness &h, const Shop &shop)
{
    const json::Value stats = h.admin({"stats", "--org", shop.org});
    const json::Value *v = stats.find("documents");
    return v && v->asInt64() ? *v->asInt64() : -1;
}

} // namespace

TEST_F(HardeningDocuments, UnstorableDocumentsAreRejectedAloneWithAReason)
{
    Shop shop = h->createShop("Чабрец");
    ASSERT_NE(h->start(), 0);
    const std::string token = h->activate(shop.code);
    HttpClient http(h->port());

    json::Value nulInName = withPayload(makeDocument(newUuid(), 2), [](json::Value &p) {
        json::Value line;
        line.set("name", std::string("Хлеб") + '\0' + "бородинский");
        p.set("note", line);
    });
    json::Value nulInEmployee = makeDocument(newUuid(), 3);
    nulInEmployee.set("employee_id", std::string("e\0x", 3));
    json::Value hugeNumber = withPayload(makeDocument(newUuid(), 4),
                                         [](json::Value &p) { p.set("total", json::Number{"1e400"}); });
    const std::vector<json::Value> batch{makeDocument(newUuid(), 1), nulInName, nulInEmployee, hugeNumber,
                                         makeDocument(newUuid(), 5)};
    auto r = http.post("/api/v1/documents:batch", makeBatch(batch), token);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(statuses(r.json()),
              (std::vector<std::string>{"created", "rejected", "rejected", "rejected", "created"}));
    for (int i = 1; i <= 3; ++i) {
        const json::Value &result = r.json().find("results")->asArray()[std::size_t(i)];
        const std::string message = result.find("error")->stringAt("message").value_or("");
        EXPECT_NE(message.find("cannot be stored"), std::string::npos) << message;
        EXPECT_FALSE(result.find("error")->find("retryable")->asBool());
    }
    EXPECT_EQ(r.body.find("SQL"), std::string::npos) << r.body;
    EXPECT_EQ(r.body.find("ERROR:"), std::string::npos) << r.body;
    EXPECT_EQ(documents(*h, shop), 2);

    // The till's next batch goes through: nothing is stuck behind the bad ones.
    auto next = http.post("/api/v1/documents:batch", makeBatch({makeDocument(newUuid(), 6)}), token);
    ASSERT_EQ(next.status, 200) << next.body;
    EXPECT_EQ(statuses(next.json()), std::vector<std::string>{"created"});
    EXPECT_EQ(documents(*h, shop), 3);
}

} // namespace cabinet::test
