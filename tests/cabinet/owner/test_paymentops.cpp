// Card and SBP operations pushed with the sale (payload v2 "payment_operations", issue 20): the owner
// reads RRN, authorisation code, masked card and SBP ids on the document; another organisation and a
// user limited to another point of sale see nothing; a document with a full card number in its
// payments is refused and its quarantined copy keeps only the masked number.

#include "ownerapi.h"

namespace cabinet::test {

namespace {

json::Value operation(const std::string &method, const std::string &kind, std::int64_t amount)
{
    json::Value o;
    o.set("operation_id", crypto::newUuid());
    o.set("method", method);
    o.set("kind", kind);
    o.set("state", "approved");
    o.set("amount", amount);
    o.set("at", "2026-12-03T13:05:00.000+03:00");
    return o;
}

// A sale paid by card and SBP, with the operations the till's payment journal holds.
json::Value saleWithOperations(const std::string &uuid, std::int64_t seq, const std::string &cardMask,
                               const std::string &rrn = "412345678901")
{
    json::Value doc =
        v2::receipt("sale", uuid, seq, "5a1e0000-0000-4000-8000-000000000009", "2026-12-03T13:05:00+03:00",
                    {{"p-tea", 3000, 1000, "vat20"}}, {{"card", 2000, rrn}, {"sbp", 1000, "AD1000A1B2C3"}});
    json::Value payload = *doc.find("payload");
    json::Value card = operation("card", "payment", 2000);
    card.set("rrn", rrn);
    card.set("auth_code", "A1B2C3");
    card.set("card_mask", cardMask);
    card.set("response_code", "00");
    json::Value declined = operation("card", "payment", 2000);
    declined.set("state", "declined");
    declined.set("response_code", "51");
    declined.set("message", "Недостаточно средств");
    json::Value sbp = operation("sbp", "payment", 1000);
    sbp.set("qr_id", "AD1000A1B2C3");
    sbp.set("transaction_id", "7788");
    payload.set("payment_operations", json::Array{declined, card, sbp});
    doc.set("payload_sha256", crypto::sha256Hex(json::serialize(payload)));
    doc.set("payload", std::move(payload));
    return doc;
}

} // namespace

TEST_F(OwnerApi, PaymentOperationsReachTheOwnersDocumentOnly)
{
    const std::string uuid = crypto::newUuid();
    auto pushed = http->post("/api/v1/documents:batch",
                             makeBatch({saleWithOperations(uuid, 50, "220220******1234")}), tillToken);
    ASSERT_EQ(pushed.status, 200) << pushed.body;
    ASSERT_EQ(statuses(pushed.json())[0], "created") << pushed.body;

    auto a = login("owner@a.ru");
    auto doc = get(a, "/documents/" + uuid);
    ASSERT_EQ(doc.status, 200) << doc.body;
    const json::Value *ops = doc.json().find("payment_operations");
    ASSERT_TRUE(ops && ops->isArray()) << doc.body;
    ASSERT_EQ(ops->asArray().size(), 3u) << doc.body;
    const json::Value &declined = ops->asArray()[0];
    EXPECT_EQ(declined.stringAt("state"), "declined");
    EXPECT_EQ(declined.stringAt("message"), "Недостаточно средств");
    const json::Value &card = ops->asArray()[1];
    EXPECT_EQ(card.stringAt("method"), "card");
    EXPECT_EQ(card.stringAt("state"), "approved");
    EXPECT_EQ(card.stringAt("rrn"), "412345678901");
    EXPECT_EQ(card.stringAt("auth_code"), "A1B2C3");
    EXPECT_EQ(card.stringAt("card_mask"), "220220******1234");
    EXPECT_EQ(card.find("amount")->asInt64(), 2000);
    const json::Value &sbp = ops->asArray()[2];
    EXPECT_EQ(sbp.stringAt("method"), "sbp");
    EXPECT_EQ(sbp.stringAt("qr_id"), "AD1000A1B2C3");
    EXPECT_EQ(sbp.stringAt("transaction_id"), "7788");

    // A document of a till that sends no operations (an older till) has an empty list.
    auto old = get(a, "/documents/" + sale);
    ASSERT_EQ(old.status, 200) << old.body;
    EXPECT_EQ(old.json().find("payment_operations")->asArray().size(), 0u);

    auto b = login("owner@b.ru");
    EXPECT_EQ(get(b, "/documents/" + uuid).status, 404);
    EXPECT_EQ(get(b, "/documents/" + uuid).body.find("412345678901"), std::string::npos);
    auto acc = login("acc@a.ru");
    EXPECT_EQ(get(acc, "/documents/" + uuid).status, 404);
}

TEST_F(OwnerApi, PaymentOperationsWithAFullCardNumberAreRefused)
{
    // 4111 1111 1111 1111 passes the Luhn check: a PAN in the mask, or in a payment's reference.
    const std::string inMask = crypto::newUuid(), inReference = crypto::newUuid(), masked = crypto::newUuid();
    // An SBP transaction number that happens to pass Luhn (4000 0000 0000 0002) is the acquirer's id,
    // not a card's: that document is accepted.
    json::Value longSbpId = saleWithOperations(masked, 62, "**** **** **** 1111");
    json::Value payload = *longSbpId.find("payload");
    json::Array ops = payload.find("payment_operations")->asArray();
    ops[2].set("transaction_id", "4000000000000002");
    payload.set("payment_operations", std::move(ops));
    longSbpId.set("payload_sha256", crypto::sha256Hex(json::serialize(payload)));
    longSbpId.set("payload", std::move(payload));
    auto pushed =
        http->post("/api/v1/documents:batch",
                   makeBatch({saleWithOperations(inMask, 60, "4111111111111111"),
                              saleWithOperations(inReference, 61, "411111******1111", "4111 1111 1111 1111"),
                              longSbpId}),
                   tillToken);
    ASSERT_EQ(pushed.status, 200) << pushed.body;
    const auto st = statuses(pushed.json());
    EXPECT_EQ(st[0], "rejected");
    EXPECT_EQ(st[1], "rejected");
    EXPECT_EQ(st[2], "created") << pushed.body;
    EXPECT_EQ(pushed.body.find("4111111111111111"), std::string::npos);

    const json::Value cli = h->admin({"quarantine", "--org", shop.org});
    ASSERT_TRUE(cli.isArray()) << json::serialize(cli);
    ASSERT_EQ(cli.asArray().size(), 2u) << json::serialize(cli);
    for (const auto &e : cli.asArray()) {
        EXPECT_EQ(e.stringAt("reason_code"), "card_number");
        EXPECT_NE(e.stringAt("reason").value_or("").find("полный номер карты"), std::string::npos);
        const std::string body = e.stringAt("body").value_or("");
        EXPECT_NE(body.find("411111******1111"), std::string::npos) << body;
        EXPECT_EQ(body.find("4111111111111111"), std::string::npos) << body;
        EXPECT_EQ(body.find("4111 1111 1111 1111"), std::string::npos) << body;
    }
    auto a = login("owner@a.ru");
    EXPECT_EQ(get(a, "/documents/" + inMask).status, 404);
    auto kept = get(a, "/documents/" + masked);
    ASSERT_EQ(kept.status, 200) << kept.body;
    EXPECT_EQ(kept.json().find("payment_operations")->asArray()[2].stringAt("transaction_id"),
              "4000000000000002");
}

} // namespace cabinet::test
