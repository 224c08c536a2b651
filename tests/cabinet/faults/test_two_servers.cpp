// Two prilavok-cabinet processes on one PostgreSQL, as a cabinet grows past one server (README: several
// processes behind nginx). Four tills push and pull through either process at random while the
// catalog changes under them: every document is stored exactly once, and every till ends with the
// same catalog, the cabinet's own.

#include "faulttills.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <thread>

namespace cabinet::test {

class TwoServers : public CabinetTest
{};

namespace {

using Catalog = std::map<std::string, json::Value>; // entity/id -> data, as a till holds it

struct Puller
{
    std::string cursor;
    Catalog catalog;
};

// One page of changes applied like the client applies them; the HTTP status.
int pullPage(HttpClient &http, const std::string &token, Puller &p, bool &more)
{
    std::string target = "/api/v1/changes?limit=9";
    if (!p.cursor.empty())
        target += "&cursor=" + p.cursor;
    auto r = http.get(target, token);
    if (r.status != 200)
        return r.status;
    const json::Value v = r.json();
    for (const auto &c : v.find("changes")->asArray()) {
        const std::string key = c.stringAt("entity").value_or("") + "/" + c.stringAt("id").value_or("");
        if (c.stringAt("op") == "delete")
            p.catalog.erase(key);
        else
            p.catalog[key] = *c.find("data");
    }
    p.cursor = v.stringAt("next_cursor").value_or("");
    more = v.find("has_more")->asBool();
    return 200;
}

std::string dump(const Catalog &catalog)
{
    std::string out;
    for (const auto &[key, data] : catalog)
        out += key + "=" + json::serialize(data) + "\n";
    return out;
}

} // namespace

TEST_F(TwoServers, TillsThroughEitherServerSeeEveryDocumentOnceAndOneCatalog)
{
    if (!testCluster())
        GTEST_SKIP() << "PostgreSQL only: several cabinet processes share one database only there; an "
                        "SQLite cabinet is one process with one writer";
    Shop shop = h->createShop("Два сервера");
    {
        std::ofstream csv(h->tempDir() + "/catalog.csv");
        csv << "id,name,price,vat,barcodes,unit\n";
        for (int i = 0; i < 40; ++i)
            csv << "p" << i << ",Товар " << i << "," << 100 + i << ".00,vat20,46" << 1000 + i << ",pcs\n";
    }
    h->admin({"import-catalog", "--org", shop.org, h->tempDir() + "/catalog.csv"});
    const auto codes = tillCodes(*h, shop, 4);
    ASSERT_NE(h->start({"--threads", "2"}), 0);
    std::filesystem::create_directories(h->tempDir() + "/second");
    Harness second(h->connectionString(), h->tempDir() + "/second");
    ASSERT_NE(second.start({"--threads", "2"}), 0);
    const unsigned short ports[2] = {h->port(), second.port()};

    std::vector<std::unique_ptr<TillOutbox>> tills;
    for (std::size_t i = 0; i < codes.size(); ++i)
        tills.push_back(std::make_unique<TillOutbox>((i % 2 ? second : *h).activate(codes[i]), 150, 2));
    std::vector<Puller> pullers(tills.size());

    // The catalog changes while the tills work: two writers on their own products, each change its
    // own process (admin put / delete), so the end state is known whatever the interleaving.
    std::atomic<int> writersLeft{2};
    auto writer = [&](int k) {
        for (int j = 0; j < 12; ++j) {
            const int i = k * 20 + j;
            h->admin({"put", "--org", shop.org, "product", "p" + std::to_string(i),
                      R"({"name":"Изменён )" + std::to_string(i) + R"(","price":)" + std::to_string(500 + i) +
                          R"(,"vat":"vat20","unit":"pcs"})"});
            if (j % 4 == 0)
                h->admin({"delete", "--org", shop.org, "product", "p" + std::to_string(k * 20 + 12 + j / 4)});
        }
        --writersLeft;
    };
    PushTally tally;
    std::atomic<int> pullFailures{0}, pulls{0};
    const std::int64_t deadline = steadyMs() + 150000; // a safety net, not an assertion
    auto till = [&](std::size_t i) {
        std::mt19937 rng(unsigned(1000 + i));
        HttpClient http0(ports[0]), http1(ports[1]);
        HttpClient *http[2] = {&http0, &http1};
        // Pushing until the outbox is empty, pulling until the catalog stops changing.
        while ((!tills[i]->done() || writersLeft > 0) && steadyMs() < deadline) {
            HttpClient &via = *http[rng() % 2];
            if (!tills[i]->done() && rng() % 3 != 0) {
                pushOnce(via, *tills[i], 7, tally);
            } else {
                bool more = false;
                if (pullPage(via, tills[i]->token, pullers[i], more) != 200)
                    ++pullFailures;
                ++pulls;
            }
        }
    };
    std::thread w1(writer, 0), w2(writer, 1);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < tills.size(); ++i)
        threads.emplace_back(till, i);
    for (auto &t : threads)
        t.join();
    w1.join();
    w2.join();

    // Each till catches up through the other server than its last call, page by page at random.
    std::mt19937 rng(99);
    for (std::size_t i = 0; i < tills.size(); ++i) {
        HttpClient http0(ports[0]), http1(ports[1]);
        HttpClient *http[2] = {&http0, &http1};
        bool more = true;
        while (more && steadyMs() < deadline)
            ASSERT_EQ(pullPage(*http[rng() % 2], tills[i]->token, pullers[i], more), 200);
    }
    EXPECT_EQ(tally.ok.load() > 0, true);
    EXPECT_EQ(tally.retry.load() + tally.transport.load() + tally.other.load(), 0);
    EXPECT_EQ(pullFailures.load(), 0);
    Catalog cabinet;
    const json::Value listed = h->admin({"list", "product", "--org", shop.org});
    for (const auto &p : listed.asArray())
        cabinet["product/" + p.stringAt("id").value_or("")] = *p.find("data");
    ASSERT_EQ(cabinet.size(), 40u - 6u) << "six products were deleted";
    for (std::size_t i = 0; i < pullers.size(); ++i) {
        Catalog products;
        for (const auto &[key, data] : pullers[i].catalog)
            if (key.rfind("product/", 0) == 0)
                products[key] = data;
        EXPECT_EQ(products.size(), cabinet.size()) << "till " << i;
        for (const auto &[key, data] : cabinet) {
            auto it = products.find(key);
            ASSERT_NE(it, products.end()) << "till " << i << " lacks " << key;
            EXPECT_EQ(json::serialize(it->second), json::serialize(data)) << "till " << i << " " << key;
        }
        EXPECT_EQ(dump(pullers[i].catalog), dump(pullers[0].catalog))
            << "till " << i << " and till 0 hold different catalogs";
    }
    std::vector<const TillOutbox *> all;
    for (auto &t : tills)
        all.push_back(t.get());
    expectExactlyOnce(*h, shop.org, 600, all);
    std::cout << "[figure] two servers: " << tally.ok << " batches accepted, " << pulls
              << " change pages pulled across both processes" << std::endl;
    second.stop();
}

} // namespace cabinet::test
