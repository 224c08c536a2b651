#pragma once

#include "cabinet/db/migration.h"

namespace cabinet::db {

struct SchemaState
{
    int version = 0;       // 0: an empty database
    int minCompatible = 0; // the oldest cabinet that may open it
    bool legacy = false;   // made by the pre-migration script: no schema_version table yet
};

// Creates or upgrades the schema; safe to run from several processes at once. A database created
// by the pre-migration script (schema_meta only) is recognised as version 1. Throws db::Error when
// the database was written by a newer cabinet that declared this one incompatible.
// `target` (0 = latest) and `migrations` let tests build old databases and try extra steps.
void migrate(Connection &c, int target = 0);
void migrate(Connection &c, const std::vector<Migration> &migrations, int target = 0);

SchemaState schemaState(Connection &c);
int latestSchemaVersion();

} // namespace cabinet::db
