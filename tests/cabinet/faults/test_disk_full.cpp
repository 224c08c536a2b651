// The disk under an SQLite cabinet fills up (a small tmpfs, mounted by the test when it runs as root):
// pushes get a retryable 503, nothing acknowledged is lost, and once space is freed the same server
// process accepts pushes again without a restart.

#include "faulttills.h"

#include "cabinet/db/connection.h"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <iostream>
#include <thread>
#include <unistd.h>

namespace cabinet::test {

class DiskFull : public CabinetTest
{};

namespace {

// run() takes a path, not a name to look up.
std::string mountTool(const std::string &name)
{
    for (const char *dir : {"/usr/bin/", "/bin/", "/usr/sbin/", "/sbin/"})
        if (std::filesystem::exists(dir + name))
            return dir + name;
    return name;
}

// A tmpfs of `size` at `dir`, unmounted when this goes out of scope.
class SmallDisk
{
public:
    SmallDisk(std::string dir, const std::string &size)
        : m_dir(std::move(dir))
    {
        std::filesystem::create_directories(m_dir);
        if (geteuid() != 0) {
            m_why = "not running as root, so the test cannot mount a small tmpfs";
            return;
        }
        auto r =
            run({mountTool("mount"), "-t", "tmpfs", "-o", "size=" + size + ",mode=0700", "tmpfs", m_dir});
        if (r.exitCode != 0)
            m_why = "mount -t tmpfs failed (a container without CAP_SYS_ADMIN?): " + r.err;
        m_mounted = r.exitCode == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            run({mountTool("umount"), "-l", m_dir});
    }
    bool mounted() const { return m_mounted; }
    const std::string &why() const { return m_why; }

    // Writes a file until the disk refuses; its size in bytes.
    std::int64_t fill(const std::string &name)
    {
        const int fd = ::open((m_dir + "/" + name).c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd < 0)
            return -1;
        const std::string chunk(4096, 'x');
        std::int64_t total = 0;
        for (;;) {
            const ssize_t n = ::write(fd, chunk.data(), chunk.size());
            if (n <= 0)
                break;
            total += n;
        }
        ::close(fd);
        return total;
    }

private:
    std::string m_dir;
    std::string m_why;
    bool m_mounted = false;
};

} // namespace

TEST_F(DiskFull, PushesGetRetryNothingAcknowledgedIsLostAndItRecoversWhenSpaceIsBack)
{
    if (testCluster())
        GTEST_SKIP() << "SQLite only: PostgreSQL stops itself when it cannot write its WAL, which is the "
                        "database restart PgRestart covers";
    SmallDisk disk(h->tempDir() + "/disk", "16m");
    if (!disk.mounted())
        GTEST_SKIP() << disk.why();
    Harness cabinet("sqlite:" + h->tempDir() + "/disk/cabinet.db", h->tempDir());
    Shop shop = cabinet.createShop("Полный диск");
    ASSERT_NE(cabinet.start(), 0);
    const pid_t server = cabinet.serverPid();
    TillOutbox till(cabinet.activate(shop.code), 1500, 5);
    PushTally tally;
    HttpClient http(cabinet.port());
    // Some documents go in while there is room.
    for (int i = 0; i < 5; ++i)
        ASSERT_EQ(pushOnce(http, till, 20, tally).status, 200);

    ASSERT_GT(disk.fill("filler"), 0);
    int refusedInARow = 0;
    while (!till.done() && refusedInARow < 5) {
        const int status = pushOnce(http, till, 20, tally).status;
        refusedInARow = status == 200 ? 0 : refusedInARow + 1;
        ASSERT_TRUE(status == 200 || status == 503) << status;
    }
    ASSERT_EQ(refusedInARow, 5) << "the disk never filled: " << till.acked.size() << " documents fit";
    EXPECT_EQ(::kill(server, 0), 0) << "the cabinet died on the full disk";
    const std::size_t ackedWhenFull = till.acked.size();

    std::filesystem::remove(h->tempDir() + "/disk/filler");
    const std::int64_t freedAt = steadyMs();
    std::int64_t firstOk = 0;
    int refusedAfter = 0;
    while (!till.done()) {
        const int status = pushOnce(http, till, 50, tally).status;
        if (status == 200 && !firstOk)
            firstOk = steadyMs();
        if (status != 200) {
            ASSERT_LT(++refusedAfter, 20) << "the cabinet did not recover when space came back";
        }
    }
    EXPECT_EQ(cabinet.serverPid(), server);
    EXPECT_EQ(tally.transport.load(), 0);
    expectExactlyOnce(cabinet, shop.org, 1500, {&till});
    {
        auto c = db::open(cabinet.connectionString());
        EXPECT_EQ(c->query("PRAGMA integrity_check").at(0).text(0), "ok");
    }
    std::cout << "[figure] disk full: " << ackedWhenFull << " documents acknowledged before the disk filled, "
              << tally.retry << " pushes answered 503, first accepted push " << (firstOk - freedAt)
              << " ms after space was freed, " << refusedAfter << " refused after" << std::endl;
    const std::string log = cabinet.serverLog();
    const auto at = log.find("storage_error");
    EXPECT_NE(at, std::string::npos) << "the full disk was never seen by the cabinet";
    if (at != std::string::npos)
        std::cout << "[log] " << log.substr(at, log.find('\n', at) - at) << std::endl;
    cabinet.stop();
}

} // namespace cabinet::test
