#include "cabinet/db/pgconnection.h"

#include <libpq-fe.h>

namespace cabinet::db {

namespace {

void ignoreNotice(void *, const char *) {}

// Serialization failures, deadlocks, lost connections and overload are worth a client retry.
bool retryableState(const char *state)
{
    if (!state)
        return true; // no SQLSTATE: the connection itself failed
    std::string s(state);
    return s.rfind("40", 0) == 0 || s.rfind("08", 0) == 0 || s.rfind("53", 0) == 0 || s.rfind("57P", 0) == 0;
}

struct Result
{
    PGresult *r;
    ~Result() { PQclear(r); }
};

} // namespace

PgConnection::PgConnection(const std::string &conninfo)
{
    m_conn = PQconnectdb(conninfo.c_str());
    if (PQstatus(m_conn) != CONNECTION_OK) {
        std::string msg = PQerrorMessage(m_conn);
        PQfinish(m_conn);
        m_conn = nullptr;
        throw Error("cannot connect to PostgreSQL: " + msg, true);
    }
    PQsetNoticeProcessor(m_conn, ignoreNotice, nullptr);
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

void PgConnection::ensureConnected()
{
    if (PQstatus(m_conn) == CONNECTION_OK)
        return;
    PQreset(m_conn);
    m_statements.clear(); // prepared statements die with the old session
    if (PQstatus(m_conn) != CONNECTION_OK)
        throw Error(std::string("PostgreSQL connection lost: ") + PQerrorMessage(m_conn), true);
}

Rows PgConnection::query(std::string_view sql, const Params &params)
{
    ensureConnected();
    std::string key(sql);
    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        std::string name = "s" + std::to_string(m_nextId++);
        Result prep{PQprepare(m_conn, name.c_str(), key.c_str(), 0, nullptr)};
        if (PQresultStatus(prep.r) != PGRES_COMMAND_OK)
            throw Error(std::string("prepare: ") + PQresultErrorMessage(prep.r),
                        retryableState(PQresultErrorField(prep.r, PG_DIAG_SQLSTATE)));
        it = m_statements.emplace(key, name).first;
    }

    std::vector<std::string> texts(params.size());
    std::vector<const char *> values(params.size(), nullptr);
    for (std::size_t i = 0; i < params.size(); ++i) {
        if (const auto *n = std::get_if<std::int64_t>(&params[i])) {
            texts[i] = std::to_string(*n);
            values[i] = texts[i].c_str();
        } else if (const auto *s = std::get_if<std::string>(&params[i])) {
            values[i] = s->c_str();
        }
    }
    Result res{
        PQexecPrepared(m_conn, it->second.c_str(), int(params.size()), values.data(), nullptr, nullptr, 0)};
    auto status = PQresultStatus(res.r);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        throw Error(std::string("query: ") + PQresultErrorMessage(res.r),
                    retryableState(PQresultErrorField(res.r, PG_DIAG_SQLSTATE)));

    Rows rows;
    int n = PQntuples(res.r);
    int cols = PQnfields(res.r);
    rows.reserve(std::size_t(n));
    for (int r = 0; r < n; ++r) {
        std::vector<std::optional<std::string>> cells;
        cells.reserve(std::size_t(cols));
        for (int c = 0; c < cols; ++c) {
            if (PQgetisnull(res.r, r, c))
                cells.emplace_back();
            else
                cells.emplace_back(
                    std::string(PQgetvalue(res.r, r, c), std::size_t(PQgetlength(res.r, r, c))));
        }
        rows.emplace_back(std::move(cells));
    }
    return rows;
}

void PgConnection::script(std::string_view sql)
{
    ensureConnected();
    std::string text(sql);
    Result res{PQexec(m_conn, text.c_str())};
    auto status = PQresultStatus(res.r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        throw Error(std::string("script: ") + PQresultErrorMessage(res.r),
                    retryableState(PQresultErrorField(res.r, PG_DIAG_SQLSTATE)));
}

void PgConnection::begin(Tx kind)
{
    script(kind == Tx::Write ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

void PgConnection::commit()
{
    script("COMMIT");
}

void PgConnection::rollback()
{
    script("ROLLBACK");
}

} // namespace cabinet::db
