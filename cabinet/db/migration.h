#pragma once

// One numbered step of the cabinet's schema (see cabinet/db/README.md). Steps run in version order,
// each in its own write transaction together with its schema_version row, so a crash leaves the
// database at the last whole step.

#include "cabinet/db/connection.h"

#include <functional>
#include <string>
#include <vector>

namespace cabinet::db {

struct Migration
{
    int version = 0;
    // The oldest cabinet that may still open a database at this version: a step that only adds
    // (tables, nullable columns) keeps the previous number; one older binaries would misread raises it.
    int minCompatible = 0;
    std::string name;
    std::function<void(Connection &)> apply; // runs inside the step's transaction
};

// Every migration this binary knows, ascending (cabinet/db/migrations/migrations.cpp).
const std::vector<Migration> &knownMigrations();

// Runs a DDL script written once for both backends: {uuid} becomes uuid / text, {json} jsonb / text,
// {bool} boolean / integer.
void ddl(Connection &c, std::string sql);

// Whether `table` has `column` already: a step that adds columns adds each only when missing, since a
// test may replay the steps over kept tables.
bool hasColumn(Connection &c, const std::string &table, const std::string &column);

// The DDL of each step, declared here and defined one file per step.
Migration migration001Initial();
Migration migration002Reports();
Migration migration003JournalOrder();
Migration migration004ReceiptsFd();
Migration migration005Accounts();
Migration migration006WorkplaceCard();
Migration migration007Quarantine();
Migration migration008CatalogSearch();
Migration migration010LegalEntities();
Migration migration011Notifications();
Migration migration012PosTimeZone();
Migration migration013MarkingSecrets();

} // namespace cabinet::db
