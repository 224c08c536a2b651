#include "cabinet/db/sqliteconnection.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace cabinet::db {

namespace {

// A new database file is readable by its owner only: it holds device tokens and every sale. SQLite
// gives its -wal and -shm files the same permissions.
void createPrivately(const std::string &path)
{
    if (path.empty() || path == ":memory:" || path.rfind("file:", 0) == 0)
        return;
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0)
        ::close(fd);
}

} // namespace

SqliteConnection::SqliteConnection(const std::string &path)
{
    createPrivately(path);
    int rc = sqlite3_open_v2(path.c_str(), &m_db,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error("cannot open " + path + ": " + msg, false);
    }
    sqlite3_busy_timeout(m_db, 10000);
    script("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
}

SqliteConnection::~SqliteConnection()
{
    for (auto &[sql, stmt] : m_statements)
        sqlite3_finalize(stmt);
    sqlite3_close(m_db);
}

void SqliteConnection::raise(int rc, const std::string &context)
{
    int primary = rc & 0xFF;
    bool retryable = primary == SQLITE_BUSY || primary == SQLITE_LOCKED || primary == SQLITE_IOERR ||
                     primary == SQLITE_FULL;
    throw Error(context + ": " + sqlite3_errmsg(m_db), retryable);
}

// $N placeholders become ?N, which SQLite binds by the same number.
static std::string rewritePlaceholders(std::string_view sql)
{
    std::string out(sql);
    for (char &c : out)
        if (c == '$')
            c = '?';
    return out;
}

sqlite3_stmt *SqliteConnection::prepare(std::string_view sql)
{
    std::string key(sql);
    if (auto it = m_statements.find(key); it != m_statements.end())
        return it->second;
    std::string text = rewritePlaceholders(sql);
    sqlite3_stmt *stmt = nullptr;
    int rc =
        sqlite3_prepare_v3(m_db, text.c_str(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        raise(rc, "prepare");
    m_statements.emplace(std::move(key), stmt);
    return stmt;
}

Rows SqliteConnection::query(std::string_view sql, const Params &params)
{
    sqlite3_stmt *stmt = prepare(sql);
    struct Reset
    {
        sqlite3_stmt *s;
        ~Reset()
        {
            sqlite3_reset(s);
            sqlite3_clear_bindings(s);
        }
    } reset{stmt};

    for (std::size_t i = 0; i < params.size(); ++i) {
        int idx = int(i) + 1;
        int rc = SQLITE_OK;
        if (const auto *n = std::get_if<std::int64_t>(&params[i]))
            rc = sqlite3_bind_int64(stmt, idx, *n);
        else if (const auto *s = std::get_if<std::string>(&params[i]))
            rc = sqlite3_bind_text(stmt, idx, s->data(), int(s->size()), SQLITE_TRANSIENT);
        else
            rc = sqlite3_bind_null(stmt, idx);
        if (rc != SQLITE_OK)
            raise(rc, "bind");
    }

    Rows rows;
    for (;;) {
        int rc = sqlite3_step(stmt);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW)
            raise(rc, "step");
        int n = sqlite3_column_count(stmt);
        std::vector<std::optional<std::string>> cells;
        cells.reserve(std::size_t(n));
        for (int c = 0; c < n; ++c) {
            if (sqlite3_column_type(stmt, c) == SQLITE_NULL) {
                cells.emplace_back();
            } else {
                const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
                cells.emplace_back(std::string(p, std::size_t(sqlite3_column_bytes(stmt, c))));
            }
        }
        rows.emplace_back(std::move(cells));
    }
    return rows;
}

void SqliteConnection::script(std::string_view sql)
{
    std::string text(sql);
    char *err = nullptr;
    int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = err ? err : "?";
        sqlite3_free(err);
        throw Error("script: " + msg, (rc & 0xFF) == SQLITE_BUSY);
    }
}

void SqliteConnection::begin(Tx kind)
{
    script(kind == Tx::Write ? "BEGIN IMMEDIATE" : "BEGIN");
}

void SqliteConnection::commit()
{
    script("COMMIT");
}

void SqliteConnection::rollback()
{
    script("ROLLBACK");
}

} // namespace cabinet::db
