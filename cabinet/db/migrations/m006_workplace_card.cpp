// Migration 6: a workplace's card as the owner keeps it — its number in the point of sale (1–99, as
// the registrar's settlement place counts tills) and its type (stationary, mobile, automat).
// Each column is added only when missing: a database whose version row was rolled back (a test
// replaying the steps over kept tables) must not fail on a column it already has.

#include "cabinet/db/migration.h"

namespace cabinet::db {

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
