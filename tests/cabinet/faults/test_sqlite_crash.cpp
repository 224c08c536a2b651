// SIGKILL on an SQLite cabinet mid-transaction. tests/cabinet/test_faults.cpp (Crash.*) already kills
// the server while a batch's transaction is held open and at random moments under a pushing till, and
// ends with every document exactly once. What it does not check, done here: right after each restart
// (before the till sends anything again) every acknowledged document is stored, the database file
// passes SQLite's integrity check, and the report tables written in the same transactions agree with
// the documents (no half-written ingest).

#include "faulttills.h"

#include "cabinet/db/connection.h"

#include <csignal>
#include <iostream>
#include <random>
#include <thread>

namespace cabinet::test {

class SqliteCrash : public CabinetTest
{};

TEST_F(SqliteCrash, AfterEveryKillAcknowledgedDocumentsAreStoredAndNothingIsHalfWritten)
{
    if (testCluster() || h->connectionString().rfind("sqlite:", 0) != 0)
        GTEST_SKIP() << "SQLite only: killing a cabinet on PostgreSQL is test_faults' Crash.* there";
    Shop shop = h->createShop("Крах");
    ASSERT_NE(h->start(), 0);
    TillOutbox till(h->activate(shop.code), 2000, 6);
    PushTally tally;
    std::mt19937 rng(2026);
    for (int round = 0; round < 8 && !till.done(); ++round) {
        std::atomic<bool> stop{false};
        const unsigned short port = h->port();
        std::thread client([&] {
            HttpClient http(port);
            while (!stop && !till.done())
                if (pushOnce(http, till, 30, tally).status != 200)
                    break; // the server is gone: the outbox keeps the rows
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(40 + rng() % 200));
        h->kill();
        stop = true;
        client.join();

        // Before anything is sent again: what was acknowledged is there, the file is whole.
        std::vector<const TillOutbox *> one{&till};
        std::set<std::string> stored;
        const json::Value documents = h->admin({"list", "documents", "--org", shop.org});
        for (const auto &d : documents.asArray())
            stored.insert(d.stringAt("uuid").value_or(""));
        for (const auto &uuid : till.acked)
            ASSERT_TRUE(stored.count(uuid)) << "round " << round << ": acknowledged " << uuid << " lost";
        {
            auto c = db::open(h->connectionString());
            EXPECT_EQ(c->query("PRAGMA integrity_check").at(0).text(0), "ok") << "round " << round;
        }
        auto rebuilt = h->admin({"rebuild-reports", "--org", shop.org});
        EXPECT_EQ(rebuilt.find("differences")->asArray().size(), 0u)
            << "round " << round << ": " << json::serialize(rebuilt);
        ASSERT_NE(h->start(), 0);
    }
    HttpClient http(h->port());
    while (!till.done())
        ASSERT_EQ(pushOnce(http, till, 100, tally).status, 200);
    EXPECT_GT(tally.transport.load(), 0) << "no kill fell on a push in flight";
    expectExactlyOnce(*h, shop.org, 2000, {&till});
    std::cout << "[figure] sqlite kills: " << tally.transport << " pushes cut by SIGKILL, " << tally.ok
              << " batches accepted" << std::endl;
}

} // namespace cabinet::test
