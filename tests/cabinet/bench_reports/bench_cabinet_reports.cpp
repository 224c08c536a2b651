// Owner reads at scale (issue 14 §5): dashboard and journal-page time for an organization with N
// receipts (5 lines each) spread over a year and three points of sale, on SQLite or PostgreSQL.
// The data is generated straight into the report tables (generator.h says why); each call is timed
// in process around the reports:: function the owner API calls, i.e. server time without HTTP.
//
//   bench_cabinet_reports [--backend sqlite|postgres] [--receipts 1000000] [--requests 200] [--smoke]

#include "generator.h"
#include "support/benchenv.h"

#include "cabinet/reports/docmodel.h"
#include "cabinet/reports/queries.h"

#include <chrono>
#include <cstdlib>
#include <functional>

using namespace cabinet;
using namespace cabinet::test;

namespace {

// `call` returns how many items it read, printed so an empty answer cannot pass for a fast one.
void measure(const char *name, int requests, const std::function<std::size_t()> &call)
{
    std::vector<double> ms;
    const std::size_t items = call(); // also warms the statement cache and the page cache
    for (int i = 0; i < requests; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        call();
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::printf("  %-34s p50 %8.2f ms  p99 %8.2f ms  max %8.2f ms  (%zu items)\n", name, percentile(ms, 0.5),
                percentile(ms, 0.99), percentile(ms, 1.0), items);
}

std::string daysBefore(const std::string &day, int n)
{
    const auto t = reports::parseTime(day + "T12:00:00Z", 0);
    const auto earlier = reports::parseTime("1970-01-01T12:00:00Z", 0);
    using namespace std::chrono;
    const year_month_day ymd{sys_days{days{(t->utcMs - earlier->utcMs) / 86400000 - n}}};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                  unsigned(ymd.day()));
    return buf;
}

} // namespace

int main(int argc, char **argv)
{
    std::string backend = "sqlite";
    long long receipts = 1000000;
    int requests = 200;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--backend" && i + 1 < argc)
            backend = argv[++i];
        else if (a == "--receipts" && i + 1 < argc)
            receipts = std::atoll(argv[++i]);
        else if (a == "--requests" && i + 1 < argc)
            requests = std::atoi(argv[++i]);
        else if (a == "--smoke")
            receipts = 2000, requests = 5;
    }
    BenchEnv env;
    if (!env.open(backend))
        return 0;
    if (!env.start()) {
        std::fprintf(stderr, "server did not start\n%s", env.harness->serverLog().c_str());
        return 1;
    }
    GeneratedShop shop;
    shop.org = env.shop.org;
    shop.workplace = env.shop.workplace;
    shop.pointsOfSale = {env.shop.pos};
    for (const char *name : {"Bench 2", "Bench 3"})
        shop.pointsOfSale.push_back(env.harness->admin({"create-pos", "--org", shop.org, name})
                                        .stringAt("point_of_sale_id")
                                        .value_or(""));
    shop.device = env.harness->admin({"list", "devices", "--org", shop.org})
                      .asArray()
                      .at(0)
                      .stringAt("id")
                      .value_or("");
    auto c = db::open(env.harness->connectionString());
    const auto g0 = std::chrono::steady_clock::now();
    generateSales(*c, shop, receipts);
    const double genSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - g0).count();
    std::printf(
        "bench_cabinet_reports backend=%s receipts=%lld lines=%lld requests=%d (generated in %.1f s)\n",
        backend.c_str(), receipts, receipts * 5, requests, genSeconds);

    reports::Scope all{shop.org, {}, true};
    reports::Scope one{shop.org, {shop.pointsOfSale[1]}, false};
    const reports::Period month{daysBefore(shop.lastDay, 29), shop.lastDay};
    const std::int64_t now = reports::parseTime(shop.lastDay + "T20:00:00+03:00")->utcMs;
    auto dash = [&](const reports::Scope &s, const reports::Period &p) -> std::size_t {
        return reports::dashboard(*c, s, p, shop.lastDay, now).find("by_day")->asArray().size();
    };
    auto page = [&](const reports::DocumentFilter &filter) -> std::size_t {
        auto r = reports::documents(*c, all, filter);
        return r ? r->find("items")->asArray().size() : 0;
    };
    measure("dashboard (today + 30 days)", requests, [&] { return dash(all, month); });
    measure("dashboard, one point of sale", requests, [&] { return dash(one, month); });
    const reports::Period year{daysBefore(shop.lastDay, 364), shop.lastDay};
    measure("dashboard (today + 365 days)", requests, [&] { return dash(all, year); });
    measure("journal page 1 (50, newest)", requests, [&] { return page({}); });
    reports::DocumentFilter f;
    f.pointOfSaleId = shop.pointsOfSale[2];
    f.payment = "card";
    f.period = month;
    measure("journal page 1, pos + card + month", requests, [&] { return page(f); });
    reports::DocumentFilter deep;
    deep.offset = 5000;
    measure("journal page 101 (offset 5000)", requests, [&] { return page(deep); });
    reports::DocumentFilter fd;
    fd.fd = receipts / 2;
    measure("journal by FD", requests, [&] { return page(fd); });
    measure("sales by product, 30 days", requests,
            [&]() -> std::size_t { return reports::sales(*c, all, month, "product")->asArray().size(); });
    return 0;
}
