// The quarantine of rejected documents (issue 21 §2) over a running prilavok-cabinet: a till pushes
// documents the cabinet cannot accept; they are kept with their reason and counted per repeat, the
// operator lists them (`admin quarantine`), the owner reads them (GET /quarantine, /quarantine/{id})
// and sees an alert — and another organisation's owner, or a user limited to another point of sale,
// sees none of it, by list, by id or by alert.

#include "ownerapi.h"

#include "cabinet/store/quarantine.h"

namespace cabinet::test {

namespace {

std::string activateNewTill(Harness &h, const std::string &org, const std::string &pos,
                            const std::string &name)
{
    auto wp = h.admin({"create-workplace", "--org", org, "--pos", pos, name});
    return h.activate(wp.stringAt("activation_code").value_or(""));
}

const json::Value *entryWithUuid(const json::Value &list, const std::string &uuid)
{
    for (const auto &e : list.asArray())
        if (e.stringAt("uuid") == uuid)
            return &e;
    return nullptr;
}

bool hasAlert(const json::Value &alerts, const std::string &kind)
{
    for (const auto &a : alerts.asArray())
        if (a.stringAt("kind") == kind)
            return true;
    return false;
}

} // namespace

TEST_F(OwnerApi, RejectedDocumentsAreKeptAndShownOnlyInTheirScope)
{
    const std::string token = activateNewTill(*h, shop.org, shop.pos, "Касса 2");
    ASSERT_FALSE(token.empty());
    const std::string nulUuid = newUuid(), typeUuid = newUuid();
    json::Value nul = makeDocument(nulUuid, 101);
    nul.set("employee_id", std::string("e\0x", 3));
    json::Value unknownType = makeDocument(typeUuid, 102);
    unknownType.set("type", "лотерея");
    json::Value noUuid;
    noUuid.set("type", "sale");
    const std::vector<json::Value> batch{makeDocument(newUuid(), 100), nul, unknownType, noUuid};
    // The till retries the same batch: the rejected ones are counted, never doubled.
    for (int i = 0; i < 2; ++i) {
        auto r = http->post("/api/v1/documents:batch", makeBatch(batch), token);
        ASSERT_EQ(r.status, 200) << r.body;
        EXPECT_EQ(statuses(r.json())[1], "rejected");
        EXPECT_EQ(statuses(r.json())[2], "rejected");
        EXPECT_EQ(statuses(r.json())[3], "rejected");
    }

    // The operator's CLI.
    const json::Value cli = h->admin({"quarantine", "--org", shop.org});
    ASSERT_TRUE(cli.isArray()) << json::serialize(cli);
    ASSERT_EQ(cli.asArray().size(), 3u) << json::serialize(cli);
    const json::Value *n = entryWithUuid(cli, nulUuid);
    ASSERT_NE(n, nullptr);
    EXPECT_EQ(n->stringAt("reason_code"), "unstorable");
    EXPECT_NE(n->stringAt("reason").value_or("").find("нельзя сохранить"), std::string::npos);
    EXPECT_NE(n->stringAt("detail").value_or("").find("employee_id"), std::string::npos);
    EXPECT_EQ(n->stringAt("kind"), "sale");
    EXPECT_EQ(n->find("times")->asInt64(), 2);
    EXPECT_NE(n->stringAt("body").value_or("").find(nulUuid), std::string::npos);
    const json::Value *t = entryWithUuid(cli, typeUuid);
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(t->stringAt("reason_code"), "unknown_type");
    EXPECT_EQ(t->stringAt("reason"), "неизвестный тип документа");
    EXPECT_EQ(t->stringAt("kind"), "лотерея");
    const json::Value *u = entryWithUuid(cli, "");
    ASSERT_NE(u, nullptr) << "a document without a uuid is kept too, keyed by its body";
    EXPECT_EQ(u->stringAt("reason_code"), "bad_uuid");
    EXPECT_EQ(u->find("times")->asInt64(), 2);
    EXPECT_EQ(h->admin({"quarantine", "--org", other.org}).asArray().size(), 0u);

    // The owner's API, one page and one entry with its body.
    auto a = login("owner@a.ru");
    auto page = get(a, "/quarantine");
    ASSERT_EQ(page.status, 200) << page.body;
    ASSERT_EQ(items(page), 3u);
    EXPECT_FALSE(page.json().find("has_more")->asBool());
    const json::Value *own = entryWithUuid(*page.json().find("items"), nulUuid);
    ASSERT_NE(own, nullptr);
    EXPECT_EQ(own->find("workplace")->stringAt("name"), "Касса 2");
    EXPECT_EQ(own->find("body"), nullptr) << "the list carries no bodies";
    const std::string id = own->stringAt("id").value_or("");
    auto one = get(a, "/quarantine/" + id);
    ASSERT_EQ(one.status, 200) << one.body;
    EXPECT_NE(one.json().stringAt("body").value_or("").find(nulUuid), std::string::npos);
    auto first = get(a, "/quarantine?limit=1");
    EXPECT_EQ(items(first), 1u);
    EXPECT_TRUE(first.json().find("has_more")->asBool());
    EXPECT_EQ(items(get(a, "/quarantine?point_of_sale_id=" + shop.pos)), 3u);
    auto alerts = get(a, "/alerts");
    ASSERT_EQ(alerts.status, 200);
    EXPECT_TRUE(hasAlert(alerts.json(), "rejected")) << alerts.body;
    for (const auto &al : alerts.json().asArray())
        if (al.stringAt("kind") == "rejected") {
            EXPECT_EQ(al.stringAt("message"), "документы отклонены кабинетом");
            EXPECT_EQ(al.find("count")->asInt64(), 3);
        }
    EXPECT_TRUE(hasAlert(*get(a, std::string("/dashboard") + kDay).json().find("alerts"), "rejected"));

    // Another organisation's owner: nothing, by list, by id, by point of sale, by alert.
    auto b = login("owner@b.ru");
    EXPECT_EQ(items(get(b, "/quarantine")), 0u);
    auto theirs = get(b, "/quarantine/" + id);
    EXPECT_EQ(theirs.status, 404);
    EXPECT_EQ(theirs.body.find(nulUuid), std::string::npos);
    EXPECT_EQ(get(b, "/quarantine?point_of_sale_id=" + shop.pos).status, 404);
    EXPECT_FALSE(hasAlert(get(b, "/alerts").json(), "rejected"));
    EXPECT_EQ(get(b, "/quarantine/not-a-uuid").status, 404);

    // A user limited to the other point of sale: nothing of this one ...
    auto acc = login("acc@a.ru");
    EXPECT_EQ(items(get(acc, "/quarantine")), 0u);
    EXPECT_EQ(get(acc, "/quarantine/" + id).status, 404);
    EXPECT_EQ(get(acc, "/quarantine?point_of_sale_id=" + shop.pos).status, 404);
    EXPECT_FALSE(hasAlert(get(acc, "/alerts").json(), "rejected"));

    // ... and only its own point's rejected documents once a till there sends one.
    const std::string theirToken = activateNewTill(*h, shop.org, otherPos, "Касса склада");
    json::Value bad = makeDocument(newUuid(), 1);
    bad.set("device_seq", -1);
    auto r = http->post("/api/v1/documents:batch", makeBatch({bad}), theirToken);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(statuses(r.json()), std::vector<std::string>{"rejected"});
    auto accPage = get(acc, "/quarantine");
    ASSERT_EQ(items(accPage), 1u) << accPage.body;
    const json::Value &mine = accPage.json().find("items")->asArray()[0];
    EXPECT_EQ(mine.stringAt("reason_code"), "bad_device_seq");
    EXPECT_EQ(mine.stringAt("point_of_sale_id"), otherPos);
    EXPECT_EQ(get(acc, "/quarantine/" + mine.stringAt("id").value_or("")).status, 200);
    EXPECT_TRUE(hasAlert(get(acc, "/alerts").json(), "rejected"));
    EXPECT_EQ(items(get(a, "/quarantine")), 4u);
    EXPECT_EQ(items(get(b, "/quarantine")), 0u);
}

// A till that sends nothing but garbage cannot fill the disk: each device keeps the newest
// kQuarantinePerDevice rejected documents, and its pushes keep being answered.
TEST_F(OwnerApi, RejectedDocumentsKeepOnlyTheNewestPerDevice)
{
    const std::string token = activateNewTill(*h, shop.org, shop.pos, "Касса 3");
    ASSERT_FALSE(token.empty());
    std::vector<std::vector<std::string>> sent;
    std::int64_t seq = 1000;
    for (std::size_t size : {500u, 500u, 50u}) {
        std::vector<json::Value> batch;
        sent.emplace_back();
        for (std::size_t i = 0; i < size; ++i) {
            const std::string uuid = newUuid();
            json::Value doc = makeDocument(uuid, ++seq);
            doc.set("type", "лотерея");
            batch.push_back(std::move(doc));
            sent.back().push_back(uuid);
        }
        auto r = http->post("/api/v1/documents:batch", makeBatch(batch), token);
        ASSERT_EQ(r.status, 200) << r.body;
        EXPECT_EQ(statuses(r.json()), std::vector<std::string>(size, "rejected"));
    }
    const json::Value kept = h->admin({"quarantine", "--org", shop.org});
    ASSERT_EQ(std::int64_t(kept.asArray().size()), kQuarantinePerDevice);
    std::size_t firstKept = 0;
    for (const auto &uuid : sent[0])
        firstKept += entryWithUuid(kept, uuid) != nullptr;
    EXPECT_EQ(firstKept, 450u) << "the 50 oldest made room";
    for (std::size_t b = 1; b < sent.size(); ++b)
        for (const auto &uuid : sent[b])
            EXPECT_NE(entryWithUuid(kept, uuid), nullptr) << "batch " << b << " " << uuid;
}

} // namespace cabinet::test
