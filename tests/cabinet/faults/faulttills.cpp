#include "faulttills.h"

#include <chrono>

namespace cabinet::test {

TillOutbox::TillOutbox(std::string deviceToken, int count, int lines)
    : token(std::move(deviceToken))
{
    for (int i = 0; i < count; ++i)
        docs.push_back(makeDocument(newUuid(), i + 1, lines));
}

std::vector<json::Value> TillOutbox::pending(std::size_t limit) const
{
    std::vector<json::Value> out;
    for (const auto &d : docs) {
        if (out.size() >= limit)
            break;
        if (!acked.count(d.stringAt("uuid").value_or("")))
            out.push_back(d);
    }
    return out;
}

void TillOutbox::apply(const json::Value &answer)
{
    for (const auto &r : answer.find("results")->asArray()) {
        auto s = r.stringAt("status");
        if (s == "created" || s == "duplicate")
            acked.insert(r.stringAt("uuid").value_or(""));
    }
}

HttpReply pushOnce(HttpClient &http, TillOutbox &till, std::size_t batch, PushTally &tally)
{
    auto r = http.post("/api/v1/documents:batch", makeBatch(till.pending(batch)), till.token);
    if (r.status == 200) {
        till.apply(r.json());
        ++tally.ok;
    } else if (r.status == 503) {
        ++tally.retry;
        const json::Value *error = r.json().find("error");
        EXPECT_TRUE(error && error->find("retryable") && error->find("retryable")->asBool()) << r.body;
        EXPECT_EQ(r.headers.count("retry-after"), 1u);
        EXPECT_EQ(r.body.find("ERROR"), std::string::npos) << "database text in the answer: " << r.body;
    } else if (r.status == 0) {
        ++tally.transport;
    } else {
        ++tally.other;
        ADD_FAILURE() << "unexpected answer " << r.status << " " << r.body;
    }
    return r;
}

void expectExactlyOnce(Harness &h, const std::string &org, std::int64_t expected,
                       const std::vector<const TillOutbox *> &tills)
{
    auto stats = h.admin({"stats", "--org", org});
    EXPECT_EQ(stats.find("documents")->asInt64(), expected) << json::serialize(stats);
    EXPECT_EQ(stats.find("distinct_documents")->asInt64(), expected);
    EXPECT_EQ(stats.find("document_keys")->asInt64(), expected);
    EXPECT_EQ(stats.find("conflicts")->asInt64(), 0);
    std::set<std::string> stored;
    const json::Value documents = h.admin({"list", "documents", "--org", org});
    for (const auto &d : documents.asArray())
        stored.insert(d.stringAt("uuid").value_or(""));
    std::size_t missing = 0;
    for (const TillOutbox *t : tills)
        for (const auto &uuid : t->acked)
            missing += stored.count(uuid) ? 0 : 1;
    EXPECT_EQ(missing, 0u) << "acknowledged documents missing";
    auto rebuilt = h.admin({"rebuild-reports", "--org", org});
    ASSERT_NE(rebuilt.find("differences"), nullptr) << json::serialize(rebuilt);
    EXPECT_EQ(rebuilt.find("differences")->asArray().size(), 0u)
        << "report tables disagree with the documents: " << json::serialize(rebuilt);
}

std::vector<std::string> tillCodes(Harness &h, const Shop &shop, int count)
{
    std::vector<std::string> codes{shop.code};
    for (int i = 2; i <= count; ++i)
        codes.push_back(
            h.admin({"create-workplace", "--org", shop.org, "--pos", shop.pos, "Касса " + std::to_string(i)})
                .stringAt("activation_code")
                .value_or(""));
    return codes;
}

std::int64_t steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace cabinet::test
