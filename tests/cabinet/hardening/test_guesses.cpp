// Issue 21 §5 and the low finding on PostgreSQL: failed activation guesses are limited per client
// address, per code prefix and in total, all counted in the database (so every cabinet process on one
// PostgreSQL shares them), and parallel guesses cannot slip one past the limit.

#include "support/fixture.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace cabinet::test {

class HardeningGuesses : public CabinetTest
{};

namespace {

json::Value guess(const std::string &code)
{
    json::Value device;
    device.set("install_id", newUuid());
    device.set("hostname", "guesser");
    device.set("app_version", "0.1.0");
    json::Value body;
    body.set("activation_code", code);
    body.set("device", device);
    return body;
}

int activate(HttpClient &http, const std::string &code, const std::string &client = {})
{
    std::map<std::string, std::string> headers;
    if (!client.empty())
        headers["X-Forwarded-For"] = client;
    return http.post("/api/v1/devices/activate", guess(code), {}, headers).status;
}

} // namespace

TEST_F(HardeningGuesses, ParallelGuessesFromOneAddressGetExactlyTheLimit)
{
    // Behind a trusted proxy each round is a new client address with its own budget of 5 failures;
    // every guess has a code prefix of its own, so only the per-address limit applies.
    ASSERT_NE(h->start({"--threads", "8", "--activation-interval-ms", "0", "--activation-failures-per-hour",
                        "5", "--activations-per-minute", "1000", "--trusted-proxy", "127.0.0.1"}),
              0);
    constexpr int kGuessers = 32;
    std::vector<std::unique_ptr<HttpClient>> clients;
    for (int i = 0; i < kGuessers; ++i) {
        clients.push_back(std::make_unique<HttpClient>(h->port()));
        clients.back()->get("/healthz"); // connected before the start line
    }
    for (int round = 0; round < 4; ++round) {
        std::mutex m;
        std::condition_variable cv;
        bool go = false;
        std::atomic<int> refusedCode{0}, limited{0}, other{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < kGuessers; ++i)
            threads.emplace_back([&, i] {
                {
                    std::unique_lock lock(m);
                    cv.wait(lock, [&] { return go; });
                }
                const std::string code = std::to_string(10000001 + (round * kGuessers + i) * 10000);
                const int status =
                    activate(*clients[std::size_t(i)], code, "10.9.0." + std::to_string(round + 1));
                (status == 401 ? refusedCode : status == 429 ? limited : other)++;
            });
        {
            std::lock_guard lock(m);
            go = true;
        }
        cv.notify_all();
        for (auto &t : threads)
            t.join();
        EXPECT_EQ(refusedCode.load(), 5) << "round " << round << ": guesses checked against the codes";
        EXPECT_EQ(limited.load(), kGuessers - 5) << "round " << round;
        EXPECT_EQ(other.load(), 0) << "round " << round;
    }
}

TEST_F(HardeningGuesses, RotatingAddressesAreLimitedPerCodePrefixAndInTotal)
{
    Shop shop = h->createShop("Угадайка");
    ASSERT_NE(h->start({"--trusted-proxy", "127.0.0.1", "--activation-interval-ms", "0",
                        "--activations-per-minute", "1000", "--activation-failures-per-prefix-per-hour", "3",
                        "--activation-failures-total-per-hour", "8"}),
              0);
    HttpClient http(h->port());
    // Every guess from a new address: the per-address limit never bites.
    int address = 0;
    auto from = [&](const std::string &code) {
        return activate(http, code, "10.1.0." + std::to_string(++address));
    };
    // One prefix: three wrong guesses, then that prefix is closed for everyone ...
    EXPECT_EQ(from("12340001"), 401);
    EXPECT_EQ(from("12340002"), 401);
    EXPECT_EQ(from("12340003"), 401);
    EXPECT_EQ(from("12349999"), 429);
    EXPECT_EQ(from("12345678"), 429);
    // ... while other prefixes still answer, until the total is spent.
    const char *others[] = {"20000001", "30000001", "40000001", "50000001", "60000001"};
    for (const char *code : others)
        EXPECT_EQ(from(code), 401) << code;
    EXPECT_EQ(from("70000001"), 429) << "eight failures in total: closed for every prefix";
    // The shop's real code is refused while the total is spent (the price of stopping a spread guesser);
    // the per-address limit is the one a single till meets, the totals only an attack.
    EXPECT_EQ(activate(http, shop.code, "10.2.0.1"), 429);
}

} // namespace cabinet::test
