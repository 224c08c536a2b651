// Alerts by e-mail (issue 14 §4): a real prilavok-cabinet with its notifier every second, a real till
// token sending heartbeats, and the SMTP sink process (smtpsink.py). A till that stops sending
// heartbeats is mailed once to the users who receive notifications and may see its point of sale;
// nothing twice, not after a restart; a relay that is down loses nothing.
//
// The rounds are counted from the server's log ({"event":"notify_round"}), so the test waits for
// whole rounds, never for a time. The heartbeat is moved two hours back in the database: the till
// "went silent" without the test sleeping for the threshold.

#include "ownerlogin.h"
#include "support/fixture.h"
#include "support/httpclient.h"
#include "support/process.h"

#include "cabinet/auth/password.h"
#include "cabinet/db/connection.h"
#include "cabinet/util/crypto.h"

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

namespace cabinet::test {

namespace {

struct Mail
{
    std::string rcpt, kind, text;
};

std::string headerOf(const std::string &mail, const std::string &name)
{
    const auto at = mail.find(name + ": ");
    if (at == std::string::npos)
        return {};
    const auto from = at + name.size() + 2;
    return mail.substr(from, mail.find_first_of("\r\n", from) - from);
}

} // namespace

class Notify : public CabinetTest
{
protected:
    void SetUp() override
    {
        CabinetTest::SetUp();
        if (IsSkipped())
            return;
        ASSERT_TRUE(crypto::init());
        mailDir = makeTempDir("cabinet-notify");
        startSink("0");
        shop = h->createShop("Ромашка");
        other = h->createShop("Чужой магазин");
        ASSERT_NE(startServer(), 0);
        http = std::make_unique<HttpClient>(h->port());
        tillToken = h->activate(shop.code);
        ASSERT_FALSE(tillToken.empty());
        heartbeat();
        db = db::open(h->connectionString());
        hash = auth::hashPassword(kPassword);
        otherPos = crypto::newUuid();
        db->query(
            "INSERT INTO points_of_sale (organization_id, id, name, created_at) VALUES ($1, $2, 'Склад', 0)",
            {shop.org, otherPos});
        addUser("owner@a.ru", shop.org, "owner", "");
        addUser("acc@a.ru", shop.org, "accountant", "");
        addUser("admin-sklad@a.ru", shop.org, "admin", otherPos); // may see the other point only
        addUser("owner@b.ru", other.org, "owner", "");
    }
    void TearDown() override
    {
        db.reset();
        http.reset();
        if (h)
            h->stop();
        sink.reset();
        removeTree(mailDir);
        CabinetTest::TearDown();
    }
    void startSink(const std::string &port)
    {
        sink = std::make_unique<Child>(std::vector<std::string>{PYTHON3_BIN, SMTP_SINK, mailDir, port},
                                       mailDir + "/sink.log");
        auto line = sink->readLine(std::chrono::seconds(10));
        ASSERT_TRUE(line && line->rfind("listening ", 0) == 0) << "smtp sink did not start";
        sinkPort = line->substr(10);
    }
    unsigned short startServer()
    {
        return h->start({"--smtp-url", "smtp://127.0.0.1:" + sinkPort, "--public-url", "https://cabinet.test",
                         "--notify-interval-seconds", "1"});
    }
    // A heartbeat; `fnValidUntil` (YYYY-MM-DD) is what the till reports of its fiscal drive.
    void heartbeat(const std::string &fnValidUntil = {})
    {
        json::Value body;
        body.set("app_version", "0.1.0");
        body.set("outbox", json::Object{{"pending", 0}});
        if (!fnValidUntil.empty())
            body.set("fn", json::Object{{"number", "9999078900012345"}, {"valid_until", fnValidUntil}});
        ASSERT_EQ(http->post("/api/v1/devices/status", body, tillToken).status, 200);
    }
    // The till's last heartbeat two hours ago: silent for longer than the default hour.
    void goSilent()
    {
        db->query("UPDATE devices SET last_seen_at = last_seen_at - 7200000 WHERE organization_id = $1",
                  {shop.org});
    }
    std::string addUser(const std::string &email, const std::string &org, const std::string &role,
                        const std::string &onlyPos)
    {
        const std::string id = crypto::newUuid();
        db->query("INSERT INTO users (id, organization_id, email, password_hash, role, all_points_of_sale, "
                  "confirmed, created_at) VALUES ($1, $2, $3, $4, $5, $6, 1, 0)",
                  {id, org, email, hash, role, std::int64_t(onlyPos.empty() ? 1 : 0)});
        if (!onlyPos.empty())
            db->query("INSERT INTO user_points_of_sale (user_id, organization_id, point_of_sale_id) "
                      "VALUES ($1, $2, $3)",
                      {id, org, onlyPos});
        return id;
    }
    int rounds(const std::string &what = "\"event\":\"notify_round\"")
    {
        const std::string log = h->serverLog();
        int n = 0;
        for (auto at = log.find(what); at != std::string::npos; at = log.find(what, at + 1))
            ++n;
        return n;
    }
    // Waits until `n` more rounds (lines containing `what`) have been logged: whole rounds, not time.
    void waitRounds(int n, const std::string &what = "\"event\":\"notify_round\"")
    {
        const int target = rounds(what) + n;
        for (int i = 0; i < 600 && rounds(what) < target; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        ASSERT_GE(rounds(what), target) << "the notifier did not run\n" << h->serverLog();
    }
    std::vector<Mail> mails()
    {
        std::vector<std::string> names;
        for (const auto &e : std::filesystem::directory_iterator(mailDir))
            if (e.path().extension() == ".eml")
                names.push_back(e.path().string());
        std::sort(names.begin(), names.end());
        std::vector<Mail> out;
        for (const auto &n : names) {
            std::ifstream f(n);
            std::stringstream s;
            s << f.rdbuf();
            out.push_back({headerOf(s.str(), "X-Rcpt"), headerOf(s.str(), "X-Prilavok-Alert"), s.str()});
        }
        return out;
    }
    std::int64_t sentRows() { return db->query("SELECT count(*) FROM notifications_sent").at(0).integer(0); }
    using Login = OwnerLogin;
    Login login(const std::string &email) { return ownerLogin(*http, email, kPassword); }
    HttpReply call(const Login &l, const std::string &method, const std::string &path,
                   const std::string &body = {})
    {
        return ownerCall(*http, l, method, path, body);
    }

    static constexpr const char *kPassword = "пароль-владельца";
    Shop shop, other;
    std::string mailDir, sinkPort, tillToken, hash, otherPos;
    std::unique_ptr<Child> sink;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<db::Connection> db;
};

TEST_F(Notify, ASilentTillIsMailedOnceToThoseWhoMaySeeIt)
{
    waitRounds(2);
    EXPECT_TRUE(mails().empty()) << "the till is heard: nothing to say";
    goSilent();
    waitRounds(2);
    auto got = mails();
    ASSERT_EQ(got.size(), 1u) << "one mail: the owner; not the accountant, the other point's admin, shop B";
    EXPECT_EQ(got[0].rcpt, "owner@a.ru");
    EXPECT_EQ(got[0].kind, "till_silent");
    EXPECT_NE(got[0].text.find("касса не выходит на связь"), std::string::npos) << got[0].text;
    EXPECT_NE(got[0].text.find("Что сделать:"), std::string::npos);
    EXPECT_NE(got[0].text.find("https://cabinet.test/tills"), std::string::npos);
    EXPECT_EQ(sentRows(), 1);

    waitRounds(2);
    EXPECT_EQ(mails().size(), 1u) << "a second round sends nothing more";
    h->stop();
    ASSERT_NE(startServer(), 0);
    http = std::make_unique<HttpClient>(h->port());
    waitRounds(2);
    EXPECT_EQ(mails().size(), 1u) << "a restart resends nothing";

    heartbeat(); // back on line: the alert clears and is forgotten
    waitRounds(2);
    EXPECT_EQ(sentRows(), 0);
    goSilent();
    waitRounds(2);
    got = mails();
    ASSERT_EQ(got.size(), 2u) << "silent again: mailed again";
    EXPECT_EQ(got[1].rcpt, "owner@a.ru");
}

TEST_F(Notify, SettingsAreCheckedKeptAndObeyed)
{
    const Login owner = login("owner@a.ru"), acc = login("acc@a.ru");
    auto read = call(acc, "GET", "/notification-settings");
    ASSERT_EQ(read.status, 200) << read.body;
    EXPECT_EQ(read.json().find("ofd_backlog_days")->asInt64(), 3);
    EXPECT_EQ(read.json().find("till_silent_minutes")->asInt64(), 60);
    EXPECT_TRUE(read.json().find("kinds")->find("till_silent")->asBool());
    EXPECT_EQ(call(acc, "PUT", "/notification-settings", R"({"till_silent_minutes": 30})").status, 403);
    auto noCsrf = http->request("PUT", "/api/owner/v1/notification-settings",
                                R"({"till_silent_minutes": 30})", {}, {{"Cookie", owner.cookie}});
    EXPECT_EQ(noCsrf.status, 403);
    for (const char *bad : {R"({"till_silent_minutes": 30, "colour": 1})", R"({"till_silent_minutes": 2})",
                            R"({"ofd_backlog_days": 0})", R"({"ofd_backlog_days": 31})",
                            R"({"kinds": {"till_silent": false, "weather": true}})",
                            R"({"kinds": {"till_silent": "нет"}})", R"({"ofd_backlog_days": 2.5})"}) {
        auto r = call(owner, "PUT", "/notification-settings", bad);
        EXPECT_EQ(r.status, 400) << bad;
        EXPECT_EQ(r.json().find("error")->stringAt("code"), "validation") << r.body;
    }
    EXPECT_EQ(json::serialize(call(owner, "GET", "/notification-settings").json()),
              json::serialize(read.json()))
        << "refused writes change nothing";

    auto put = call(owner, "PUT", "/notification-settings",
                    R"({"kinds": {"till_silent": false}, "ofd_backlog_days": 5, "till_silent_minutes": 90})");
    ASSERT_EQ(put.status, 200) << put.body;
    auto kept = call(acc, "GET", "/notification-settings").json();
    EXPECT_FALSE(kept.find("kinds")->find("till_silent")->asBool());
    EXPECT_TRUE(kept.find("kinds")->find("fn_expiring")->asBool());
    EXPECT_EQ(kept.find("ofd_backlog_days")->asInt64(), 5);
    EXPECT_EQ(kept.find("till_silent_minutes")->asInt64(), 90);
    auto audit = call(owner, "GET", "/audit");
    EXPECT_NE(audit.body.find("notification_settings.update"), std::string::npos) << audit.body;

    goSilent();
    waitRounds(2);
    EXPECT_TRUE(mails().empty()) << "a kind switched off is not mailed";
    auto alerts = call(acc, "GET", "/alerts");
    EXPECT_NE(alerts.body.find("till_silent"), std::string::npos) << "the page still shows it";

    // The accountant asks for the e-mails; the kind comes back on: both are told, once each.
    EXPECT_FALSE(call(acc, "GET", "/me/notifications").json().find("receive_emails")->asBool());
    EXPECT_EQ(call(acc, "PUT", "/me/notifications", R"({"receive_emails": "да"})").status, 400);
    EXPECT_EQ(call(acc, "PUT", "/me/notifications", R"({"receive_emails": true, "x": 1})").status, 400);
    ASSERT_EQ(call(acc, "PUT", "/me/notifications", R"({"receive_emails": true})").status, 200);
    EXPECT_TRUE(call(acc, "GET", "/me/notifications").json().find("receive_emails")->asBool());
    ASSERT_EQ(call(owner, "PUT", "/notification-settings", R"({"kinds": {"till_silent": true}})").status,
              200);
    waitRounds(2);
    auto got = mails();
    ASSERT_EQ(got.size(), 2u);
    std::vector<std::string> to{got[0].rcpt, got[1].rcpt};
    std::sort(to.begin(), to.end());
    EXPECT_EQ(to, (std::vector<std::string>{"acc@a.ru", "owner@a.ru"}));
}

// The drive's expiry as the till reports it: 30 days and 3 days ahead are two occurrences, each
// mailed once; a new drive clears it.
TEST_F(Notify, AnExpiringDriveIsMailedAtThirtyAndAtThreeDays)
{
    const auto day = [](int days) {
        const std::time_t t = std::time(nullptr) + std::time_t(days) * 86400;
        std::tm tm{};
        gmtime_r(&t, &tm);
        char buf[16];
        std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
        return std::string(buf);
    };
    heartbeat(day(20));
    waitRounds(2);
    auto got = mails();
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].kind, "fn_expiring");
    EXPECT_NE(got[0].text.find("в ближайшие 30 дней"), std::string::npos) << got[0].text;
    heartbeat(day(19)); // the same warning, a day nearer: nothing new
    waitRounds(2);
    EXPECT_EQ(mails().size(), 1u);
    heartbeat(day(2));
    waitRounds(2);
    got = mails();
    ASSERT_EQ(got.size(), 2u) << "three days left is news";
    EXPECT_NE(got[1].text.find("в ближайшие 3 дня"), std::string::npos) << got[1].text;
    heartbeat(day(400)); // a new drive
    waitRounds(2);
    EXPECT_EQ(sentRows(), 0);
    EXPECT_EQ(mails().size(), 2u);
}

TEST_F(Notify, ARelayThatIsDownLosesNothing)
{
    waitRounds(1);
    sink.reset(); // the relay goes away
    goSilent();
    waitRounds(2, "\"failed\":1");
    EXPECT_EQ(sentRows(), 0) << "nothing is marked sent until the relay took it";
    EXPECT_TRUE(mails().empty());
    const auto r = http->get("/healthz");
    EXPECT_LT(r.status, 500) << "the server still answers";
    startSink(sinkPort); // back, on the same port
    waitRounds(1, "\"sent\":1");
    waitRounds(1);
    auto got = mails();
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].rcpt, "owner@a.ru");
    EXPECT_EQ(sentRows(), 1);
}

} // namespace cabinet::test
