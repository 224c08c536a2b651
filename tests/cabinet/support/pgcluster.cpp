#include "pgcluster.h"

#include "process.h"

#include <filesystem>
#include <libpq-fe.h>
#include <pwd.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace cabinet::test {

namespace {

constexpr const char *kPort = "5432"; // only names the socket file inside our private directory

std::string findBinDir()
{
    if (const char *env = std::getenv("PRILAVOK_PG_BIN"))
        return env;
    std::string best;
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator("/usr/lib/postgresql", ec)) {
        auto bin = entry.path() / "bin";
        if (std::filesystem::exists(bin / "initdb") && std::filesystem::exists(bin / "pg_ctl") &&
            bin.string() > best)
            best = bin.string();
    }
    return best;
}

std::vector<std::string> withPrefix(const std::vector<std::string> &prefix, std::vector<std::string> argv)
{
    std::vector<std::string> out = prefix;
    out.insert(out.end(), argv.begin(), argv.end());
    return out;
}

// runuser needs a working PAM session; setpriv does not. Use whichever can run a command here.
std::vector<std::string> dropRootPrefix()
{
    const std::vector<std::vector<std::string>> candidates = {
        {"/usr/sbin/runuser", "-u", "postgres", "--"},
        {"/usr/bin/setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", "--"}};
    for (const auto &c : candidates) {
        if (!std::filesystem::exists(c[0]))
            continue;
        if (run(withPrefix(c, {"/bin/true"})).exitCode == 0)
            return c;
    }
    return {};
}

} // namespace

std::optional<PgCluster> PgCluster::start(std::string &why, bool durable)
{
    PgCluster c;
    c.m_bin = findBinDir();
    if (c.m_bin.empty()) {
        why = "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin "
              "(install the `postgresql` package or set PRILAVOK_PG_BIN)";
        return std::nullopt;
    }
    c.m_dir = makeTempDir("cabinet-pg");
    if (geteuid() == 0) {
        passwd *pw = getpwnam("postgres");
        if (pw)
            c.m_prefix = dropRootPrefix();
        if (!pw || c.m_prefix.empty()) {
            why = "running as root and there is no `postgres` user (or neither runuser nor setpriv works) "
                  "to run PostgreSQL as";
            removeTree(c.m_dir);
            return std::nullopt;
        }
        if (::chown(c.m_dir.c_str(), pw->pw_uid, pw->pw_gid) != 0) {
            why = "cannot chown the PostgreSQL temp dir";
            removeTree(c.m_dir);
            return std::nullopt;
        }
    }
    ::chmod(c.m_dir.c_str(), 0700);
    const std::string data = c.m_dir + "/data";
    auto init = run(withPrefix(c.m_prefix, {c.m_bin + "/initdb", "-D", data, "-A", "trust", "-U", "postgres",
                                            "-E", "UTF8", "--no-locale", "--no-sync"}));
    if (init.exitCode != 0) {
        why = "initdb failed: " + init.err + init.out;
        removeTree(c.m_dir);
        return std::nullopt;
    }
    // Small footprint: ctest starts one cluster per test group in parallel, and containers often
    // have a 64 MB /dev/shm, so no parallel-query shared memory either.
    std::string opts = "-p " + std::string(kPort) + " -k " + c.m_dir +
                       " -c listen_addresses= -c max_connections=60 -c max_parallel_workers_per_gather=0";
    if (durable)
        opts += " -c shared_buffers=256MB";
    else
        opts += " -c shared_buffers=32MB -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
    c.m_options = opts;
    if (std::string error; !c.startServer(&error)) {
        why = "pg_ctl start failed: " + error;
        removeTree(c.m_dir);
        return std::nullopt;
    }
    return std::optional<PgCluster>(std::move(c));
}

PgCluster::PgCluster(PgCluster &&other) noexcept
    : m_bin(std::move(other.m_bin))
    , m_dir(std::move(other.m_dir))
    , m_options(std::move(other.m_options))
    , m_prefix(std::move(other.m_prefix))
    , m_counter(other.m_counter)
    , m_running(other.m_running)
{
    other.m_running = false;
    other.m_dir.clear();
}

PgCluster::~PgCluster()
{
    stop();
}

void PgCluster::stop()
{
    if (m_running) {
        run(withPrefix(m_prefix,
                       {m_bin + "/pg_ctl", "-D", m_dir + "/data", "-m", "immediate", "-w", "stop"}));
        m_running = false;
    }
    if (!m_dir.empty())
        removeTree(m_dir);
}

bool PgCluster::stopServer(const std::string &mode)
{
    auto r = run(withPrefix(m_prefix, {m_bin + "/pg_ctl", "-D", m_dir + "/data", "-m", mode, "-w", "stop"}));
    if (r.exitCode != 0)
        return false;
    m_running = false;
    return true;
}

bool PgCluster::startServer(std::string *error)
{
    auto r = run(withPrefix(m_prefix, {m_bin + "/pg_ctl", "-D", m_dir + "/data", "-l", m_dir + "/server.log",
                                       "-w", "-t", "60", "-o", m_options, "start"}));
    if (r.exitCode != 0) {
        if (error)
            *error = r.err + r.out;
        return false;
    }
    m_running = true;
    return true;
}

std::string PgCluster::createDatabase()
{
    const std::string name = "cabinet_" + std::to_string(getpid()) + "_" + std::to_string(++m_counter);
    const std::string conninfo = "host=" + m_dir + " port=" + kPort + " user=postgres dbname=postgres";
    PGconn *conn = PQconnectdb(conninfo.c_str());
    if (PQstatus(conn) != CONNECTION_OK) {
        std::string msg = PQerrorMessage(conn);
        PQfinish(conn);
        throw std::runtime_error("cannot connect to the test cluster: " + msg);
    }
    // The name is generated here from digits, never from input.
    PGresult *r = PQexec(conn, ("CREATE DATABASE " + name).c_str());
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    std::string msg = PQresultErrorMessage(r);
    PQclear(r);
    PQfinish(conn);
    if (!ok)
        throw std::runtime_error("CREATE DATABASE failed: " + msg);
    return "postgresql:///" + name + "?host=" + m_dir + "&port=" + kPort + "&user=postgres";
}

} // namespace cabinet::test
