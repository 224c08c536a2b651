#pragma once

// Shared set-up for the cabinet benchmarks: a database on the chosen backend, a running server, an
// activated device. Figures go to stdout; nothing here asserts timing.

#include "harness.h"
#include "pgcluster.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

namespace cabinet::test {

struct BenchEnv
{
    std::string dir;
    std::optional<PgCluster> cluster;
    std::unique_ptr<Harness> harness;
    Shop shop;
    std::string token;

    // Returns false (with a message printed) when the backend is unavailable.
    bool open(const std::string &backend)
    {
        dir = makeTempDir("cabinet-bench");
        std::string conn;
        if (backend == "sqlite") {
            conn = "sqlite:" + dir + "/cabinet.db";
        } else {
            std::string why;
            auto c = PgCluster::start(why, /*durable=*/true); // fsync on: honest commit costs
            if (!c) {
                std::printf("SKIP postgres: %s\n", why.c_str());
                return false;
            }
            cluster.emplace(std::move(*c));
            conn = cluster->createDatabase();
        }
        harness = std::make_unique<Harness>(conn, dir);
        shop = harness->createShop("Bench");
        return true;
    }
    bool start()
    {
        if (harness->start({"--threads", "4"}) == 0)
            return false;
        token = harness->activate(shop.code);
        return !token.empty();
    }
    ~BenchEnv()
    {
        harness.reset();
        cluster.reset();
        removeTree(dir);
    }
};

inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size())))];
}

} // namespace cabinet::test
