#pragma once

// PostgreSQL through libpq: named server-side prepared statements cached by SQL text, parameters
// sent as text and typed by the server from their context.

#include "cabinet/db/connection.h"

#include <string>
#include <unordered_map>

struct pg_conn;

namespace cabinet::db {

class PgConnection final : public Connection
{
public:
    explicit PgConnection(const std::string &conninfo);
    ~PgConnection() override;
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    Backend backend() const override { return Backend::Postgres; }
    Rows query(std::string_view sql, const Params &params) override;
    void script(std::string_view sql) override;
    void begin(Tx kind) override;
    void commit() override;
    void rollback() override;

private:
    void ensureConnected();

    pg_conn *m_conn = nullptr;
    std::unordered_map<std::string, std::string> m_statements; // SQL -> prepared name
    int m_nextId = 0;
};

} // namespace cabinet::db
