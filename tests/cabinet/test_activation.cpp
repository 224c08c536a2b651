// Activation, brute-force limits, re-activation, revocation and token rotation (protocol §2).

#include "support/fixture.h"

#include <thread>

namespace cabinet::test {

// Its own fixture name so ctest can run this file's cases as one entry per backend.
class Activation : public CabinetTest
{};
class Devices : public CabinetTest
{};
class RateLimit : public CabinetTest
{};

namespace {

json::Value activationBody(const std::string &code)
{
    json::Value device;
    device.set("install_id", newUuid());
    json::Value body;
    body.set("activation_code", code);
    body.set("device", device);
    return body;
}

json::Value heartbeatBody(int pending)
{
    json::Value outbox;
    outbox.set("pending", pending);
    json::Value body;
    body.set("app_version", "0.1.0");
    body.set("outbox", outbox);
    return body;
}

std::string errorCode(const HttpReply &r)
{
    const json::Value *e = r.json().find("error");
    return e ? e->stringAt("code").value_or("") : "";
}

} // namespace

TEST_F(Activation, GoodCodeActivatesOnceAndReuseIsRefused)
{
    Shop shop = h->createShop("Ромашка");
    ASSERT_EQ(shop.code.size(), 8u);
    ASSERT_NE(h->start({"--activation-interval-ms", "0"}), 0);
    HttpClient http(h->port());

    auto r = http.post("/api/v1/devices/activate", activationBody(shop.code));
    ASSERT_EQ(r.status, 200) << r.body;
    auto v = r.json();
    EXPECT_EQ(v.stringAt("organization_id"), shop.org);
    EXPECT_EQ(v.stringAt("workplace_id"), shop.workplace);
    EXPECT_EQ(v.stringAt("point_of_sale_id"), shop.pos);
    EXPECT_GE(v.stringAt("device_token").value_or("").size(), 43u); // 256 bits in base64url
    EXPECT_TRUE(v.find("server_time") && v.find("snapshot_required")->asBool());

    auto again = http.post("/api/v1/devices/activate", activationBody(shop.code));
    EXPECT_EQ(again.status, 401);
    EXPECT_EQ(errorCode(again), "ACTIVATION_CODE_INVALID");
    EXPECT_FALSE(again.json().find("error")->find("retryable")->asBool());

    // The short alias named in the issue works too.
    auto code2 = h->newCode(shop, true);
    EXPECT_EQ(http.post("/api/v1/activate", activationBody(code2)).status, 200);
}

TEST_F(RateLimit, WrongCodesAreRateLimitedPerAddress)
{
    Shop shop = h->createShop("Лютик");
    // The interval is long enough that a loaded CI machine still sends the second try inside it.
    ASSERT_NE(h->start({"--activation-interval-ms", "1500", "--activation-failures-per-hour", "3"}), 0);
    HttpClient http(h->port());
    const std::string wrong = shop.code == "00000000" ? "11111111" : "00000000";

    EXPECT_EQ(http.post("/api/v1/devices/activate", activationBody(wrong)).status, 401);
    // A second try inside the interval is refused without even looking at the code.
    auto limited = http.post("/api/v1/devices/activate", activationBody(shop.code));
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(errorCode(limited), "RATE_LIMITED");
    EXPECT_GT(*limited.json().find("error")->find("retry_after_ms")->asInt64(), 0);
    EXPECT_TRUE(limited.json().find("error")->find("retryable")->asBool());
    EXPECT_EQ(limited.headers.count("retry-after"), 1u);

    for (int i = 0; i < 2; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1600));
        EXPECT_EQ(http.post("/api/v1/devices/activate", activationBody(wrong)).status, 401);
    }
    // Three failures this hour: even the right code now waits.
    std::this_thread::sleep_for(std::chrono::milliseconds(1600));
    EXPECT_EQ(http.post("/api/v1/devices/activate", activationBody(shop.code)).status, 429);

    // Malformed codes are validation errors, not guesses.
    json::Value bad;
    bad.set("activation_code", "12ab");
    EXPECT_EQ(http.post("/api/v1/devices/activate", bad).status, 400);
}

TEST_F(Activation, ReactivationRevokesTheOldTokenAndRespectsUnsentDocuments)
{
    Shop shop = h->createShop("Василёк");
    ASSERT_NE(h->start({"--activation-interval-ms", "0"}), 0);
    HttpClient http(h->port());
    const std::string first = h->activate(shop.code);
    ASSERT_FALSE(first.empty());

    // The old till still holds unsent documents: a plain code must not strand them.
    ASSERT_EQ(http.post("/api/v1/devices/status", heartbeatBody(3), first).status, 200);
    auto refused = http.post("/api/v1/devices/activate", activationBody(h->newCode(shop)));
    EXPECT_EQ(refused.status, 409);
    EXPECT_EQ(errorCode(refused), "UNSENT_DOCUMENTS");

    const std::string second = h->activate(h->newCode(shop, /*force=*/true));
    ASSERT_FALSE(second.empty());
    auto old = http.post("/api/v1/devices/status", heartbeatBody(0), first);
    EXPECT_EQ(old.status, 401);
    EXPECT_EQ(errorCode(old), "TOKEN_REVOKED");
    EXPECT_EQ(http.post("/api/v1/devices/status", heartbeatBody(0), second).status, 200);
}

TEST_F(Devices, AdminRevocationTakesEffectAtOnce)
{
    Shop shop = h->createShop("Одуванчик");
    ASSERT_NE(h->start(), 0);
    HttpClient http(h->port());
    const std::string token = h->activate(shop.code);
    ASSERT_EQ(http.get("/api/v1/changes", token).status, 200);

    auto devices = h->admin({"list", "devices", "--org", shop.org});
    ASSERT_EQ(devices.asArray().size(), 1u);
    const std::string deviceId = devices.asArray()[0].stringAt("id").value_or("");
    EXPECT_TRUE(h->admin({"revoke-device", "--org", shop.org, deviceId}).find("revoked")->asBool());

    auto r = http.get("/api/v1/changes", token);
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(errorCode(r), "TOKEN_REVOKED");
    auto push = http.post("/api/v1/documents:batch", makeBatch({makeDocument(newUuid(), 1)}), token);
    EXPECT_EQ(push.status, 401);
    EXPECT_EQ(h->admin({"stats", "--org", shop.org}).find("documents")->asInt64(), 0);
}

TEST_F(Devices, RequestsWithoutAValidTokenAreUnauthorized)
{
    ASSERT_NE(h->start(), 0);
    HttpClient http(h->port());
    EXPECT_EQ(http.get("/api/v1/changes").status, 401);
    auto r = http.get("/api/v1/changes", "not-a-token");
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(errorCode(r), "TOKEN_INVALID");
    EXPECT_EQ(http.get("/healthz").status, 200);
    EXPECT_EQ(http.get("/api/v1/nothing-here", "x").status, 401);
    // Outside /api the web cabinet's pages answer (when built); under /api an unknown path is 404.
    EXPECT_EQ(http.get("/api/elsewhere").status, 404);
}

TEST_F(Devices, TokenRotationKeepsTheOldTokenForAGraceWindow)
{
    Shop shop = h->createShop("Клевер");
    ASSERT_NE(h->start(), 0);
    HttpClient http(h->port());
    const std::string oldToken = h->activate(shop.code);
    auto r = http.post("/api/v1/devices/token:rotate", json::Object{}, oldToken);
    ASSERT_EQ(r.status, 200) << r.body;
    const std::string newToken = r.json().stringAt("device_token").value_or("");
    ASSERT_FALSE(newToken.empty());
    EXPECT_NE(newToken, oldToken);
    EXPECT_EQ(http.get("/api/v1/changes", newToken).status, 200);
    EXPECT_EQ(http.get("/api/v1/changes", oldToken).status, 200); // grace window
    // The old token cannot rotate again.
    EXPECT_EQ(http.post("/api/v1/devices/token:rotate", json::Object{}, oldToken).status, 403);
}

TEST_F(Devices, HeartbeatIsRecorded)
{
    Shop shop = h->createShop("Мята");
    ASSERT_NE(h->start(), 0);
    HttpClient http(h->port());
    const std::string token = h->activate(shop.code);
    auto r = http.post("/api/v1/devices/status", heartbeatBody(7), token);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_FALSE(r.json().find("must_resync")->asBool());
    EXPECT_TRUE(r.json().stringAt("server_time").has_value());
    EXPECT_TRUE(r.json().stringAt("min_app_version").has_value());
    auto devices = h->admin({"list", "devices", "--org", shop.org});
    EXPECT_EQ(devices.asArray().at(0).stringAt("outbox_pending"), "7");
    EXPECT_TRUE(devices.asArray().at(0).stringAt("last_seen_at").has_value());
}

TEST_F(Devices, CabinetCanMakeADeviceReloadItsCatalog)
{
    Shop shop = h->createShop("Перезагрузка");
    h->admin({"put", "--org", shop.org, "product", "a", R"({"name":"A"})"});
    ASSERT_NE(h->start(), 0);
    HttpClient http(h->port());
    const std::string token = h->activate(shop.code);
    auto first = http.get("/api/v1/changes", token);
    ASSERT_EQ(first.status, 200);
    const std::string cursor = first.json().stringAt("next_cursor").value_or("");

    const std::string deviceId =
        h->admin({"list", "devices", "--org", shop.org}).asArray().at(0).stringAt("id").value_or("");
    EXPECT_TRUE(h->admin({"resync-device", "--org", shop.org, deviceId}).find("must_resync")->asBool());
    EXPECT_TRUE(
        http.post("/api/v1/devices/status", heartbeatBody(0), token).json().find("must_resync")->asBool());
    auto refused = http.get("/api/v1/changes?cursor=" + cursor, token);
    EXPECT_EQ(refused.status, 410);
    EXPECT_EQ(errorCode(refused), "MUST_RESYNC");

    // A new snapshot clears the request.
    auto snapshot = http.get("/api/v1/changes", token);
    ASSERT_EQ(snapshot.status, 200);
    EXPECT_EQ(snapshot.json().find("changes")->asArray().size(), 1u);
    EXPECT_FALSE(
        http.post("/api/v1/devices/status", heartbeatBody(0), token).json().find("must_resync")->asBool());
    EXPECT_EQ(
        http.get("/api/v1/changes?cursor=" + snapshot.json().stringAt("next_cursor").value_or(""), token)
            .status,
        200);
}

} // namespace cabinet::test
