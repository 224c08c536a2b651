// Ingest into the report tables (issue 14 §1-2): a shift of v2 documents of every kind lands in
// receipts, lines, payments, shifts, cash documents and daily rollups in the push transaction; a
// replayed batch changes nothing; fiscal attributes arriving after (or before) their sale are merged;
// v1 documents are counted; rebuild-reports recomputes the same rows and reports tampering.

#include "support/fixture.h"
#include "v2docs.h"

#include "cabinet/db/connection.h"

namespace cabinet::test {

class Ingest : public CabinetTest
{
protected:
    void SetUp() override
    {
        CabinetTest::SetUp();
        if (IsSkipped())
            return;
        shop = h->createShop("Ромашка");
        ASSERT_NE(h->start(), 0);
        http = std::make_unique<HttpClient>(h->port());
        token = h->activate(shop.code);
        ASSERT_FALSE(token.empty());
        db = db::open(h->connectionString());
    }
    void TearDown() override
    {
        db.reset();
        http.reset();
        CabinetTest::TearDown();
    }
    std::vector<std::string> push(const std::vector<json::Value> &docs)
    {
        auto reply = http->post("/api/v1/documents:batch", makeBatch(docs), token);
        EXPECT_EQ(reply.status, 200) << reply.body;
        return statuses(reply.json());
    }
    std::string one(const std::string &sql, const db::Params &params = {})
    {
        auto rows = db->query(sql, params);
        return rows.empty() ? "<none>" : rows[0].textOr(0, "null");
    }
    std::string rollup(const std::string &dimension, const std::string &key, const char *column)
    {
        return one(std::string("SELECT sum(") + column +
                       ") FROM daily_rollups WHERE organization_id = $1 AND dimension = $2 AND key = $3",
                   {shop.org, dimension, key});
    }

    Shop shop;
    std::unique_ptr<HttpClient> http;
    std::string token;
    std::unique_ptr<db::Connection> db;
    const std::string shift = "5a1e0000-0000-4000-8000-000000000007";
};

using v2::shiftOfDocuments;

TEST_F(Ingest, ShiftOfV2DocumentsFillsEveryReportTable)
{
    std::string sale, late;
    auto docs = shiftOfDocuments(shift, sale, late);
    ASSERT_EQ(push(docs), std::vector<std::string>(docs.size(), "created"));

    EXPECT_EQ(one("SELECT count(*) FROM receipts WHERE organization_id = $1", {shop.org}), "4");
    EXPECT_EQ(one("SELECT count(*) FROM receipt_lines WHERE organization_id = $1", {shop.org}), "5");
    EXPECT_EQ(one("SELECT reference FROM receipt_payments WHERE organization_id = $1 AND method = 'card'",
                  {shop.org}),
              "RRN 123456789012");
    EXPECT_EQ(
        one("SELECT refers_to FROM receipts WHERE organization_id = $1 AND kind = 'return'", {shop.org}),
        sale);
    EXPECT_EQ(one("SELECT point_of_sale_id FROM receipts WHERE organization_id = $1 AND uuid = $2",
                  {shop.org, sale}),
              shop.pos);
    // Local business day and hour from the till's wall clock.
    EXPECT_EQ(one("SELECT day || ' ' || hour FROM receipts WHERE organization_id = $1 AND uuid = $2",
                  {shop.org, sale}),
              "2026-12-03 10");
    // The late fiscal attributes were merged into their sale.
    EXPECT_EQ(one("SELECT fd || ' ' || fp FROM receipts WHERE organization_id = $1 AND uuid = $2",
                  {shop.org, late}),
              "4412 1111122222");

    EXPECT_EQ(rollup("total", "", "amount_in"), "5500"); // sales 3000 + 2000, correction 500
    EXPECT_EQ(rollup("total", "", "amount_out"), "1000");
    EXPECT_EQ(rollup("total", "", "count_in"), "3");
    EXPECT_EQ(rollup("payment", "cash", "amount_in"), "1500");
    EXPECT_EQ(rollup("payment", "card", "amount_in"), "2000");
    EXPECT_EQ(rollup("payment", "sbp", "amount_in"), "2000");
    EXPECT_EQ(rollup("vat", "vat10", "amount_in"), "2000");
    EXPECT_EQ(rollup("vat", "vat10", "amount_out"), "1000");
    EXPECT_EQ(rollup("hour", "10", "amount_in"), "3000");
    EXPECT_EQ(rollup("product", "p-milk", "qty_in"), "2000");
    EXPECT_EQ(rollup("cash", "cash_in", "amount_in"), "500000");
    EXPECT_EQ(rollup("cash", "cash_out", "amount_out"), "200000");

    EXPECT_EQ(one("SELECT fn_shift || ' ' || amount_in || ' ' || amount_out || ' ' || count_in || ' ' || "
                  "cash_in || "
                  "' ' || cash_out || ' ' || x_reports FROM shifts WHERE organization_id = $1",
                  {shop.org}),
              "7 5500 1000 3 500000 200000 1");
    EXPECT_NE(one("SELECT closed_at FROM shifts WHERE organization_id = $1", {shop.org}), "null");
    EXPECT_NE(one("SELECT z_totals FROM shifts WHERE organization_id = $1", {shop.org}).find("5500"),
              std::string::npos);
    EXPECT_EQ(one("SELECT count(*) FROM cash_documents WHERE organization_id = $1", {shop.org}), "2");
}

TEST_F(Ingest, ReplayedBatchChangesNoTotal)
{
    std::string sale, late;
    auto docs = shiftOfDocuments(shift, sale, late);
    ASSERT_EQ(push(docs), std::vector<std::string>(docs.size(), "created"));
    ASSERT_EQ(push(docs), std::vector<std::string>(docs.size(), "duplicate"));
    EXPECT_EQ(rollup("total", "", "amount_in"), "5500");
    EXPECT_EQ(rollup("payment", "cash", "count_in"), "2");
    EXPECT_EQ(one("SELECT amount_in FROM shifts WHERE organization_id = $1", {shop.org}), "5500");
    EXPECT_EQ(one("SELECT count(*) FROM receipt_lines WHERE organization_id = $1", {shop.org}), "5");
}

TEST_F(Ingest, FiscalAttributesBeforeTheirSaleWaitAndMerge)
{
    const std::string sale = newUuid();
    ASSERT_EQ(push({v2::fiscalAttributes(newUuid(), 1, sale, 99)}), std::vector<std::string>{"created"});
    EXPECT_EQ(one("SELECT count(*) FROM late_fiscal_attributes WHERE organization_id = $1", {shop.org}), "1");
    ASSERT_EQ(push({v2::receipt("sale", sale, 2, shift, "2026-12-03T10:00:00+03:00",
                                {{"p", 100, 1000, "vat20"}}, {{"cash", 100, ""}}, {}, false)}),
              std::vector<std::string>{"created"});
    EXPECT_EQ(one("SELECT fd FROM receipts WHERE organization_id = $1 AND uuid = $2", {shop.org, sale}),
              "99");
    EXPECT_EQ(one("SELECT count(*) FROM late_fiscal_attributes WHERE organization_id = $1", {shop.org}), "0");
}

TEST_F(Ingest, V1DocumentsAreCounted)
{
    // v1 as the till wrote it: local integer ids, VAT and payment type as numbers, UTC times.
    json::Value line;
    line.set("position", 1);
    line.set("product_id", 17);
    line.set("name", "Хлеб");
    line.set("price", std::int64_t(4500));
    line.set("quantity_milli", std::int64_t(2000));
    line.set("vat", 2);
    line.set("total", std::int64_t(9000));
    line.set("vat_amount", std::int64_t(818));
    json::Value pay;
    pay.set("type", 1);
    pay.set("amount", std::int64_t(9000));
    json::Value p;
    p.set("v", 1);
    p.set("kind", "sale");
    p.set("calc_sign", 1);
    p.set("cashier_id", 3);
    p.set("total", std::int64_t(9000));
    p.set("completed_at", "2026-12-03T22:30:00.000Z"); // 01:30 on the 4th in Moscow
    p.set("lines", json::Array{line});
    p.set("payments", json::Array{pay});
    json::Value doc;
    doc.set("uuid", newUuid());
    doc.set("type", "sale");
    doc.set("device_seq", 1);
    doc.set("payload_sha256", crypto::sha256Hex(json::serialize(p)));
    doc.set("payload", p);
    ASSERT_EQ(push({doc, makeDocument(newUuid(), 2)}), (std::vector<std::string>{"created", "created"}));
    EXPECT_EQ(one("SELECT day || ' ' || hour || ' ' || employee_id || ' ' || payment_methods FROM receipts "
                  "WHERE organization_id = $1 AND schema = 1 AND total = 9000",
                  {shop.org}),
              "2026-12-04 1 local:3 ,card,");
    EXPECT_EQ(rollup("vat", "vat10", "vat_in"), "818");
    EXPECT_EQ(rollup("total", "", "count_in"), "2");
}

TEST_F(Ingest, RebuildReportsAgreesWithIngestAndRepairsTampering)
{
    std::string sale, late;
    auto docs = shiftOfDocuments(shift, sale, late);
    ASSERT_EQ(push(docs), std::vector<std::string>(docs.size(), "created"));
    auto clean = h->admin({"rebuild-reports", "--org", shop.org});
    EXPECT_EQ(clean.find("documents")->asInt64(), std::int64_t(docs.size()));
    EXPECT_EQ(clean.find("receipts")->asInt64(), 4);
    EXPECT_TRUE(clean.find("differences")->asArray().empty()) << json::serialize(clean);

    db->query("UPDATE daily_rollups SET amount_in = 1 WHERE organization_id = $1 AND dimension = 'total'",
              {shop.org});
    auto repaired = h->admin({"rebuild-reports", "--org", shop.org});
    ASSERT_EQ(repaired.find("differences")->asArray().size(), 1u) << json::serialize(repaired);
    EXPECT_EQ(repaired.find("differences")->asArray()[0].stringAt("stored").value_or("").rfind("1|", 0), 0u);
    EXPECT_EQ(rollup("total", "", "amount_in"), "5500");
}

TEST_F(Ingest, MigrationTwoCountsDocumentsStoredBeforeIt)
{
    ASSERT_EQ(push({makeDocument(newUuid(), 1), makeDocument(newUuid(), 2)}),
              (std::vector<std::string>{"created", "created"}));
    h->stop();
    // As if the documents had been stored by a cabinet at schema version 1.
    for (const char *table : {"receipts", "receipt_lines", "receipt_payments", "daily_rollups", "shifts"})
        db->query(std::string("DELETE FROM ") + table);
    db->query("DELETE FROM schema_version WHERE version >= 2");
    h->admin({"init"});
    EXPECT_EQ(one("SELECT count(*) FROM receipts WHERE organization_id = $1", {shop.org}), "2");
    EXPECT_EQ(rollup("total", "", "count_in"), "2");
}

} // namespace cabinet::test
