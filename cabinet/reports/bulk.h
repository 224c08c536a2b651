#pragma once

// Inserts many rows with one statement shape on both backends: row by row through one cached
// prepared statement on SQLite (in-process, cheap), one unnest() statement on PostgreSQL (one round
// trip instead of one per row).

#include "cabinet/db/connection.h"

#include <string>
#include <vector>

namespace cabinet::reports {

struct Column
{
    const char *name;
    const char *pgType; // the array element type: uuid, text, bigint, integer
};

// `tail` follows the VALUES/SELECT (an ON CONFLICT clause, or empty). Clears nothing.
void insertRows(db::Connection &c, const std::string &table, const std::vector<Column> &columns,
                const std::vector<db::Params> &rows, const std::string &tail);

} // namespace cabinet::reports
