// Issue 21 §4: connections are bounded — per client address, in time for a request's head, and an
// accept loop that backs off when the process runs out of file descriptors instead of spinning.

#include "procstat.h"
#include "rawhttp.h"
#include "support/fixture.h"

#include <sys/resource.h>

#include <filesystem>
#include <thread>

namespace cabinet::test {

class HardeningConnections : public CabinetTest
{};

namespace {

bool healthy(unsigned short port)
{
    return statusOf(exchangeRaw(port, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")) ==
           200;
}

} // namespace

TEST_F(HardeningConnections, OneClientCannotHoldMoreThanItsShare)
{
    ASSERT_NE(h->start({"--max-connections-per-client", "3"}), 0);
    std::vector<std::unique_ptr<OpenConnection>> held;
    for (int i = 0; i < 3; ++i) {
        held.push_back(std::make_unique<OpenConnection>(h->port()));
        ASSERT_TRUE(held.back()->connected());
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200)); // let the server accept all three
    OpenConnection fourth(h->port());
    EXPECT_TRUE(fourth.closedByServer(std::chrono::seconds(5)));
    for (auto &c : held)
        EXPECT_FALSE(c->closedByServer(std::chrono::milliseconds(10)));
    held.pop_back();
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    EXPECT_TRUE(healthy(h->port())) << "a freed place is usable again";
}

TEST_F(HardeningConnections, ASlowHeadIsCutOff)
{
    ASSERT_NE(h->start({"--header-timeout-seconds", "1"}), 0);
    OpenConnection loris(h->port());
    loris.send("POST /api/v1/activate HTTP/1.1\r\nHost: x\r\nX-Slow: ");
    for (int i = 0; i < 3; ++i) { // a byte now and then, never the end of the head
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        loris.send("a");
    }
    EXPECT_TRUE(loris.closedByServer(std::chrono::seconds(10)));
    EXPECT_TRUE(healthy(h->port()));
}

TEST_F(HardeningConnections, OutOfDescriptorsTheAcceptLoopWaitsInsteadOfSpinning)
{
    // The running server is given a descriptor limit a few above what it holds now.
    const unsigned short port = h->start();
    ASSERT_NE(port, 0);
    std::size_t open = 0;
    for ([[maybe_unused]] const auto &fd :
         std::filesystem::directory_iterator("/proc/" + std::to_string(h->serverPid()) + "/fd"))
        ++open;
    const rlimit tight{open + 8, open + 8};
    ASSERT_EQ(prlimit(h->serverPid(), RLIMIT_NOFILE, &tight, nullptr), 0);

    std::vector<std::unique_ptr<OpenConnection>> flood;
    for (int i = 0; i < 80; ++i)
        flood.push_back(std::make_unique<OpenConnection>(port));
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    const long before = cpuMs(h->serverPid());
    std::this_thread::sleep_for(std::chrono::seconds(2));
    const long spent = cpuMs(h->serverPid()) - before;
    std::cout << "[ figures ] out of descriptors: server CPU " << spent << " ms in 2 s\n";
    EXPECT_LT(spent, 500) << "a busy accept loop burns a whole core";
    EXPECT_NE(h->serverLog().find("accept_failed"), std::string::npos);

    flood.clear();
    bool back = false;
    for (int i = 0; i < 50 && !back; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        back = healthy(port);
    }
    EXPECT_TRUE(back) << "the server accepts again once descriptors are free";
}

} // namespace cabinet::test
