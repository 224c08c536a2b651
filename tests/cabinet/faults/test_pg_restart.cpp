// PostgreSQL stopped and started again while four tills push: every push meanwhile is a retryable 503
// (never a crash, a dropped connection or database text), the cabinet's pool reconnects by itself
// once the database is back, and every document lands exactly once.

#include "faulttills.h"

#include "support/pgcluster.h"

#include <iostream>
#include <thread>

namespace cabinet::test {

class PgRestart : public CabinetTest
{};

TEST_F(PgRestart, PushesThroughAStoppedDatabaseGetRetryAndLandExactlyOnce)
{
    PgCluster *pg = testCluster();
    if (!pg)
        GTEST_SKIP() << "PostgreSQL only: an SQLite cabinet has no database server to stop";
    Shop shop = h->createShop("Перезапуск базы");
    const auto codes = tillCodes(*h, shop, 4);
    ASSERT_NE(h->start({"--threads", "4"}), 0);
    const pid_t cabinet = h->serverPid();
    std::vector<std::unique_ptr<TillOutbox>> tills;
    for (const auto &code : codes)
        tills.push_back(std::make_unique<TillOutbox>(h->activate(code), 300));

    PushTally tally;
    std::atomic<bool> down{false};
    std::atomic<int> acked{0}, retriesWhileDown{0};
    std::atomic<std::int64_t> startedAt{0}, firstOkAfter{0};
    const std::int64_t deadline = steadyMs() + 150000; // a safety net, not an assertion
    auto drain = [&](TillOutbox &till) {
        HttpClient http(h->port());
        while (!till.done() && steadyMs() < deadline) {
            const std::size_t before = till.acked.size();
            auto r = pushOnce(http, till, 10, tally);
            if (r.status == 200) {
                acked += int(till.acked.size() - before);
                std::int64_t none = 0;
                if (startedAt > 0)
                    firstOkAfter.compare_exchange_strong(none, steadyMs());
            } else {
                if (down)
                    ++retriesWhileDown;
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        }
    };
    std::vector<std::thread> threads;
    for (auto &t : tills)
        threads.emplace_back(drain, std::ref(*t));

    // Stop the database a quarter of the way through, keep it down until every till has been
    // refused a few times, then start it again.
    while (acked < 300 && steadyMs() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    down = true;
    ASSERT_TRUE(pg->stopServer("fast"));
    while (retriesWhileDown < 20 && steadyMs() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    const int ackedWhileDown = acked;
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    EXPECT_EQ(acked.load(), ackedWhileDown) << "nothing is acknowledged while the database is down";
    std::string error;
    ASSERT_TRUE(pg->startServer(&error)) << error;
    down = false;
    startedAt = steadyMs();
    for (auto &t : threads)
        t.join();

    EXPECT_GE(retriesWhileDown.load(), 20);
    EXPECT_EQ(tally.transport.load(), 0) << "the cabinet dropped connections";
    EXPECT_EQ(tally.other.load(), 0);
    EXPECT_EQ(h->serverPid(), cabinet);
    std::vector<const TillOutbox *> all;
    for (auto &t : tills) {
        EXPECT_TRUE(t->done());
        all.push_back(t.get());
    }
    expectExactlyOnce(*h, shop.org, 1200, all);
    std::cout << "[figure] pg restart: " << retriesWhileDown << " retries while down, first accepted push "
              << (firstOkAfter - startedAt) << " ms after PostgreSQL accepted connections again; " << tally.ok
              << " batches accepted, " << tally.retry << " answered 503" << std::endl;
}

} // namespace cabinet::test
