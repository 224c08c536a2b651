// The migration runner (the till's app/storage SchemaManager is the model): schema_version keeps one
// row per applied step with the oldest cabinet that may open the database.

#include "cabinet/db/schema.h"

#include <chrono>
#include <string>

namespace cabinet::db {

namespace {

void replaceAll(std::string &s, const std::string &from, const std::string &to)
{
    for (std::size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size())
        s.replace(pos, from.size(), to);
}

bool tableExists(Connection &c, const std::string &table)
{
    auto rows =
        c.query(c.backend() == Backend::Postgres
                    ? "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = $1"
                    : "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $1",
                {table});
    return rows.at(0).integer(0) > 0;
}

const char *const kVersionTable =
    "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, "
    "min_compatible integer NOT NULL, name text NOT NULL, applied_at bigint NOT NULL)";

std::int64_t nowMsForSchema()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// A database made by the pre-migration script has schema_meta (version 1) and no schema_version.
void adoptLegacy(Connection &c)
{
    if (tableExists(c, "schema_version") || !tableExists(c, "schema_meta"))
        return;
    auto rows = c.query("SELECT value FROM schema_meta WHERE key = 'version'");
    if (rows.empty() || rows[0].text(0) != "1")
        return;
    c.script(kVersionTable);
    c.query("INSERT INTO schema_version (version, min_compatible, name, applied_at) VALUES (1, 1, $1, $2)",
            {std::string("initial (pre-migration script)"), nowMsForSchema()});
}

void refuseIfTooNew(const SchemaState &s, int latest)
{
    if (s.version > latest && s.minCompatible > latest)
        throw Error("the database schema (version " + std::to_string(s.version) +
                        ") needs a newer cabinet; this one knows up to version " + std::to_string(latest),
                    false);
}

} // namespace

void ddl(Connection &c, std::string sql)
{
    const bool pg = c.backend() == Backend::Postgres;
    replaceAll(sql, "{uuid}", pg ? "uuid" : "text");
    replaceAll(sql, "{json}", pg ? "jsonb" : "text");
    replaceAll(sql, "{bool}", pg ? "boolean" : "integer");
    c.script(sql);
}

bool hasColumn(Connection &c, const std::string &table, const std::string &column)
{
    auto rows = c.query(c.backend() == Backend::Postgres
                            ? "SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                              "current_schema() AND table_name = $1 AND column_name = $2"
                            : "SELECT count(*) FROM pragma_table_info($1) WHERE name = $2",
                        {table, column});
    return rows.at(0).integer(0) > 0;
}

SchemaState schemaState(Connection &c)
{
    SchemaState s;
    if (!tableExists(c, "schema_version")) {
        if (tableExists(c, "schema_meta")) {
            s.version = s.minCompatible = 1;
            s.legacy = true;
        }
        return s;
    }
    auto rows = c.query("SELECT version, min_compatible FROM schema_version ORDER BY version DESC LIMIT 1");
    if (!rows.empty()) {
        s.version = int(rows[0].integer(0));
        s.minCompatible = int(rows[0].integer(1));
    }
    return s;
}

int latestSchemaVersion()
{
    return knownMigrations().empty() ? 0 : knownMigrations().back().version;
}

void migrate(Connection &c, int target)
{
    migrate(c, knownMigrations(), target);
}

void migrate(Connection &c, const std::vector<Migration> &migrations, int target)
{
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    if (target <= 0 || target > latest)
        target = latest;
    {
        // The fast path for every admin command and server start: nothing to do, no write lock.
        const SchemaState s = schemaState(c);
        refuseIfTooNew(s, latest);
        if (s.version >= target && !s.legacy)
            return;
    }

    for (const Migration &m : migrations) {
        if (m.version > target)
            break;
        Transaction tx(c, Tx::Write);
        if (c.backend() == Backend::Postgres)
            c.query("SELECT pg_advisory_xact_lock(7310942)"); // concurrent admin/serve start-ups
        adoptLegacy(c);
        c.script(kVersionTable);
        const SchemaState s = schemaState(c); // again under the lock: another process may have run it
        refuseIfTooNew(s, latest);
        if (m.version > s.version) {
            m.apply(c);
            c.query("INSERT INTO schema_version (version, min_compatible, name, applied_at) "
                    "VALUES ($1, $2, $3, $4)",
                    {std::int64_t(m.version), std::int64_t(m.minCompatible), m.name, nowMsForSchema()});
            // Cabinets from before numbered migrations read schema_meta and refuse any version but 1.
            c.query("UPDATE schema_meta SET value = $1 WHERE key = 'version'", {std::to_string(m.version)});
        }
        tx.commit(); // also keeps what adoptLegacy recorded
    }
}

} // namespace cabinet::db
