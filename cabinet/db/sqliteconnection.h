#pragma once

// SQLite through the C API: WAL, synchronous=FULL (a committed batch survives a power cut), foreign
// keys on, and a cache of prepared statements keyed by their SQL text.

#include "cabinet/db/connection.h"

#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace cabinet::db {

class SqliteConnection final : public Connection
{
public:
    explicit SqliteConnection(const std::string &path);
    ~SqliteConnection() override;
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    Backend backend() const override { return Backend::Sqlite; }
    Rows query(std::string_view sql, const Params &params) override;
    void script(std::string_view sql) override;
    void begin(Tx kind) override;
    void commit() override;
    void rollback() override;

private:
    sqlite3_stmt *prepare(std::string_view sql);
    [[noreturn]] void raise(int rc, const std::string &context);

    sqlite3 *m_db = nullptr;
    std::unordered_map<std::string, sqlite3_stmt *> m_statements;
};

} // namespace cabinet::db
