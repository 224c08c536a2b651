// E-mail over real SMTP: prilavok-cabinet (libcurl) sends the confirmation and reset links to a local
// SMTP sink process (smtpsink.py); the test follows the links as an owner would.

#include "ownerlogin.h"
#include "support/fixture.h"
#include "support/httpclient.h"
#include "support/process.h"

#include <fstream>
#include <sstream>
#include <thread>

namespace cabinet::test {

class OwnerMail : public CabinetTest
{
protected:
    void SetUp() override
    {
        CabinetTest::SetUp();
        if (IsSkipped())
            return;
        mailDir = makeTempDir("cabinet-mail");
        sink = std::make_unique<Child>(std::vector<std::string>{PYTHON3_BIN, SMTP_SINK, mailDir},
                                       mailDir + "/sink.log");
        auto line = sink->readLine(std::chrono::seconds(10));
        ASSERT_TRUE(line && line->rfind("listening ", 0) == 0) << "smtp sink did not start";
        ASSERT_NE(h->start({"--smtp-url", "smtp://127.0.0.1:" + line->substr(10), "--public-url",
                            "https://cabinet.test"}),
                  0);
        http = std::make_unique<HttpClient>(h->port());
    }
    void TearDown() override
    {
        http.reset();
        sink.reset();
        removeTree(mailDir);
        CabinetTest::TearDown();
    }
    // The n-th message the sink received (waits up to 10 s).
    std::string message(int n)
    {
        const std::string path = mailDir + "/" + std::to_string(n) + ".eml";
        for (int i = 0; i < 100; ++i) {
            std::ifstream f(path);
            if (f) {
                std::stringstream s;
                s << f.rdbuf();
                return s.str();
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return {};
    }
    static std::string tokenIn(const std::string &mail, const std::string &page)
    {
        const std::string prefix = "https://cabinet.test" + page + "?token=";
        auto at = mail.find(prefix);
        if (at == std::string::npos)
            return {};
        at += prefix.size();
        auto end =
            mail.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", at);
        return mail.substr(at, end - at);
    }
    int loginStatus(const std::string &password)
    {
        json::Value body;
        body.set("email", "mail@example.ru");
        body.set("password", password);
        return http->post("/api/owner/v1/auth/login", body).status;
    }

    std::string mailDir;
    std::unique_ptr<Child> sink;
    std::unique_ptr<HttpClient> http;
};

TEST_F(OwnerMail, ConfirmationAndResetLinksArriveBySmtpAndWork)
{
    json::Value reg;
    reg.set("organization_name", "Почтовая лавка");
    reg.set("inn", "7707083893");
    reg.set("email", "mail@example.ru");
    reg.set("password", "первый-пароль");
    ASSERT_EQ(http->post("/api/owner/v1/auth/register", reg).status, 201);
    const std::string confirm = message(1);
    ASSERT_FALSE(confirm.empty()) << "no confirmation e-mail";
    EXPECT_NE(confirm.find("X-Rcpt: mail@example.ru"), std::string::npos);
    EXPECT_NE(confirm.find("Subject: =?UTF-8?B?"), std::string::npos);
    const std::string token = tokenIn(confirm, "/confirm");
    ASSERT_FALSE(token.empty()) << confirm;
    EXPECT_EQ(loginStatus("первый-пароль"), 403);
    json::Value c;
    c.set("token", token);
    ASSERT_EQ(http->post("/api/owner/v1/auth/confirm", c).status, 204);
    EXPECT_EQ(loginStatus("первый-пароль"), 200);

    json::Value ask;
    ask.set("email", "nobody@example.ru");
    EXPECT_EQ(http->post("/api/owner/v1/auth/password-reset", ask).status, 204);
    ask.set("email", "mail@example.ru");
    EXPECT_EQ(http->post("/api/owner/v1/auth/password-reset", ask).status, 204);
    const std::string reset = tokenIn(message(2), "/reset");
    ASSERT_FALSE(reset.empty()) << "the unknown address got no mail, the known one did";
    json::Value set;
    set.set("token", reset);
    set.set("new_password", "второй-пароль");
    ASSERT_EQ(http->post("/api/owner/v1/auth/password-reset/confirm", set).status, 204);
    EXPECT_EQ(loginStatus("первый-пароль"), 401);
    EXPECT_EQ(loginStatus("второй-пароль"), 200);
}

TEST_F(OwnerMail, AnInvitedUserSetsAPasswordFromTheMailAndSignsIn)
{
    json::Value reg;
    reg.set("organization_name", "Почтовая лавка");
    reg.set("inn", "7707083893");
    reg.set("email", "mail@example.ru");
    reg.set("password", "первый-пароль");
    ASSERT_EQ(http->post("/api/owner/v1/auth/register", reg).status, 201);
    json::Value c;
    c.set("token", tokenIn(message(1), "/confirm"));
    ASSERT_EQ(http->post("/api/owner/v1/auth/confirm", c).status, 204);
    const OwnerLogin owner = ownerLogin(*http, "mail@example.ru", "первый-пароль");

    json::Value invite;
    invite.set("email", "Buh@Example.ru");
    invite.set("name", "Бухгалтер");
    invite.set("role", "accountant");
    auto invited = ownerCall(*http, owner, "POST", "/staff/users", json::serialize(invite));
    ASSERT_EQ(invited.status, 201) << invited.body;
    EXPECT_EQ(invited.json().stringAt("email"), "buh@example.ru");
    EXPECT_FALSE(invited.json().find("confirmed")->asBool());
    const std::string mail = message(2);
    EXPECT_NE(mail.find("X-Rcpt: buh@example.ru"), std::string::npos);
    const std::string token = tokenIn(mail, "/invite");
    ASSERT_FALSE(token.empty()) << mail;

    json::Value cred;
    cred.set("email", "buh@example.ru");
    cred.set("password", "пароль-бухгалтера");
    EXPECT_EQ(http->post("/api/owner/v1/auth/login", cred).status, 401) << "no password before the link";
    json::Value set;
    set.set("token", token);
    set.set("new_password", "пароль-бухгалтера");
    ASSERT_EQ(http->post("/api/owner/v1/auth/password-reset/confirm", set).status, 204);
    auto buh = http->post("/api/owner/v1/auth/login", cred);
    ASSERT_EQ(buh.status, 200) << buh.body;
    EXPECT_EQ(buh.json().find("user")->stringAt("role"), "accountant");
    EXPECT_EQ(http->post("/api/owner/v1/auth/password-reset/confirm", set).status, 400)
        << "the link works once";
}

} // namespace cabinet::test
