#include "support/fixture.h"

namespace cabinet::test {

std::optional<std::string> newTestDatabase(const std::string &tempDir, std::string &)
{
    return "sqlite:" + tempDir + "/cabinet.db";
}

PgCluster *testCluster()
{
    return nullptr;
}

const char *backendName()
{
    return "sqlite";
}

} // namespace cabinet::test
