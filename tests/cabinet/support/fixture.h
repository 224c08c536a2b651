#pragma once

// The end-to-end fixture. Each test gets a fresh database on the executable's backend (SQLite file or
// a new database in the throwaway PostgreSQL cluster) and its own temp dir; tests SKIP, never fail,
// when the backend is not available.

#include "harness.h"

#include <gtest/gtest.h>

namespace cabinet::test {

class PgCluster;

// Provided by backend_sqlite.cpp or backend_postgres.cpp, one per test executable.
std::optional<std::string> newTestDatabase(const std::string &tempDir, std::string &skipReason);
const char *backendName();
// The executable's PostgreSQL cluster, for tests that stop and start it; null on SQLite.
PgCluster *testCluster();

class CabinetTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dir = makeTempDir("cabinet-test");
        std::string why;
        auto conn = newTestDatabase(m_dir, why);
        if (!conn)
            GTEST_SKIP() << backendName() << " backend unavailable: " << why;
        h = std::make_unique<Harness>(*conn, m_dir);
    }
    void TearDown() override
    {
        if (h && HasFailure())
            std::cerr << "---- server log ----\n" << h->serverLog() << "--------------------\n";
        h.reset();
        removeTree(m_dir);
    }

    std::unique_ptr<Harness> h;

private:
    std::string m_dir;
};

} // namespace cabinet::test
