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

TEST_F(HardeningDocuments, NumbersOutOfTheirRangeAreRejectedAndGapsNeverOverflow)
{
    Shop shop = h->createShop("Жимолость");
    ASSERT_NE(h->start(), 0);
    const std::string token = h->activate(shop.code);
    HttpClient http(h->port());
    auto withFd = [](json::Value doc, json::Value fd) {
        json::Value fiscal = *doc.find("fiscal");
        fiscal.set("fd", std::move(fd));
        doc.set("fiscal", std::move(fiscal));
        return doc;
    };
    const std::int64_t maxSeq = (std::int64_t(1) << 53) - 1;
    const std::vector<json::Value> batch{
        withFd(makeDocument(newUuid(), 1), std::int64_t(0)),
        withFd(makeDocument(newUuid(), 2), std::int64_t(-5)),
        withFd(makeDocument(newUuid(), 3), std::int64_t(1) << 40),
        makeDocument(newUuid(), std::int64_t(1) << 60),
        withFd(makeDocument(newUuid(), 5), std::int64_t(4294967295LL)),
        withFd(makeDocument(newUuid(), maxSeq), std::int64_t(7)),
    };
    auto r = http.post("/api/v1/documents:batch", makeBatch(batch), token);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(statuses(r.json()), (std::vector<std::string>{"rejected", "rejected", "rejected", "rejected",
                                                            "created", "created"}));

    // device_seq 5 then 2^53 - 1: a gap of 2^53 - 7, counted without overflow on both backends.
    const json::Value gaps = h->admin({"gaps", "--org", shop.org});
    ASSERT_TRUE(gaps.isArray()) << json::serialize(gaps);
    bool found = false;
    for (const auto &g : gaps.asArray())
        if (g.stringAt("kind") == "device_seq") {
            EXPECT_EQ(g.find("missing")->asInt64(), maxSeq - 5 - 1);
            found = true;
        }
    EXPECT_TRUE(found) << json::serialize(gaps);
}

} // namespace cabinet::test
