#pragma once

// A throwaway PostgreSQL cluster for the tests and benchmarks: initdb into a temp dir, a private unix
// socket there, no TCP. PostgreSQL refuses to run as root, so under root (CI) the server tools run
// as the `postgres` user through runuser.

#include <optional>
#include <string>
#include <vector>

namespace cabinet::test {

class PgCluster
{
public:
    // Starts the cluster; nullopt with `why` filled when PostgreSQL is not installed or cannot start.
    static std::optional<PgCluster> start(std::string &why, bool durable = false);
    PgCluster(PgCluster &&other) noexcept;
    PgCluster &operator=(PgCluster &&) = delete;
    ~PgCluster();

    // A new empty database; returns its cabinet connection string.
    std::string createDatabase();
    const std::string &dir() const { return m_dir; }

    // The server stopped ("fast": sessions ended, as an administrator or a failover would) and started
    // again on the same data and socket, for the fault tests; false (and a test failure) when
    // pg_ctl fails.
    bool stopServer(const std::string &mode = "fast");
    bool startServer(std::string *error = nullptr);

private:
    PgCluster() = default;
    void stop();

    std::string m_bin;
    std::string m_dir;
    std::string m_options;             // pg_ctl -o, kept for startServer
    std::vector<std::string> m_prefix; // runuser/setpriv to the postgres user when root, else empty
    int m_counter = 0;
    bool m_running = false;
};

} // namespace cabinet::test
