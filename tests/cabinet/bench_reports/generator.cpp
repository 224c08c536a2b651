#include "generator.h"

#include "cabinet/reports/bulk.h"
#include "cabinet/reports/docmodel.h"
#include "cabinet/util/crypto.h"

#include <chrono>
#include <cstdio>
#include <map>
#include <random>
#include <tuple>

namespace cabinet::test {

using reports::Column;

namespace {

const std::vector<Column> kReceipt = {{"organization_id", "uuid"},
                                      {"uuid", "uuid"},
                                      {"server_seq", "bigint"},
                                      {"kind", "text"},
                                      {"schema", "integer"},
                                      {"calc_sign", "integer"},
                                      {"direction", "integer"},
                                      {"number", "bigint"},
                                      {"point_of_sale_id", "uuid"},
                                      {"workplace_id", "uuid"},
                                      {"device_id", "uuid"},
                                      {"shift_uuid", "text"},
                                      {"employee_id", "text"},
                                      {"total", "bigint"},
                                      {"at", "bigint"},
                                      {"day", "text"},
                                      {"hour", "integer"},
                                      {"payment_methods", "text"},
                                      {"fn", "text"},
                                      {"fd", "bigint"},
                                      {"fp", "text"}};
const std::vector<Column> kLine = {
    {"organization_id", "uuid"},  {"receipt_uuid", "uuid"}, {"position", "integer"},
    {"product_id", "text"},       {"name", "text"},         {"price", "bigint"},
    {"quantity_milli", "bigint"}, {"total", "bigint"},      {"vat", "text"},
    {"vat_amount", "bigint"},     {"unit", "text"},         {"marking_code", "text"}};
const std::vector<Column> kPayment = {{"organization_id", "uuid"}, {"receipt_uuid", "uuid"},
                                      {"idx", "integer"},          {"method", "text"},
                                      {"amount", "bigint"},        {"reference", "text"}};
const std::vector<Column> kRollup = {
    {"organization_id", "uuid"},  {"dimension", "text"},    {"day", "text"},
    {"point_of_sale_id", "uuid"}, {"workplace_id", "uuid"}, {"key", "text"},
    {"amount_in", "bigint"},      {"amount_out", "bigint"}, {"count_in", "bigint"},
    {"count_out", "bigint"},      {"vat_in", "bigint"},     {"vat_out", "bigint"},
    {"qty_in", "bigint"},         {"qty_out", "bigint"}};

struct Sums
{
    std::int64_t in = 0, out = 0, cin = 0, cout = 0, vin = 0, vout = 0, qin = 0, qout = 0;
};

} // namespace

long long generateSales(db::Connection &c, GeneratedShop &shop, long long receipts)
{
    std::mt19937_64 rng(42);
    const char *const methods[] = {"cash", "card", "sbp"};
    const std::int64_t firstDayMs = reports::parseTime("2026-01-01T00:00:00+03:00")->utcMs;
    std::map<std::tuple<std::string, std::string, std::string, std::string>, Sums> rollups;
    std::vector<db::Params> rs, ls, ps;
    auto flush = [&] {
        db::Transaction tx(c, db::Tx::Write);
        reports::insertRows(c, "receipts", kReceipt, rs, "");
        reports::insertRows(c, "receipt_lines", kLine, ls, "");
        reports::insertRows(c, "receipt_payments", kPayment, ps, "");
        tx.commit();
        rs.clear();
        ls.clear();
        ps.clear();
    };
    for (long long i = 0; i < receipts; ++i) {
        const std::string uuid = crypto::newUuid();
        // Spread over the year, busier in the day: 8:00 to 22:00 local.
        const std::int64_t day = std::int64_t(i * shop.days / receipts);
        const std::int64_t at = firstDayMs + day * 86400000 + (8 + std::int64_t(rng() % 14)) * 3600000 +
                                std::int64_t(rng() % 3600000);
        const std::int64_t localMs = at + 3 * 3600000;
        const std::int64_t d = localMs / 86400000;
        char dayText[16];
        {
            using namespace std::chrono;
            const year_month_day ymd{sys_days{days{d}}};
            std::snprintf(dayText, sizeof dayText, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                          unsigned(ymd.day()));
        }
        const int hour = int(localMs / 3600000 % 24);
        const std::string &pos = shop.pointsOfSale[std::size_t(rng() % shop.pointsOfSale.size())];
        const bool sale = rng() % 10 != 0;
        const int direction = sale ? 1 : -1;
        const std::string method = methods[rng() % 3];
        std::int64_t total = 0, vat = 0;
        for (int l = 1; l <= 5; ++l) {
            const std::string product = "p" + std::to_string(rng() % 500);
            const std::int64_t price = 1000 + std::int64_t(rng() % 50000),
                               qty = 1000 * (1 + std::int64_t(rng() % 3));
            const std::int64_t sum = price * qty / 1000, v = sum / 6;
            total += sum;
            vat += v;
            ls.push_back({shop.org, uuid, std::int64_t(l), product, "Товар " + product, price, qty, sum,
                          std::string("vat20"), v, std::string("шт"), std::string()});
            Sums &p = rollups[{"product", dayText, pos, product}];
            (sale ? p.in : p.out) += sum;
            (sale ? p.cin : p.cout) += 1;
            (sale ? p.qin : p.qout) += qty;
            (sale ? p.vin : p.vout) += v;
        }
        rs.push_back({shop.org,
                      uuid,
                      std::int64_t(i + 1),
                      std::string(sale ? "sale" : "return"),
                      std::int64_t(2),
                      std::int64_t(sale ? 1 : 2),
                      std::int64_t(direction),
                      std::int64_t(i + 1),
                      pos,
                      shop.workplace,
                      shop.device,
                      nullptr,
                      std::string("e1"),
                      total,
                      at,
                      std::string(dayText),
                      std::int64_t(hour),
                      "," + method + ",",
                      std::string("7281440500123456"),
                      std::int64_t(i + 1),
                      std::string("1234567890")});
        ps.push_back({shop.org, uuid, std::int64_t(0), method, total, std::string()});
        char hourKey[3] = {char('0' + hour / 10), char('0' + hour % 10), 0};
        for (const auto &[dim, key] :
             std::initializer_list<std::pair<const char *, std::string>>{{"total", ""},
                                                                         {"kind", sale ? "sale" : "return"},
                                                                         {"payment", method},
                                                                         {"vat", "vat20"},
                                                                         {"hour", hourKey},
                                                                         {"employee", "e1"}}) {
            Sums &s = rollups[{dim, dayText, pos, key}];
            (sale ? s.in : s.out) += total;
            (sale ? s.cin : s.cout) += 1;
            (sale ? s.vin : s.vout) += vat;
        }
        if (rs.size() >= 5000)
            flush();
        shop.lastDay = dayText;
    }
    flush();
    std::vector<db::Params> rows;
    db::Transaction tx(c, db::Tx::Write);
    for (const auto &[k, s] : rollups) {
        const auto &[dim, day, pos, key] = k;
        rows.push_back({shop.org, dim, day, pos, shop.workplace, key, s.in, s.out, s.cin, s.cout, s.vin,
                        s.vout, s.qin, s.qout});
        if (rows.size() >= 5000) {
            reports::insertRows(c, "daily_rollups", kRollup, rows, "");
            rows.clear();
        }
    }
    reports::insertRows(c, "daily_rollups", kRollup, rows, "");
    tx.commit();
    c.script("ANALYZE"); // planner statistics for the fresh tables, as after a real load
    return receipts;
}

} // namespace cabinet::test
