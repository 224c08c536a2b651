#pragma once

#include "cabinet/db/connection.h"

namespace cabinet::db {

// Creates or upgrades the schema; idempotent and safe to run from several processes at once.
// Throws db::Error when the database belongs to a newer cabinet.
void migrate(Connection &c);

constexpr int kSchemaVersion = 1;

} // namespace cabinet::db
