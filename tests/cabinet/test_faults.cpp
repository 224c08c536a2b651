// Fault injection (§8): zero duplicates and zero lost documents when the answer is lost after the
// commit, when the server is killed mid-batch, when two clients replay one outbox, and under 5xx/429.

#include "support/fixture.h"

#include <atomic>
#include <csignal>
#include <random>
#include <set>
#include <thread>

namespace cabinet::test {

// Its own fixture name so ctest can run this file's cases as one entry per backend.
class Faults : public CabinetTest
{};
class Crash : public CabinetTest
{};
class Replay : public CabinetTest
{};

namespace {

struct Outbox
{
    std::vector<json::Value> docs;
    std::set<std::string> acked;

    explicit Outbox(int count, int lines = 5)
    {
        for (int i = 0; i < count; ++i)
            docs.push_back(makeDocument(newUuid(), i + 1, lines));
    }
    // Pending documents in outbox order, at most `limit`.
    std::vector<json::Value> pending(std::size_t limit) const
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
    // Applies a push answer: only created or duplicate removes a row (§7 client essentials).
    void apply(const json::Value &answer)
    {
        for (const auto &r : answer.find("results")->asArray()) {
            auto s = r.stringAt("status");
            if (s == "created" || s == "duplicate")
                acked.insert(r.stringAt("uuid").value_or(""));
        }
    }
};

void expectExactlyOnce(Harness &h, const Shop &shop, std::int64_t expected)
{
    auto stats = h.admin({"stats", "--org", shop.org});
    EXPECT_EQ(stats.find("documents")->asInt64(), expected) << json::serialize(stats);
    EXPECT_EQ(stats.find("distinct_documents")->asInt64(), expected);
    EXPECT_EQ(stats.find("document_keys")->asInt64(), expected);
    EXPECT_EQ(stats.find("conflicts")->asInt64(), 0);
}

} // namespace

TEST_F(Faults, AnswerDroppedAfterCommitThenRetryReportsDuplicates)
{
    Shop shop = h->createShop("Сбой 1");
    ASSERT_NE(h->start({"--enable-fault-injection"}), 0);
    const std::string token = h->activate(shop.code);
    HttpClient http(h->port());
    Outbox outbox(40);

    auto lost = http.post("/api/v1/documents:batch", makeBatch(outbox.pending(40)), token,
                          {{"X-Prilavok-Fault", "drop-response"}});
    EXPECT_EQ(lost.status, 0) << "the answer should have been dropped";

    auto retry = http.post("/api/v1/documents:batch", makeBatch(outbox.pending(40)), token);
    ASSERT_EQ(retry.status, 200) << retry.body;
    EXPECT_EQ(statuses(retry.json()), std::vector<std::string>(40, "duplicate"));
    outbox.apply(retry.json());
    EXPECT_EQ(outbox.acked.size(), 40u);
    expectExactlyOnce(*h, shop, 40);
}

TEST_F(Crash, ServerKilledMidBatchLosesNothingAndDuplicatesNothing)
{
    Shop shop = h->createShop("Сбой 2");
    ASSERT_NE(h->start({"--enable-fault-injection"}), 0);
    const std::string token = h->activate(shop.code);
    Outbox outbox(300);

    // 1. Deterministic: SIGKILL while the batch's transaction is open (held by delay-commit).
    {
        HttpClient http(h->port());
        std::thread killer([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(700));
            h->kill();
        });
        auto r = http.post("/api/v1/documents:batch", makeBatch(outbox.pending(100)), token,
                           {{"X-Prilavok-Fault", "delay-commit=3000"}});
        killer.join();
        EXPECT_EQ(r.status, 0);
    }
    ASSERT_NE(h->start({"--enable-fault-injection"}), 0);
    {
        HttpClient http(h->port());
        auto r = http.post("/api/v1/documents:batch", makeBatch(outbox.pending(100)), token);
        ASSERT_EQ(r.status, 200);
        // The killed transaction never committed: everything is new, nothing is doubled.
        EXPECT_EQ(statuses(r.json()), std::vector<std::string>(100, "created"));
        outbox.apply(r.json());
    }

    // 2. Random: kill at arbitrary moments while a client drains the outbox in batches of 20.
    std::mt19937 rng(12345);
    for (int round = 0; round < 3 && outbox.acked.size() < outbox.docs.size(); ++round) {
        std::atomic<bool> stop{false};
        const unsigned short port = h->port();
        std::thread client([&] {
            HttpClient http(port);
            while (!stop && outbox.acked.size() < outbox.docs.size()) {
                auto r = http.post("/api/v1/documents:batch", makeBatch(outbox.pending(20)), token);
                if (r.status != 200)
                    break; // the server is gone: the outbox keeps the rows
                outbox.apply(r.json());
            }
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(20 + rng() % 150));
        h->kill();
        stop = true;
        client.join();
        ASSERT_NE(h->start({"--enable-fault-injection"}), 0);
    }
    HttpClient http(h->port());
    while (outbox.acked.size() < outbox.docs.size()) {
        auto r = http.post("/api/v1/documents:batch", makeBatch(outbox.pending(100)), token);
        ASSERT_EQ(r.status, 200) << r.body;
        outbox.apply(r.json());
    }
    expectExactlyOnce(*h, shop, 300);
}

TEST_F(Replay, TwoClientsReplayingTheSameOutboxAtOnce)
{
    Shop shop = h->createShop("Сбой 3");
    auto wp2 = h->admin({"create-workplace", "--org", shop.org, "--pos", shop.pos, "Till 2"});
    ASSERT_NE(h->start({"--threads", "4"}), 0);
    const std::string t1 = h->activate(shop.code);
    const std::string t2 = h->activate(wp2.stringAt("activation_code").value_or(""));
    Outbox outbox(400, 2);

    std::atomic<int> created{0}, duplicates{0}, other{0};
    auto replay = [&](const std::string &token) {
        HttpClient http(h->port());
        for (std::size_t i = 0; i < outbox.docs.size(); i += 50) {
            std::vector<json::Value> batch(outbox.docs.begin() + long(i), outbox.docs.begin() + long(i + 50));
            auto r = http.post("/api/v1/documents:batch", makeBatch(batch), token);
            if (r.status != 200) {
                other += 50;
                continue;
            }
            for (const auto &s : statuses(r.json()))
                (s == "created" ? created : s == "duplicate" ? duplicates : other)++;
        }
    };
    std::thread a(replay, t1), b(replay, t2);
    a.join();
    b.join();
    EXPECT_EQ(created.load(), 400);
    EXPECT_EQ(duplicates.load(), 400);
    EXPECT_EQ(other.load(), 0);
    expectExactlyOnce(*h, shop, 400);
}

TEST_F(Replay, Random5xxAnd429StormStillDeliversExactlyOnce)
{
    Shop shop = h->createShop("Сбой 4");
    ASSERT_NE(h->start({"--enable-fault-injection"}), 0);
    const std::string token = h->activate(shop.code);
    HttpClient http(h->port());
    Outbox outbox(200, 2);
    std::mt19937 rng(7);
    int faults = 0;
    while (outbox.acked.size() < outbox.docs.size()) {
        std::map<std::string, std::string> headers;
        switch (rng() % 4) {
        case 0:
            headers["X-Prilavok-Fault"] = "status=503";
            break;
        case 1:
            headers["X-Prilavok-Fault"] = "status=429";
            break;
        case 2:
            headers["X-Prilavok-Fault"] = "drop-response";
            break;
        default:
            break;
        }
        auto r = http.post("/api/v1/documents:batch", makeBatch(outbox.pending(25)), token, headers);
        if (r.status == 200 && !headers.count("X-Prilavok-Fault")) {
            outbox.apply(r.json());
            continue;
        }
        ++faults;
        if (r.status != 0) {
            EXPECT_TRUE(r.status == 503 || r.status == 429) << r.status;
            EXPECT_TRUE(r.json().find("error")->find("retryable")->asBool());
            EXPECT_EQ(r.headers.count("retry-after"), 1u);
        }
    }
    EXPECT_GT(faults, 5);
    expectExactlyOnce(*h, shop, 200);
}

TEST_F(Faults, ClientKilledMidPushLeavesNothingHalfDone)
{
    Shop shop = h->createShop("Сбой 5");
    ASSERT_NE(h->start(), 0);
    const std::string token = h->activate(shop.code);
    Outbox outbox(60);
    const std::string body = json::serialize(makeBatch(outbox.pending(60)));
    const std::string wire = rawRequest("POST", "/api/v1/documents:batch", body, token);

    // Killed while sending: half a request is never a batch.
    sendAndVanish(h->port(), wire.substr(0, wire.size() / 2));
    // Killed after sending, before reading the answer: the server still commits the whole batch.
    sendAndVanish(h->port(), wire);
    std::int64_t stored = 0;
    for (int i = 0; i < 200 && stored < 60; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        stored = h->admin({"stats", "--org", shop.org}).find("documents")->asInt64().value_or(0);
    }
    EXPECT_EQ(stored, 60);

    // The restarted till replays its outbox: every document is a duplicate, none is doubled.
    HttpClient http(h->port());
    auto r = http.post("/api/v1/documents:batch", makeBatch(outbox.pending(60)), token);
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(statuses(r.json()), std::vector<std::string>(60, "duplicate"));
    expectExactlyOnce(*h, shop, 60);
}

} // namespace cabinet::test
