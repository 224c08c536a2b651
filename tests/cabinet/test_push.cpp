// Idempotent push (protocol §3): created, duplicate on replay, conflict, rejected, limits.

#include "support/fixture.h"

#include "cabinet/api/gzip.h"

namespace cabinet::test {

// Its own fixture name so ctest can run this file's cases as one entry per backend.
class Push : public CabinetTest
{};
class PushLimits : public CabinetTest
{};

namespace {

std::int64_t stat(Harness &h, const Shop &shop, const char *name)
{
    const json::Value stats = h.admin({"stats", "--org", shop.org});
    const json::Value *v = stats.find(name);
    return v && v->asInt64() ? *v->asInt64() : -1;
}

} // namespace

TEST_F(Push, PushCreatesThenReportsDuplicatesOnReplay)
{
    Shop shop = h->createShop("Берёзка");
    ASSERT_NE(h->start(), 0);
    HttpClient http(h->port());
    const std::string token = h->activate(shop.code);

    std::vector<json::Value> docs;
    for (int i = 0; i < 3; ++i)
        docs.push_back(makeDocument(newUuid(), i + 1));
    auto first = http.post("/api/v1/documents:batch", makeBatch(docs), token);
    ASSERT_EQ(first.status, 200) << first.body;
    EXPECT_EQ(statuses(first.json()), (std::vector<std::string>{"created", "created", "created"}));

    auto replay = http.post("/api/v1/documents:batch", makeBatch(docs), token);
    ASSERT_EQ(replay.status, 200);
    EXPECT_EQ(statuses(replay.json()), (std::vector<std::string>{"duplicate", "duplicate", "duplicate"}));
    // A duplicate carries the server_seq of the original acceptance.
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_EQ(first.json().find("results")->asArray()[i].find("server_seq")->asInt64(),
                  replay.json().find("results")->asArray()[i].find("server_seq")->asInt64());
    EXPECT_EQ(stat(*h, shop, "documents"), 3);
    EXPECT_EQ(stat(*h, shop, "document_keys"), 3);

    // The document can be looked up afterwards ("was it accepted?").
    const std::string uuid = docs[0].stringAt("uuid").value_or("");
    auto lookup = http.get("/api/v1/documents/" + uuid, token);
    ASSERT_EQ(lookup.status, 200) << lookup.body;
    EXPECT_EQ(lookup.json().stringAt("status"), "accepted");
    EXPECT_EQ(http.get("/api/v1/documents/" + newUuid(), token).status, 404);
}

TEST_F(Push, SameUuidWithDifferentPayloadIsAConflictAndNeverOverwrites)
{
    Shop shop = h->createShop("Сосна");
    ASSERT_NE(h->start(), 0);
    HttpClient http(h->port());
    const std::string token = h->activate(shop.code);
    const std::string uuid = newUuid();
    auto original = makeDocument(uuid, 1);
    ASSERT_EQ(statuses(http.post("/api/v1/documents:batch", makeBatch({original}), token).json()),
              std::vector<std::string>{"created"});

    auto rival = makeDocument(uuid, 1, 5, " (changed)");
    auto r = http.post("/api/v1/documents:batch", makeBatch({rival}), token);
    ASSERT_EQ(r.status, 200);
    const auto &result = r.json().find("results")->asArray().at(0);
    EXPECT_EQ(result.stringAt("status"), "conflict");
    EXPECT_EQ(result.find("error")->stringAt("code"), "PAYLOAD_MISMATCH");
    EXPECT_EQ(stat(*h, shop, "documents"), 1);
    EXPECT_EQ(stat(*h, shop, "conflicts"), 1);
    auto kept = h->admin({"list", "documents", "--org", shop.org});
    EXPECT_EQ(kept.asArray().at(0).stringAt("payload_sha256"), original.stringAt("payload_sha256"));
}

TEST_F(Push, InvalidDocumentsAreRejectedAloneWithoutBlockingTheBatch)
{
    Shop shop = h->createShop("Ель");
    ASSERT_NE(h->start(), 0);
    HttpClient http(h->port());
    const std::string token = h->activate(shop.code);

    auto badType = makeDocument(newUuid(), 2);
    badType.set("type", "gift");
    auto noHash = makeDocument(newUuid(), 3);
    noHash.set("payload_sha256", "xyz");
    auto badUuid = makeDocument("not-a-uuid", 4);
    auto noPayload = makeDocument(newUuid(), 5);
    noPayload.set("payload", "text");
    auto r = http.post("/api/v1/documents:batch",
                       makeBatch({makeDocument(newUuid(), 1), badType, noHash, badUuid, noPayload,
                                  json::Value(42), makeDocument(newUuid(), 6)}),
                       token);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(statuses(r.json()), (std::vector<std::string>{"created", "rejected", "rejected", "rejected",
                                                            "rejected", "rejected", "created"}));
    const auto &rejected = r.json().find("results")->asArray()[1];
    EXPECT_EQ(rejected.find("error")->stringAt("code"), "VALIDATION");
    EXPECT_FALSE(rejected.find("error")->find("retryable")->asBool());
    EXPECT_EQ(stat(*h, shop, "documents"), 2);

    // A body that is not JSON at all is a 400, not a batch.
    auto garbage = http.request("POST", "/api/v1/documents:batch", "{not json", token);
    EXPECT_EQ(garbage.status, 400);
    EXPECT_EQ(garbage.json().find("error")->stringAt("code"), "VALIDATION");
}

TEST_F(PushLimits, OversizedBatchesAnswer413)
{
    Shop shop = h->createShop("Дуб");
    ASSERT_NE(h->start(), 0);
    HttpClient http(h->port());
    const std::string token = h->activate(shop.code);

    std::vector<json::Value> docs;
    for (int i = 0; i < 501; ++i)
        docs.push_back(makeDocument(newUuid(), i + 1, 1));
    auto tooMany = http.post("/api/v1/documents:batch", makeBatch(docs), token);
    EXPECT_EQ(tooMany.status, 413);
    EXPECT_EQ(tooMany.json().find("error")->stringAt("code"), "BATCH_TOO_LARGE");
    EXPECT_EQ(stat(*h, shop, "documents"), 0);

    docs.pop_back(); // exactly 500 is fine
    auto ok = http.post("/api/v1/documents:batch", makeBatch(docs), token);
    ASSERT_EQ(ok.status, 200);
    EXPECT_EQ(statuses(ok.json()).size(), 500u);

    // A body over the byte limit is refused before it is parsed.
    std::string huge = "{\"documents\":[\"" + std::string(17 * 1024 * 1024, 'x') + "\"]}";
    HttpClient fresh(h->port());
    auto big = fresh.request("POST", "/api/v1/documents:batch", huge, token);
    EXPECT_EQ(big.status, 413) << big.error;
    EXPECT_EQ(stat(*h, shop, "documents"), 500);
}

TEST_F(PushLimits, GzipRequestBodiesAreAccepted)
{
    Shop shop = h->createShop("Липа");
    ASSERT_NE(h->start(), 0);
    HttpClient http(h->port());
    const std::string token = h->activate(shop.code);
    std::vector<json::Value> docs;
    for (int i = 0; i < 50; ++i)
        docs.push_back(makeDocument(newUuid(), i + 1));
    const std::string body = api::gzip(json::serialize(makeBatch(docs)));
    auto r = http.request("POST", "/api/v1/documents:batch", body, token, {{"Content-Encoding", "gzip"}});
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(statuses(r.json()), std::vector<std::string>(50, "created"));
    auto corrupt =
        http.request("POST", "/api/v1/documents:batch", "not gzip", token, {{"Content-Encoding", "gzip"}});
    EXPECT_GE(corrupt.status, 400);
}

TEST_F(PushLimits, GapsInDeviceSeqAndFiscalNumbersAreReported)
{
    Shop shop = h->createShop("Пробел");
    ASSERT_NE(h->start(), 0);
    HttpClient http(h->port());
    const std::string token = h->activate(shop.code);
    // device_seq (and FD, which makeDocument sets equal to it) 1..10 with 4, 5 and 8 never arriving.
    std::vector<json::Value> docs;
    for (int seq : {1, 2, 3, 6, 7, 9, 10})
        docs.push_back(makeDocument(newUuid(), seq, 1));
    ASSERT_EQ(http.post("/api/v1/documents:batch", makeBatch(docs), token).status, 200);

    auto gaps = h->admin({"gaps", "--org", shop.org});
    ASSERT_EQ(gaps.asArray().size(), 4u) << json::serialize(gaps);
    const auto &first = gaps.asArray()[0];
    EXPECT_EQ(first.stringAt("kind"), "device_seq");
    EXPECT_EQ(first.find("after")->asInt64(), 3);
    EXPECT_EQ(first.find("before")->asInt64(), 6);
    EXPECT_EQ(first.find("missing")->asInt64(), 2);
    EXPECT_EQ(gaps.asArray()[2].stringAt("kind"), "fd");
    EXPECT_EQ(gaps.asArray()[2].stringAt("source"), "9999078900012345");
    EXPECT_EQ(gaps.asArray()[3].find("missing")->asInt64(), 1);

    // Once the missing documents arrive, the report is empty.
    ASSERT_EQ(http.post("/api/v1/documents:batch",
                        makeBatch({makeDocument(newUuid(), 4, 1), makeDocument(newUuid(), 5, 1),
                                   makeDocument(newUuid(), 8, 1)}),
                        token)
                  .status,
              200);
    EXPECT_TRUE(h->admin({"gaps", "--org", shop.org}).asArray().empty());
}

} // namespace cabinet::test
