#include "cabinet/db/connection.h"

#include "cabinet/db/pgconnection.h"
#include "cabinet/db/sqliteconnection.h"

#include <charconv>

namespace cabinet::db {

const std::string &Row::text(std::size_t i) const
{
    const auto &c = m_cells.at(i);
    if (!c)
        throw Error("NULL where text was expected", false);
    return *c;
}

std::string Row::textOr(std::size_t i, std::string fallback) const
{
    const auto &c = m_cells.at(i);
    return c ? *c : std::move(fallback);
}

std::int64_t Row::integer(std::size_t i) const
{
    const std::string &t = text(i);
    std::int64_t v = 0;
    auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (ec != std::errc() || ptr != t.data() + t.size())
        throw Error("not an integer: " + t, false);
    return v;
}

std::optional<std::int64_t> Row::optInteger(std::size_t i) const
{
    if (isNull(i))
        return std::nullopt;
    return integer(i);
}

bool isPostgres(const std::string &cs)
{
    return cs.rfind("postgresql://", 0) == 0 || cs.rfind("postgres://", 0) == 0 || cs.rfind("pg:", 0) == 0;
}

std::unique_ptr<Connection> open(const std::string &cs)
{
    if (cs.rfind("sqlite:", 0) == 0)
        return std::make_unique<SqliteConnection>(cs.substr(7));
    if (cs.rfind("pg:", 0) == 0)
        return std::make_unique<PgConnection>(cs.substr(3));
    if (isPostgres(cs))
        return std::make_unique<PgConnection>(cs);
    throw Error("unknown connection string (use sqlite:/path or postgresql://...): " + cs, false);
}

} // namespace cabinet::db
