#include "support/fixture.h"
#include "support/pgcluster.h"

namespace cabinet::test {

namespace {

// One cluster per test executable, started on first use and stopped after the last test.
std::optional<PgCluster> g_cluster;
std::string g_why;
bool g_tried = false;

class ClusterEnvironment : public ::testing::Environment
{
public:
    void TearDown() override { g_cluster.reset(); }
};

[[maybe_unused]] ::testing::Environment *const g_env =
    ::testing::AddGlobalTestEnvironment(new ClusterEnvironment);

} // namespace

std::optional<std::string> newTestDatabase(const std::string &, std::string &skipReason)
{
    if (!g_tried) {
        g_tried = true;
        if (auto c = PgCluster::start(g_why))
            g_cluster.emplace(std::move(*c));
    }
    if (!g_cluster) {
        skipReason = g_why;
        return std::nullopt;
    }
    return g_cluster->createDatabase();
}

PgCluster *testCluster()
{
    return g_cluster ? &*g_cluster : nullptr;
}

const char *backendName()
{
    return "postgresql";
}

} // namespace cabinet::test
