// Migration 6: a workplace's card as the owner keeps it — its number in the point of sale (1–99, as
// the registrar's settlement place counts tills) and its type (stationary, mobile, automat).
// Each column is added only when missing: a database whose version row was rolled back (a test
// replaying the steps over kept tables) must not fail on a column it already has.

#include "cabinet/db/migration.h"

namespace cabinet::db {

namespace {

bool hasColumn(Connection &c, const std::string &table, const std::string &column)
{
    auto rows = c.query(c.backend() == Backend::Postgres
                            ? "SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                              "current_schema() AND table_name = $1 AND column_name = $2"
                            : "SELECT count(*) FROM pragma_table_info($1) WHERE name = $2",
                        {table, column});
    return rows.at(0).integer(0) > 0;
}

} // namespace

Migration migration006WorkplaceCard()
{
    return {6, 1, "workplace number and type", [](Connection &c) {
                if (!hasColumn(c, "workplaces", "number"))
                    ddl(c, "ALTER TABLE workplaces ADD COLUMN number integer");
                if (!hasColumn(c, "workplaces", "type"))
                    ddl(c, "ALTER TABLE workplaces ADD COLUMN type text NOT NULL DEFAULT 'stationary'");
            }};
}

} // namespace cabinet::db
