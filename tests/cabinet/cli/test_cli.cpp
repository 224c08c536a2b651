// The real binary's command line: generated help, --opt=value next to --opt value, unknown commands
// and missing or malformed options refused with exit code 2 and a message, nothing written.

#include "support/harness.h"
#include "support/process.h"

#include "cabinet/json/json.h"

#include <gtest/gtest.h>

namespace cabinet::test {
namespace {

class CabinetCli : public ::testing::Test
{
protected:
    void SetUp() override { m_dir = makeTempDir("cabinet-cli"); }
    void TearDown() override { removeTree(m_dir); }
    RunResult cli(std::vector<std::string> args)
    {
        args.insert(args.begin(), cabinetBinary());
        return run(args);
    }
    std::string db() const { return "sqlite:" + m_dir + "/c.db"; }

private:
    std::string m_dir;
};

TEST_F(CabinetCli, HelpListsEveryCommandAndExitsZero)
{
    auto top = cli({"--help"});
    EXPECT_EQ(top.exitCode, 0);
    EXPECT_NE(top.out.find("serve"), std::string::npos);
    auto admin = cli({"admin", "--help"});
    EXPECT_EQ(admin.exitCode, 0);
    for (const char *command :
         {"create-org", "create-pos", "create-workplace", "new-code", "add-employee", "put", "delete",
          "import-catalog", "compact", "revoke-device", "resync-device", "list", "stats", "gaps"})
        EXPECT_NE(admin.out.find(command), std::string::npos) << command;
    auto one = cli({"admin", "create-workplace", "--help"});
    EXPECT_EQ(one.exitCode, 0);
    EXPECT_NE(one.out.find("--ttl-hours"), std::string::npos);
}

TEST_F(CabinetCli, EqualsFormAndSpaceFormBothWork)
{
    auto org = cli({"admin", "--db=" + db(), "create-org", "Shop", "--inn=7701234567"});
    ASSERT_EQ(org.exitCode, 0) << org.err;
    const std::string id = json::tryParse(org.out)->stringAt("organization_id").value_or("");
    ASSERT_FALSE(id.empty());
    auto pos = cli({"admin", "--db", db(), "create-pos", "--org", id, "Main", "--address=Moscow"});
    ASSERT_EQ(pos.exitCode, 0) << pos.err;
    auto list = cli({"admin", "list", "pos", "--org=" + id, "--db=" + db()}); // --db after the command
    ASSERT_EQ(list.exitCode, 0) << list.err;
    EXPECT_NE(list.out.find("Moscow"), std::string::npos) << list.out;
}

TEST_F(CabinetCli, BadUsageIsRefusedWithExitTwoAndWritesNothing)
{
    EXPECT_EQ(cli({}).exitCode, 2);
    EXPECT_EQ(cli({"frobnicate"}).exitCode, 2);
    EXPECT_EQ(cli({"admin", "--db", db(), "frobnicate"}).exitCode, 2);
    auto noInn = cli({"admin", "--db", db(), "create-org", "Shop"});
    EXPECT_EQ(noInn.exitCode, 2);
    EXPECT_NE(noInn.err.find("--inn"), std::string::npos) << noInn.err;
    EXPECT_EQ(cli({"admin", "--db", db(), "create-workplace", "--org", "x", "--pos", "y", "W", "--ttl-hours",
                   "abc"})
                  .exitCode,
              2);
    EXPECT_EQ(cli({"serve", "--db", db(), "--listen", "no-port"}).exitCode, 2);
    EXPECT_EQ(cli({"serve", "--db", db(), "--threads", "0"}).exitCode, 2);
    auto orgs = cli({"admin", "--db", db(), "list", "orgs"});
    ASSERT_EQ(orgs.exitCode, 0) << orgs.err;
    EXPECT_EQ(orgs.out, "[]\n");
}

TEST_F(CabinetCli, UnknownOrganizationIsAUsageError)
{
    auto r = cli({"admin", "--db", db(), "stats", "--org", "00000000-0000-4000-8000-000000000000"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("no organization"), std::string::npos) << r.err;
}

} // namespace
} // namespace cabinet::test
