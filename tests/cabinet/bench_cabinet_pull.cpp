// Empty pull cost (protocol §8): a device already at the head of a catalog of N products asks for
// changes; the server time (Server-Timing) must stay flat as N grows (goal <= 5 ms at 10^6). Also
// reports how fast the first snapshot pages stream.
//
//   bench_cabinet_pull [--backend sqlite|postgres] [--products 1000000] [--requests 1000] [--smoke]

#include "support/benchenv.h"

#include "cabinet/store/cursor.h"

#include <chrono>
#include <fstream>

using namespace cabinet;
using namespace cabinet::test;

int main(int argc, char **argv)
{
    std::string backend = "sqlite";
    int products = 1000000;
    int requests = 1000;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--backend" && i + 1 < argc)
            backend = argv[++i];
        else if (a == "--products" && i + 1 < argc)
            products = std::atoi(argv[++i]);
        else if (a == "--requests" && i + 1 < argc)
            requests = std::atoi(argv[++i]);
        else if (a == "--smoke") {
            products = 1000;
            requests = 50;
        }
    }

    BenchEnv env;
    if (!env.open(backend))
        return 0;

    const std::string csv = env.dir + "/catalog.csv";
    {
        std::ofstream out(csv);
        out << "id,name,price,vat,barcodes,unit,category_id\n";
        for (int i = 0; i < products; ++i)
            out << "p" << i << ",Товар номер " << i << "," << 10 + i % 1000 << ".90,vat20,46" << 10000000 + i
                << ",pcs,c" << i % 50 << "\n";
    }
    auto t0 = std::chrono::steady_clock::now();
    auto imported = env.harness->admin({"import-catalog", "--org", env.shop.org, csv});
    const double importSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (imported.find("imported") == nullptr)
        return 1;
    if (!env.start())
        return 1;
    HttpClient http(env.harness->port());

    // First snapshot pages (up to 100k products) for the initial-sync figure.
    t0 = std::chrono::steady_clock::now();
    std::string cursor;
    int streamed = 0;
    std::size_t wire = 0;
    while (streamed < std::min(products, 100000)) {
        auto r =
            http.get("/api/v1/changes?limit=5000" + (cursor.empty() ? "" : "&cursor=" + cursor), env.token);
        if (r.status != 200)
            return 1;
        streamed += int(r.json().find("changes")->asArray().size());
        wire += r.body.size();
        cursor = r.json().stringAt("next_cursor").value_or("");
        if (!r.json().find("has_more")->asBool())
            break;
    }
    const double snapshotSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

    // A device at the head: its cursor is what the last snapshot page would hand it.
    auto stats = env.harness->admin({"stats", "--org", env.shop.org});
    Cursor head;
    head.organizationId = env.shop.org;
    head.epoch = stats.find("catalog_epoch")->asInt64().value_or(1);
    head.lastVersion = stats.find("catalog_version")->asInt64().value_or(0);
    const std::string target = "/api/v1/changes?cursor=" + head.encode();

    // Warm-up: each pooled connection prepares its statements on first use.
    for (int i = 0; i < 20; ++i)
        http.get(target, env.token);
    std::vector<double> server, roundTrip;
    std::size_t emptyBytes = 0;
    for (int i = 0; i < requests; ++i) {
        auto s = std::chrono::steady_clock::now();
        auto r = http.get(target, env.token);
        roundTrip.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - s).count());
        if (r.status != 200 || !r.json().find("changes")->asArray().empty()) {
            std::fprintf(stderr, "unexpected answer %d %s\n", r.status, r.body.c_str());
            return 1;
        }
        server.push_back(r.serverMs());
        emptyBytes = r.body.size();
    }
    std::printf("bench_cabinet_pull backend=%s products=%d (import %.1f s)\n", backend.c_str(), products,
                importSeconds);
    std::printf("  snapshot: %d products in %.2f s (%.0f/s, %.1f MB JSON)\n", streamed, snapshotSeconds,
                streamed / snapshotSeconds, double(wire) / 1e6);
    std::printf("  empty pull x%d: server p50 %.3f ms p99 %.3f ms max %.3f ms; round trip p50 %.3f ms; "
                "body %zu bytes (goal: server <= 5 ms)\n",
                requests, percentile(server, 0.5), percentile(server, 0.99), percentile(server, 1.0),
                percentile(roundTrip, 0.5), emptyBytes);
    return 0;
}
