// Pull by opaque cursor (protocol §4): snapshot pages, deltas after cabinet edits, long poll, 410.

#include "support/fixture.h"

#include "cabinet/api/gzip.h"

#include <fstream>
#include <map>
#include <thread>

namespace cabinet::test {

// Its own fixture name so ctest can run this file's cases as one entry per backend.
class Pull : public CabinetTest
{};
class PullCursor : public CabinetTest
{};

namespace {

// What a till would hold after applying pages: entity/id -> data.
using Catalog = std::map<std::string, json::Value>;

struct PullState
{
    std::string cursor;
    Catalog catalog;
    int pages = 0;
};

// Pulls until has_more is false, applying upserts and deletes like the client would.
HttpReply pullAll(HttpClient &http, const std::string &token, PullState &state, int limit)
{
    for (;;) {
        std::string target = "/api/v1/changes?limit=" + std::to_string(limit);
        if (!state.cursor.empty())
            target += "&cursor=" + state.cursor;
        auto r = http.get(target, token);
        if (r.status != 200)
            return r;
        auto v = r.json();
        for (const auto &c : v.find("changes")->asArray()) {
            std::string key = c.stringAt("entity").value_or("") + "/" + c.stringAt("id").value_or("");
            if (c.stringAt("op") == "delete")
                state.catalog.erase(key);
            else
                state.catalog[key] = *c.find("data");
        }
        state.cursor = v.stringAt("next_cursor").value_or("");
        ++state.pages;
        if (!v.find("has_more")->asBool())
            return r;
    }
}

void writeCsv(const std::string &path, int products)
{
    std::ofstream out(path);
    out << "id,name,price,vat,barcodes,unit\n";
    for (int i = 0; i < products; ++i)
        out << "p" << i << ",\"Товар, сорт " << i << "\"," << 100 + i << ".00,vat20,46" << 1000 + i << "|29"
            << 1000 + i << ",pcs\n";
}

} // namespace

TEST_F(Pull, SnapshotPagesThenDeltasAfterACabinetEdit)
{
    Shop shop = h->createShop("Каштан");
    writeCsv(h->tempDir() + "/catalog.csv", 25);
    auto imported = h->admin({"import-catalog", "--org", shop.org, h->tempDir() + "/catalog.csv"});
    EXPECT_EQ(imported.find("imported")->asInt64(), 25);
    h->admin({"put", "--org", shop.org, "category", "c1", R"({"name":"Молочка"})"});
    h->admin({"put", "--org", shop.org, "vat_rate", "vat20", R"({"rate":"20","tag1199":1})"});
    h->admin({"put", "--org", shop.org, "payment_method", "cash", R"({"name":"Наличные"})"});
    auto employee = h->admin({"add-employee", "--org", shop.org, "Иванова А.", "--role", "cashier",
                              "--pin-hash", "$pbkdf2-sha256$i=100000$c2FsdA$aGFzaA"});
    ASSERT_NE(h->start(), 0);
    HttpClient http(h->port());
    const std::string token = h->activate(shop.code);

    // First page: a snapshot, not done yet.
    auto first = http.get("/api/v1/changes?limit=10", token);
    ASSERT_EQ(first.status, 200) << first.body;
    EXPECT_EQ(first.json().stringAt("phase"), "snapshot");
    EXPECT_FALSE(first.json().find("snapshot_done")->asBool());
    EXPECT_TRUE(first.json().find("has_more")->asBool());
    EXPECT_EQ(first.json().find("changes")->asArray().size(), 10u);

    PullState state;
    ASSERT_EQ(pullAll(http, token, state, 10).status, 200);
    EXPECT_EQ(state.catalog.size(), 29u);
    EXPECT_EQ(state.pages, 3);
    EXPECT_EQ(state.catalog["product/p3"].stringAt("name"), "Товар, сорт 3");
    EXPECT_EQ(state.catalog["product/p3"].find("barcodes")->asArray().size(), 2u);
    const std::string employeeKey = "employee/" + employee.stringAt("employee_id").value_or("");
    EXPECT_EQ(state.catalog[employeeKey].stringAt("pin_hash"), "$pbkdf2-sha256$i=100000$c2FsdA$aGFzaA");

    // Nothing new: an empty delta that keeps the cursor.
    auto empty = http.get("/api/v1/changes?cursor=" + state.cursor, token);
    ASSERT_EQ(empty.status, 200);
    EXPECT_TRUE(empty.json().find("changes")->asArray().empty());
    EXPECT_EQ(empty.json().stringAt("phase"), "delta");
    EXPECT_FALSE(empty.json().find("has_more")->asBool());

    // The cabinet edits a price and removes a product; the till sees exactly that.
    h->admin({"put", "--org", shop.org, "product", "p3", R"({"name":"Товар 3","price":"99.90"})"});
    h->admin({"delete", "--org", shop.org, "product", "p4"});
    auto delta = http.get("/api/v1/changes?cursor=" + state.cursor, token);
    ASSERT_EQ(delta.status, 200);
    const auto &changes = delta.json().find("changes")->asArray();
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[0].stringAt("op"), "upsert");
    EXPECT_EQ(changes[0].find("data")->stringAt("price"), "99.90");
    EXPECT_EQ(changes[1].stringAt("op"), "delete");
    EXPECT_EQ(changes[1].stringAt("id"), "p4");
    EXPECT_EQ(changes[1].find("data"), nullptr);
    ASSERT_EQ(pullAll(http, token, state, 10).status, 200);
    EXPECT_EQ(state.catalog.size(), 28u);
    EXPECT_EQ(state.catalog["product/p3"].stringAt("price"), "99.90");
}

TEST_F(Pull, SnapshotStaysCorrectWhileTheCatalogChangesBetweenPages)
{
    Shop shop = h->createShop("Ясень");
    writeCsv(h->tempDir() + "/catalog.csv", 30);
    h->admin({"import-catalog", "--org", shop.org, h->tempDir() + "/catalog.csv"});
    ASSERT_NE(h->start(), 0);
    HttpClient http(h->port());
    const std::string token = h->activate(shop.code);

    auto page = http.get("/api/v1/changes?limit=10", token);
    ASSERT_EQ(page.status, 200);
    PullState state;
    for (const auto &c : page.json().find("changes")->asArray())
        state.catalog[c.stringAt("entity").value_or("") + "/" + c.stringAt("id").value_or("")] =
            *c.find("data");
    state.cursor = page.json().stringAt("next_cursor").value_or("");

    // Between pages: edit an item already delivered, delete one not yet delivered, add a new one.
    h->admin({"put", "--org", shop.org, "product", "p0", R"({"name":"edited"})"});
    h->admin({"delete", "--org", shop.org, "product", "p25"});
    h->admin({"put", "--org", shop.org, "product", "new", R"({"name":"new"})"});
    ASSERT_EQ(pullAll(http, token, state, 10).status, 200);

    // The till converges on exactly the cabinet's catalog.
    auto products = h->admin({"list", "product", "--org", shop.org});
    Catalog expected;
    for (const auto &p : products.asArray())
        expected["product/" + p.stringAt("id").value_or("")] = *p.find("data");
    EXPECT_EQ(state.catalog.size(), 30u);
    EXPECT_TRUE(state.catalog == expected);
}

TEST_F(PullCursor, CompactionMakesOldCursorsAnswer410MustResync)
{
    Shop shop = h->createShop("Клён");
    h->admin({"put", "--org", shop.org, "product", "a", R"({"name":"A"})"});
    ASSERT_NE(h->start(), 0);
    HttpClient http(h->port());
    const std::string token = h->activate(shop.code);
    PullState state;
    ASSERT_EQ(pullAll(http, token, state, 100).status, 200);

    EXPECT_EQ(h->admin({"compact", "--org", shop.org}).find("catalog_epoch")->asInt64(), 2);
    auto gone = http.get("/api/v1/changes?cursor=" + state.cursor, token);
    EXPECT_EQ(gone.status, 410);
    EXPECT_EQ(gone.json().find("error")->stringAt("code"), "MUST_RESYNC");

    PullState fresh;
    ASSERT_EQ(pullAll(http, token, fresh, 100).status, 200);
    EXPECT_EQ(fresh.catalog.size(), 1u);

    EXPECT_EQ(http.get("/api/v1/changes?cursor=garbage!", token).status, 400);
    EXPECT_EQ(http.get("/api/v1/changes?limit=0", token).status, 400);
}

TEST_F(PullCursor, LongPollAnswersAsSoonAsTheCatalogChanges)
{
    Shop shop = h->createShop("Ольха");
    ASSERT_NE(h->start(), 0);
    HttpClient http(h->port());
    const std::string token = h->activate(shop.code);
    PullState state;
    ASSERT_EQ(pullAll(http, token, state, 100).status, 200);

    std::thread editor([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(600));
        h->admin({"put", "--org", shop.org, "product", "x", R"({"name":"X"})"});
    });
    auto started = std::chrono::steady_clock::now();
    auto r = http.get("/api/v1/changes?wait=10&cursor=" + state.cursor, token);
    auto elapsed = std::chrono::steady_clock::now() - started;
    editor.join();
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.json().find("changes")->asArray().size(), 1u);
    EXPECT_LT(elapsed, std::chrono::seconds(5));
    EXPECT_GE(elapsed, std::chrono::milliseconds(500));

    // With nothing to say, the wait ends with an empty page.
    started = std::chrono::steady_clock::now();
    auto idle =
        http.get("/api/v1/changes?wait=1&cursor=" + r.json().stringAt("next_cursor").value_or(""), token);
    EXPECT_EQ(idle.status, 200);
    EXPECT_TRUE(idle.json().find("changes")->asArray().empty());
    EXPECT_GE(std::chrono::steady_clock::now() - started, std::chrono::milliseconds(900));
}

TEST_F(PullCursor, GzipAnswersAndACleanStopDuringALongPoll)
{
    Shop shop = h->createShop("Гзип");
    writeCsv(h->tempDir() + "/catalog.csv", 50);
    h->admin({"import-catalog", "--org", shop.org, h->tempDir() + "/catalog.csv"});
    ASSERT_NE(h->start(), 0);
    const std::string token = h->activate(shop.code);

    HttpClient http(h->port());
    auto zipped = http.request("GET", "/api/v1/changes", {}, token, {{"Accept-Encoding", "gzip"}});
    ASSERT_EQ(zipped.status, 200);
    EXPECT_EQ(zipped.headers["content-encoding"], "gzip");
    auto plain = api::gunzip(zipped.body, 1 << 24);
    ASSERT_TRUE(plain);
    auto page = json::tryParse(*plain);
    ASSERT_TRUE(page);
    EXPECT_EQ(page->find("changes")->asArray().size(), 50u);

    // SIGTERM while a long poll is parked: the server still exits at once and cleanly (checked by stop()).
    const std::string cursor = page->stringAt("next_cursor").value_or("");
    HttpReply parked;
    std::thread poller([&] {
        HttpClient other(h->port());
        parked = other.get("/api/v1/changes?wait=20&cursor=" + cursor, token);
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    const auto stopping = std::chrono::steady_clock::now();
    h->stop();
    poller.join();
    EXPECT_LT(std::chrono::steady_clock::now() - stopping, std::chrono::seconds(5));
    EXPECT_EQ(parked.status, 0); // the connection closed; the till retries later with the same cursor
}

} // namespace cabinet::test
