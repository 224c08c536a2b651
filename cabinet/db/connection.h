#pragma once

// One database connection behind a backend-neutral interface. Business logic is written once in SQL
// that both SQLite and PostgreSQL accept ($1-style placeholders, ON CONFLICT, RETURNING); the
// backends differ only in DDL and in how transactions begin. Values are always bound as parameters.

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace cabinet::db {

enum class Backend { Sqlite, Postgres };

using Param = std::variant<std::nullptr_t, std::int64_t, std::string>;
using Params = std::vector<Param>;

class Row
{
public:
    explicit Row(std::vector<std::optional<std::string>> cells)
        : m_cells(std::move(cells))
    {}
    bool isNull(std::size_t i) const { return !m_cells.at(i).has_value(); }
    const std::string &text(std::size_t i) const;
    std::string textOr(std::size_t i, std::string fallback) const;
    std::int64_t integer(std::size_t i) const;
    std::optional<std::int64_t> optInteger(std::size_t i) const;
    std::size_t size() const { return m_cells.size(); }

private:
    std::vector<std::optional<std::string>> m_cells;
};

using Rows = std::vector<Row>;

// Thrown inside the storage layer only; the API maps it to 503 (retryable) or 500.
struct Error : std::runtime_error
{
    Error(const std::string &what, bool canRetry)
        : std::runtime_error(what)
        , retryable(canRetry)
    {}
    bool retryable;
};

enum class Tx {
    Write,   // takes the write lock at once (SQLite BEGIN IMMEDIATE) so writers never deadlock
    Snapshot // a read-only consistent view (PostgreSQL REPEATABLE READ)
};

class Connection
{
public:
    virtual ~Connection() = default;
    virtual Backend backend() const = 0;
    // Runs one prepared (and cached) statement with bound parameters.
    virtual Rows query(std::string_view sql, const Params &params = {}) = 0;
    // Runs a parameter-free script (DDL); several statements allowed.
    virtual void script(std::string_view sql) = 0;
    virtual void begin(Tx kind) = 0;
    virtual void commit() = 0;
    virtual void rollback() = 0;
};

// "sqlite:/path/file.db" or "postgresql://..." / "postgres://..." (a libpq URI) or "pg:<conninfo>".
std::unique_ptr<Connection> open(const std::string &connectionString);
bool isPostgres(const std::string &connectionString);

// Rolls back unless committed: a thrown error never leaves a transaction open on a pooled connection.
class Transaction
{
public:
    Transaction(Connection &c, Tx kind)
        : m_c(c)
    {
        m_c.begin(kind);
    }
    ~Transaction()
    {
        if (!m_done) {
            try {
                m_c.rollback();
            } catch (...) {
            }
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    // Done only once COMMIT succeeded: a SQLite COMMIT that fails (a deferred constraint, a busy or
    // full disk) leaves the transaction open, and the destructor must still roll it back before the
    // pooled connection serves the next request.
    void commit()
    {
        m_c.commit();
        m_done = true;
    }

private:
    Connection &m_c;
    bool m_done = false;
};

} // namespace cabinet::db
