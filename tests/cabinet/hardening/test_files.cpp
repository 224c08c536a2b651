// The cabinet's files (issue 21, low): a new SQLite database and its WAL are readable by the
// server's user only, since they hold device tokens and every sale.

#include "support/fixture.h"

#include <sys/stat.h>

namespace cabinet::test {

class HardeningFiles : public CabinetTest
{};

TEST_F(HardeningFiles, ANewSqliteDatabaseIsReadableByItsOwnerOnly)
{
    if (h->connectionString().rfind("sqlite:", 0) != 0)
        GTEST_SKIP() << "a PostgreSQL database has no file of ours";
    ASSERT_NE(h->start(), 0);
    const std::string path = h->connectionString().substr(7);
    for (const std::string &file : {path, path + "-wal"}) {
        struct stat st
        {};
        ASSERT_EQ(::stat(file.c_str(), &st), 0) << file;
        EXPECT_EQ(st.st_mode & 0077, 0u) << file << " mode " << std::oct << (st.st_mode & 0777);
    }
}

} // namespace cabinet::test
