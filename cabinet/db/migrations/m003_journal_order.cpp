// Migration 3: the journal pages newest first with a (time, uuid) tie-break; indexes that end in
// uuid let both backends read a page straight off the index instead of sorting every receipt.

#include "cabinet/db/migration.h"

namespace cabinet::db {

namespace {

void apply(Connection &c)
{
    ddl(c, R"SQL(
CREATE INDEX IF NOT EXISTS receipts_at_uuid ON receipts (organization_id, at, uuid);
CREATE INDEX IF NOT EXISTS receipts_pos_at_uuid ON receipts (organization_id, point_of_sale_id, at, uuid);
CREATE INDEX IF NOT EXISTS cash_documents_at_uuid ON cash_documents (organization_id, at, uuid);
DROP INDEX IF EXISTS receipts_at;
DROP INDEX IF EXISTS receipts_pos_at;
DROP INDEX IF EXISTS cash_documents_at;
)SQL");
}

} // namespace

Migration migration003JournalOrder()
{
    return {3, 1, "journal order indexes", apply};
}

} // namespace cabinet::db
