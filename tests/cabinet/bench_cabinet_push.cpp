// Push throughput (protocol §8): N five-line receipts over loopback in batches of 500, one batch in
// flight like the real client, into SQLite or PostgreSQL. Verifies exactly N documents at the end.
//
//   bench_cabinet_push [--backend sqlite|postgres] [--receipts 100000] [--batch 500] [--smoke]

#include "support/benchenv.h"

#include <chrono>
#include <cstdlib>

using namespace cabinet;
using namespace cabinet::test;

int main(int argc, char **argv)
{
    std::string backend = "sqlite";
    int receipts = 100000;
    int batchSize = 500;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--backend" && i + 1 < argc)
            backend = argv[++i];
        else if (a == "--receipts" && i + 1 < argc)
            receipts = std::atoi(argv[++i]);
        else if (a == "--batch" && i + 1 < argc)
            batchSize = std::atoi(argv[++i]);
        else if (a == "--smoke")
            receipts = 1000;
    }

    BenchEnv env;
    if (!env.open(backend))
        return 0;
    if (!env.start()) {
        std::fprintf(stderr, "server did not start\n%s", env.harness->serverLog().c_str());
        return 1;
    }

    // Bodies are built before the clock starts: we time the server, not the JSON builder.
    std::vector<std::string> bodies;
    std::size_t bytes = 0;
    for (int i = 0; i < receipts; i += batchSize) {
        std::vector<json::Value> docs;
        for (int j = i; j < std::min(receipts, i + batchSize); ++j)
            docs.push_back(makeDocument(newUuid(), j + 1, 5));
        bodies.push_back(json::serialize(makeBatch(docs)));
        bytes += bodies.back().size();
    }

    HttpClient http(env.harness->port());
    std::vector<double> latencies, serverTimes;
    int created = 0;
    const auto started = std::chrono::steady_clock::now();
    for (const auto &body : bodies) {
        const auto t0 = std::chrono::steady_clock::now();
        auto r = http.request("POST", "/api/v1/documents:batch", body, env.token);
        latencies.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        serverTimes.push_back(r.serverMs());
        if (r.status != 200) {
            std::fprintf(stderr, "push failed: %d %s %s\n", r.status, r.error.c_str(), r.body.c_str());
            return 1;
        }
        for (const auto &s : statuses(r.json()))
            created += s == "created";
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    auto stats = env.harness->admin({"stats", "--org", env.shop.org});
    const auto stored = stats.find("documents")->asInt64().value_or(-1);
    std::printf("bench_cabinet_push backend=%s receipts=%d lines=5 batch=%d body=%.1f MB\n", backend.c_str(),
                receipts, batchSize, double(bytes) / 1e6);
    std::printf(
        "  total %.2f s, %.0f receipts/s; batch latency p50 %.1f ms p99 %.1f ms; server p50 %.1f ms\n",
        seconds, receipts / seconds, percentile(latencies, 0.5), percentile(latencies, 0.99),
        percentile(serverTimes, 0.5));
    std::printf("  created %d, stored %lld (goal: 100,000 in <= 60 s)\n", created,
                static_cast<long long>(stored));
    return created == receipts && stored == receipts ? 0 : 1;
}
