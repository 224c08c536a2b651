// Numbered migrations (cabinet/db/schema.h) on both backends: a fresh database, a database made by the
// pre-migration script, a step that ALTERs a table, and an older binary meeting a newer database.

#include "support/pgcluster.h"
#include "support/process.h"

#include "cabinet/db/schema.h"

#include <gtest/gtest.h>

#include <optional>

namespace cabinet::test {
namespace {

std::optional<PgCluster> g_cluster;
std::string g_why;
bool g_tried = false;

class MigrationTest : public ::testing::TestWithParam<std::string>
{
protected:
    void SetUp() override
    {
        m_dir = makeTempDir("cabinet-migrations");
        std::string conn = "sqlite:" + m_dir + "/cabinet.db";
        if (GetParam() == "postgres") {
            if (!g_tried) {
                g_tried = true;
                if (auto cluster = PgCluster::start(g_why))
                    g_cluster.emplace(std::move(*cluster));
            }
            if (!g_cluster)
                GTEST_SKIP() << "postgresql unavailable: " << g_why;
            conn = g_cluster->createDatabase();
        }
        c = db::open(conn);
    }
    void TearDown() override
    {
        c.reset();
        removeTree(m_dir);
    }
    std::int64_t count(const std::string &sql) { return c->query(sql).at(0).integer(0); }
    std::unique_ptr<db::Connection> c;

private:
    std::string m_dir;
};

db::Migration step(int version, int minCompatible, std::string sql)
{
    return {version, minCompatible, "test step", [sql](db::Connection &cn) { db::ddl(cn, sql); }};
}

TEST_P(MigrationTest, FreshDatabaseRecordsEveryStep)
{
    EXPECT_EQ(db::schemaState(*c).version, 0);
    db::migrate(*c);
    const auto s = db::schemaState(*c);
    EXPECT_EQ(s.version, db::latestSchemaVersion());
    EXPECT_GE(s.minCompatible, 1);
    EXPECT_EQ(count("SELECT count(*) FROM schema_version"), std::int64_t(db::knownMigrations().size()));
    EXPECT_EQ(c->query("SELECT value FROM schema_meta WHERE key = 'version'").at(0).text(0),
              std::to_string(db::latestSchemaVersion()));
    db::migrate(*c); // a second start changes nothing
    EXPECT_EQ(count("SELECT count(*) FROM schema_version"), std::int64_t(db::knownMigrations().size()));
}

TEST_P(MigrationTest, DatabaseFromThePreMigrationScriptIsAdoptedAndUpgraded)
{
    {
        // What the old script left: its DDL (migration 1 is that script) and schema_meta, no schema_version.
        db::Transaction tx(*c, db::Tx::Write);
        db::migration001Initial().apply(*c);
        c->query("INSERT INTO organizations (id, name, inn, created_at) VALUES "
                 "('6f1c8a4e-0000-4000-8000-000000000001', 'Old shop', '7707083893', 1)");
        tx.commit();
    }
    EXPECT_EQ(db::schemaState(*c).version, 1);
    db::migrate(*c);
    EXPECT_EQ(db::schemaState(*c).version, db::latestSchemaVersion());
    EXPECT_EQ(count("SELECT count(*) FROM organizations WHERE name = 'Old shop'"), 1);
    EXPECT_EQ(c->query("SELECT name FROM schema_version WHERE version = 1").at(0).text(0),
              "initial (pre-migration script)");
}

TEST_P(MigrationTest, StepCanAlterATableKeepingItsRows)
{
    db::migrate(*c);
    c->query("INSERT INTO organizations (id, name, inn, created_at) VALUES "
             "('6f1c8a4e-0000-4000-8000-000000000002', 'Shop', '7707083893', 1)");
    auto list = db::knownMigrations();
    const int next = db::latestSchemaVersion() + 1;
    list.push_back(
        step(next, 1, "ALTER TABLE organizations ADD COLUMN timezone text NOT NULL DEFAULT 'Europe/Moscow'"));
    db::migrate(*c, list);
    EXPECT_EQ(db::schemaState(*c).version, next);
    EXPECT_EQ(c->query("SELECT timezone FROM organizations WHERE name = 'Shop'").at(0).text(0),
              "Europe/Moscow");
}

TEST_P(MigrationTest, FailingStepLeavesTheLastWholeVersion)
{
    db::migrate(*c);
    auto list = db::knownMigrations();
    const int next = db::latestSchemaVersion() + 1;
    list.push_back(
        step(next, 1, "CREATE TABLE half_done (a integer); ALTER TABLE no_such_table ADD COLUMN b text"));
    EXPECT_THROW(db::migrate(*c, list), db::Error);
    EXPECT_EQ(db::schemaState(*c).version, next - 1);
    list.back() = step(next, 1, "CREATE TABLE half_done (a integer)"); // fixed: re-runs cleanly
    db::migrate(*c, list);
    EXPECT_EQ(db::schemaState(*c).version, next);
}

TEST_P(MigrationTest, OlderBinaryRefusesAnIncompatibleNewerDatabase)
{
    auto list = db::knownMigrations();
    const int latest = db::latestSchemaVersion();
    list.push_back(step(latest + 1, latest + 1, "ALTER TABLE devices ADD COLUMN model text"));
    db::migrate(*c, list);
    try {
        db::migrate(*c); // this binary's own list stops at `latest`
        FAIL() << "an older binary opened a database it cannot read";
    } catch (const db::Error &e) {
        EXPECT_NE(std::string(e.what()).find("needs a newer cabinet"), std::string::npos) << e.what();
    }
}

TEST_P(MigrationTest, OlderBinaryOpensACompatibleNewerDatabase)
{
    auto list = db::knownMigrations();
    const int latest = db::latestSchemaVersion();
    list.push_back(step(latest + 1, 1, "CREATE TABLE IF NOT EXISTS extra_notes (id integer PRIMARY KEY)"));
    db::migrate(*c, list);
    EXPECT_NO_THROW(db::migrate(*c));
    EXPECT_EQ(db::schemaState(*c).version, latest + 1);
}

TEST_P(MigrationTest, TargetBuildsAnOldDatabaseThatLaterUpgrades)
{
    db::migrate(*c, 1);
    EXPECT_EQ(db::schemaState(*c).version, 1);
    db::migrate(*c);
    EXPECT_EQ(db::schemaState(*c).version, db::latestSchemaVersion());
}

INSTANTIATE_TEST_SUITE_P(Backends, MigrationTest, ::testing::Values("sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string> &param) { return param.param; });

class ClusterEnvironment : public ::testing::Environment
{
public:
    void TearDown() override { g_cluster.reset(); }
};
[[maybe_unused]] ::testing::Environment *const g_env =
    ::testing::AddGlobalTestEnvironment(new ClusterEnvironment);

} // namespace
} // namespace cabinet::test
