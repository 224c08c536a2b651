// Issue 21 §1 and the low findings: what an unauthenticated request may cost is decided before its
// body is read; malformed HTTP and JSON get a 400; activation leaks nothing about which codes exist.

#include "procstat.h"
#include "rawhttp.h"
#include "support/fixture.h"

#include "cabinet/api/gzip.h"

namespace cabinet::test {

class HardeningLimits : public CabinetTest
{};

namespace {

std::string activationRequest(const std::string &body, const std::string &extraHeaders = {})
{
    return "POST /api/v1/activate HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: "
           "application/json\r\n" +
           extraHeaders + "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

std::string errorCode(const std::string &raw)
{
    auto v = json::tryParse(bodyOf(raw));
    const json::Value *e = v ? v->find("error") : nullptr;
    return e ? e->stringAt("code").value_or("") : "";
}

// A body that inflates to `inflated` bytes of JSON whitespace: the 2025 finding's zip bomb.
std::string zipBomb(std::size_t inflated)
{
    return api::gzip("{" + std::string(inflated, ' ') + "}");
}

} // namespace

TEST_F(HardeningLimits, ActivationZipBombCostsNeitherMemoryNorTime)
{
    ASSERT_NE(h->start(), 0);
    const long rssBefore = peakRssKiB(h->serverPid());
    const long cpuBefore = cpuMs(h->serverPid());

    // 16 MiB of inflated JSON in about 16 KB: refused from the head (Content-Length over 4 KiB).
    const std::string big = zipBomb(16 << 20);
    auto r = exchangeRaw(h->port(), activationRequest(big, "Content-Encoding: gzip\r\n"));
    EXPECT_EQ(statusOf(r), 413) << r;
    // 1 MiB in about 1 KB, under the wire limit: inflating stops at the route's 16 KiB.
    const std::string small = zipBomb(1 << 20);
    ASSERT_LT(small.size(), 4096u);
    for (int i = 0; i < 20; ++i) {
        auto s = exchangeRaw(h->port(), activationRequest(small, "Content-Encoding: gzip\r\n"));
        ASSERT_EQ(statusOf(s), 413) << s;
        EXPECT_EQ(errorCode(s), "PAYLOAD_TOO_LARGE");
    }
    const long rssGrowth = peakRssKiB(h->serverPid()) - rssBefore;
    const long cpu = cpuMs(h->serverPid()) - cpuBefore;
    std::cout << "[ figures ] zip bombs at /activate: peak RSS growth " << rssGrowth << " KiB, CPU " << cpu
              << " ms for 21 requests\n";
    EXPECT_LT(rssGrowth, 16 * 1024) << "a 16 MiB inflate would show here";
}

TEST_F(HardeningLimits, ActivationRateLimitAnswersBeforeTheBodyIsRead)
{
    ASSERT_NE(h->start({"--activations-per-minute", "3", "--activation-interval-ms", "0"}), 0);
    const std::string body = R"({"activation_code":"00000000"})";
    for (int i = 0; i < 3; ++i)
        EXPECT_NE(statusOf(exchangeRaw(h->port(), activationRequest(body))), 429) << i;
    // The head promises 4000 bytes that never come: the answer cannot have waited for them.
    const std::string headOnly = "POST /api/v1/activate HTTP/1.1\r\nHost: x\r\nContent-Length: 4000\r\n\r\n";
    auto r = exchangeRaw(h->port(), headOnly, std::chrono::seconds(5));
    EXPECT_EQ(statusOf(r), 429) << r;
    EXPECT_EQ(errorCode(r), "RATE_LIMITED");
}

TEST_F(HardeningLimits, ForwardedForCountsOnlyFromATrustedProxy)
{
    const std::string body = R"({"activation_code":"00000000"})";
    auto from = [&](const std::string &client) {
        return statusOf(
            exchangeRaw(h->port(), activationRequest(body, "X-Forwarded-For: " + client + "\r\n")));
    };
    // Behind a trusted proxy every shop has its own budget.
    ASSERT_NE(h->start({"--activations-per-minute", "2", "--trusted-proxy", "127.0.0.1",
                        "--activation-interval-ms", "0"}),
              0);
    EXPECT_NE(from("10.0.0.1"), 429);
    EXPECT_NE(from("10.0.0.1"), 429);
    EXPECT_EQ(from("10.0.0.1"), 429);
    EXPECT_NE(from("10.0.0.2"), 429);
    // Without one, the header is the client's own word and changes nothing.
    ASSERT_NE(h->start({"--activations-per-minute", "2", "--activation-interval-ms", "0"}), 0);
    EXPECT_NE(from("10.0.0.1"), 429);
    EXPECT_NE(from("10.0.0.2"), 429);
    EXPECT_EQ(from("10.0.0.3"), 429);
}

TEST_F(HardeningLimits, SmugglingShapesAndBadBodiesGet400)
{
    Shop shop = h->createShop("Осока");
    ASSERT_NE(h->start(), 0);
    const std::string token = h->activate(shop.code);
    ASSERT_FALSE(token.empty());
    const std::string auth = "Authorization: Bearer " + token + "\r\n";

    const std::string both = "POST /api/v1/documents:batch HTTP/1.1\r\nHost: x\r\n" + auth +
                             "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n";
    EXPECT_EQ(statusOf(exchangeRaw(h->port(), both)), 400);
    const std::string twoLengths = "POST /api/v1/documents:batch HTTP/1.1\r\nHost: x\r\n" + auth +
                                   "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}";
    EXPECT_EQ(statusOf(exchangeRaw(h->port(), twoLengths)), 400);

    HttpClient http(h->port());
    auto corrupt = http.request("POST", "/api/v1/documents:batch", "not gzip at all", token,
                                {{"Content-Encoding", "gzip"}});
    EXPECT_EQ(corrupt.status, 400) << corrupt.body;
    auto duplicate =
        http.request("POST", "/api/v1/documents:batch", R"({"documents":[],"documents":[1]})", token);
    EXPECT_EQ(duplicate.status, 400) << duplicate.body;
}

TEST_F(HardeningLimits, UnknownUsedAndExpiredCodesGetOneAnswer)
{
    Shop shop = h->createShop("Клевер");
    ASSERT_NE(h->start({"--activation-interval-ms", "0"}), 0);
    ASSERT_FALSE(h->activate(shop.code).empty());
    const std::string expired = h->admin({"new-code", "--org", shop.org, "--workplace", shop.workplace,
                                          "--ttl-hours", "0", "--force"})
                                    .stringAt("activation_code")
                                    .value_or("");
    ASSERT_EQ(expired.size(), 8u);
    std::string unknown = "12345678";
    if (unknown == shop.code || unknown == expired)
        unknown = "87654321";
    std::vector<std::string> bodies;
    for (const std::string &code : {unknown, shop.code, expired}) {
        auto r = exchangeRaw(h->port(), activationRequest(R"({"activation_code":")" + code + "\"}"));
        EXPECT_EQ(statusOf(r), 401) << r;
        bodies.push_back(bodyOf(r));
    }
    EXPECT_EQ(bodies[0], bodies[1]);
    EXPECT_EQ(bodies[0], bodies[2]);
}

} // namespace cabinet::test
