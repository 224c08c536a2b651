// The owner's reads (cabinet/reports/queries.h) over data pushed through the real server: dashboard
// totals, sales groupings, journal filters and paging, one document, shifts, tills with the FN
// forecast, alerts; and scoping: another organization or a point of sale the user may not see reads
// nothing.

#include "support/fixture.h"
#include "v2docs.h"

#include "cabinet/reports/queries.h"

#include <set>

namespace cabinet::test {

class Reads : public CabinetTest
{
protected:
    void SetUp() override
    {
        CabinetTest::SetUp();
        if (IsSkipped())
            return;
        shop = h->createShop("Ромашка");
        other = h->createShop("Чужой магазин");
        ASSERT_NE(h->start(), 0);
        http = std::make_unique<HttpClient>(h->port());
        token = h->activate(shop.code);
        auto docs = v2::shiftOfDocuments(shift, sale, late);
        auto reply = http->post("/api/v1/documents:batch", makeBatch(docs), token);
        ASSERT_EQ(reply.status, 200) << reply.body;
        db = db::open(h->connectionString());
        scope.organizationId = shop.org;
    }
    void TearDown() override
    {
        db.reset();
        http.reset();
        CabinetTest::TearDown();
    }
    std::int64_t at(const json::Value &v, const char *a, const char *b = nullptr)
    {
        const json::Value *x = v.find(a);
        if (x && b)
            x = x->find(b);
        return x && x->asInt64() ? *x->asInt64() : -1;
    }

    Shop shop, other;
    std::unique_ptr<HttpClient> http;
    std::string token, sale, late;
    std::unique_ptr<db::Connection> db;
    reports::Scope scope;
    const std::string shift = "5a1e0000-0000-4000-8000-000000000009";
    const reports::Period day{"2026-12-03", "2026-12-03"};
    const std::int64_t now = 1796306400000; // 2026-12-03T14:00:00Z
};

TEST_F(Reads, DashboardSumsTodayAndPeriodByPaymentPointOfSaleDayAndHour)
{
    const json::Value d = reports::dashboard(*db, scope, {"2026-12-01", "2026-12-03"}, "2026-12-03", now);
    EXPECT_EQ(at(d, "today", "gross"), 5500);
    EXPECT_EQ(at(d, "today", "returns"), 1000);
    EXPECT_EQ(at(d, "today", "net"), 4500);
    EXPECT_EQ(at(d, "today", "receipts"), 3);
    EXPECT_EQ(at(d, "today", "average"), 1833);
    EXPECT_EQ(at(d, "period", "net"), 4500);
    const auto &pay = d.find("by_payment")->asArray();
    ASSERT_EQ(pay.size(), 3u); // card, cash, sbp
    EXPECT_EQ(pay[0].stringAt("method"), std::optional<std::string>("card"));
    EXPECT_EQ(at(pay[1], "net"), 1500 - 1000);
    const auto &pos = d.find("by_point_of_sale")->asArray();
    ASSERT_EQ(pos.size(), 1u);
    EXPECT_EQ(pos[0].stringAt("name"), std::optional<std::string>("Ромашка main"));
    ASSERT_EQ(d.find("by_day")->asArray().size(), 1u);
    EXPECT_EQ(d.find("by_hour")->asArray().size(), 3u);        // 10, 11, 12
    EXPECT_EQ(d.find("last_documents")->asArray().size(), 6u); // 4 receipts and 2 cash documents
}

TEST_F(Reads, SalesGroupings)
{
    auto byProduct = reports::sales(*db, scope, day, "product");
    ASSERT_TRUE(byProduct);
    for (const json::Value &p : byProduct->asArray()) {
        if (p.stringAt("product_id") == std::optional<std::string>("p-milk")) {
            EXPECT_EQ(at(p, "quantity_milli"), 1000) << json::serialize(p); // 2 sold, 1 returned
        }
    }
    auto byCashier = reports::sales(*db, scope, day, "cashier");
    ASSERT_TRUE(byCashier);
    ASSERT_EQ(byCashier->asArray().size(), 1u);
    EXPECT_EQ(at(byCashier->asArray()[0], "net"), 4500);
    EXPECT_FALSE(reports::sales(*db, scope, day, "weather"));
}

TEST_F(Reads, JournalFiltersSortsAndPages)
{
    auto count = [&](reports::DocumentFilter f) {
        auto page = reports::documents(*db, scope, f);
        return page ? std::int64_t(page->find("items")->asArray().size()) : -1;
    };
    reports::DocumentFilter f;
    EXPECT_EQ(count(f), 6);
    f.type = "return";
    EXPECT_EQ(count(f), 1);
    f = {};
    f.payment = "card";
    EXPECT_EQ(count(f), 1);
    f = {};
    f.amountMin = 1500;
    f.amountMax = 3000;
    EXPECT_EQ(count(f), 2); // the sales of 3000 and 2000
    f = {};
    f.fd = 4412; // merged from the late fiscal attributes
    EXPECT_EQ(count(f), 1);
    f = {};
    f.type = "cash_out";
    EXPECT_EQ(count(f), 1);
    f = {};
    f.shiftUuid = shift; // "Документы смены": every receipt and cash document of the shift
    EXPECT_EQ(count(f), 6);
    f.shiftUuid = "5a1e0000-0000-4000-8000-00000000000a";
    EXPECT_EQ(count(f), 0);
    f = {};
    f.sort = "total";
    f.descending = false;
    f.limit = 2;
    auto page = reports::documents(*db, scope, f);
    ASSERT_TRUE(page);
    EXPECT_TRUE(page->find("has_more")->asBool());
    EXPECT_EQ(at(page->find("items")->asArray()[0], "total"), 500);
    f.offset = 4;
    page = reports::documents(*db, scope, f);
    EXPECT_FALSE(page->find("has_more")->asBool());
    EXPECT_EQ(at(page->find("items")->asArray().back(), "total"), 500000); // the cash-in
    f = {};
    f.sort = "total; DROP TABLE receipts";
    EXPECT_FALSE(reports::documents(*db, scope, f));
    f = {};
    f.type = "bogus";
    EXPECT_FALSE(reports::documents(*db, scope, f));
}

TEST_F(Reads, OneDocumentInFull)
{
    auto d = reports::document(*db, scope, sale);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->find("lines")->asArray().size(), 2u);
    EXPECT_EQ(d->find("payments")->asArray()[1].stringAt("reference"),
              std::optional<std::string>("RRN 123456789012"));
    // VAT per rate as the contract's array: [{vat, amount}].
    const json::Value *vat = d->find("vat");
    ASSERT_TRUE(vat && vat->isArray());
    std::int64_t vat10 = -1;
    for (const json::Value &byRate : vat->asArray())
        if (byRate.stringAt("vat") == std::optional<std::string>("vat10"))
            vat10 = at(byRate, "amount");
    EXPECT_EQ(vat10, 181);
    EXPECT_EQ(at(*d, "fiscal", "fd"), 2);
    EXPECT_EQ(d->find("workplace")->stringAt("name"), std::optional<std::string>("Till 1"));
    EXPECT_FALSE(reports::document(*db, scope, newUuid()));
}

TEST_F(Reads, ShiftsCarryTheirTotals)
{
    const json::Value s = reports::shifts(*db, scope, day, 50, 0);
    ASSERT_EQ(s.find("items")->asArray().size(), 1u);
    const json::Value &one = s.find("items")->asArray()[0];
    EXPECT_EQ(at(one, "totals", "net"), 4500);
    EXPECT_EQ(at(one, "totals", "cash_in"), 500000);
    EXPECT_EQ(at(one, "z_totals", "sales"), 5500);
    EXPECT_EQ(at(one, "fn_shift"), 7);
    EXPECT_EQ(at(one, "x_reports"), 1);
}

TEST_F(Reads, TillsForecastTheDriveAndRaiseAlerts)
{
    json::Value status;
    status.set("outbox", json::Object{{"pending", 0}, {"quarantined", 2}});
    status.set("kkt", json::Object{{"serial", "0012345678"}});
    status.set("fn", json::Object{{"number", "7281440500123456"},
                                  {"valid_until", "2026-12-05"},
                                  {"ofd_unsent_count", 3},
                                  {"ofd_oldest_unsent_at", "2026-11-28T10:00:00Z"}});
    status.set("shift", json::Object{{"state", "open"}, {"opened_at", "2026-12-02T06:00:00Z"}});
    status.set("pull", json::Object{{"quarantined", 2}}); // two catalog entries the till held back
    ASSERT_EQ(http->post("/api/v1/devices/status", status, token).status, 200);
    const json::Value tills = reports::tills(*db, scope, now);
    ASSERT_EQ(tills.asArray().size(), 1u);
    const json::Value &till = tills.asArray()[0];
    EXPECT_EQ(till.find("registrar")->stringAt("serial"), std::optional<std::string>("0012345678"));
    // FD 2 to 4412 in 75 minutes fills a 250,000-document drive in days, but it expires sooner.
    const json::Value &forecast = *till.find("fn")->find("forecast");
    EXPECT_EQ(forecast.stringAt("reason"), std::optional<std::string>("expiry")) << json::serialize(forecast);
    EXPECT_GT(at(forecast, "full_at_ms"), now);
    EXPECT_LT(at(forecast, "full_at_ms"), now + 30LL * 86400000);
    EXPECT_EQ(till.find("shift")->stringAt("state"), std::optional<std::string>("open"));
    std::set<std::string> kinds;
    const json::Value alerts = reports::alerts(*db, scope, now);
    for (const json::Value &a : alerts.asArray())
        kinds.insert(a.stringAt("kind").value_or(""));
    EXPECT_TRUE(kinds.count("fn_expiring"));
    EXPECT_TRUE(kinds.count("ofd_backlog"));
    EXPECT_TRUE(kinds.count("quarantined"));
    EXPECT_TRUE(kinds.count("catalog_held"));
}

TEST_F(Reads, NothingLeaksAcrossOrganizationsOrPointsOfSale)
{
    reports::Scope foreign{other.org, {}, true};
    const json::Value d = reports::dashboard(*db, foreign, day, "2026-12-03", now);
    EXPECT_EQ(at(d, "today", "gross"), 0);
    EXPECT_TRUE(d.find("last_documents")->asArray().empty());
    EXPECT_FALSE(reports::document(*db, foreign, sale));
    EXPECT_TRUE(reports::shifts(*db, foreign, day, 50, 0).find("items")->asArray().empty());
    EXPECT_TRUE(reports::tills(*db, foreign, now).asArray().empty());

    reports::Scope limited{
        shop.org, {other.pos}, false}; // a user of this org limited to a foreign point of sale
    EXPECT_EQ(at(reports::dashboard(*db, limited, day, "2026-12-03", now), "today", "gross"), 0);
    EXPECT_FALSE(reports::document(*db, limited, sale));
    EXPECT_TRUE(reports::documents(*db, limited, {})->find("items")->asArray().empty());
    EXPECT_TRUE(reports::sales(*db, limited, day, "product")->asArray().empty());
    reports::Scope none{shop.org, {}, false};
    EXPECT_TRUE(reports::documents(*db, none, {})->find("items")->asArray().empty());
    reports::Scope mine{shop.org, {shop.pos}, false};
    EXPECT_EQ(reports::documents(*db, mine, {})->find("items")->asArray().size(), 6u);
}

} // namespace cabinet::test
