// Migration 7 (issue 21): the quarantine of rejected documents (§2; cabinet/store/quarantine.h), one
// row per device and document (its uuid, or the SHA-256 of its body when it has no valid uuid) with
// the reason, the body as sent cut to 16 KiB and how many times it came; and the code prefix of each
// failed activation, so guesses are limited per prefix and in total as well as per address (§5).
// Idempotent: tables and indexes IF NOT EXISTS, the column only when missing.

#include "cabinet/db/migration.h"

namespace cabinet::db {

Migration migration007Quarantine()
{
    return {7, 1, "quarantine of rejected documents; activation failures by code prefix", [](Connection &c) {
                ddl(c, R"SQL(
CREATE TABLE IF NOT EXISTS rejected_documents (
    id {uuid} PRIMARY KEY,
    organization_id {uuid} NOT NULL,
    point_of_sale_id {uuid},
    workplace_id {uuid},
    device_id {uuid} NOT NULL,
    doc_key text NOT NULL,
    uuid text NOT NULL DEFAULT '',
    kind text NOT NULL DEFAULT '',
    reason_code text NOT NULL,
    reason text NOT NULL,
    detail text NOT NULL DEFAULT '',
    body text NOT NULL,
    body_bytes bigint NOT NULL,
    first_received_at bigint NOT NULL,
    last_received_at bigint NOT NULL,
    times bigint NOT NULL DEFAULT 1,
    UNIQUE (organization_id, device_id, doc_key));
CREATE INDEX IF NOT EXISTS rejected_documents_org ON rejected_documents (organization_id, last_received_at);
)SQL");
                if (!hasColumn(c, "activation_failures", "code_prefix"))
                    ddl(c, "ALTER TABLE activation_failures ADD COLUMN code_prefix text NOT NULL DEFAULT ''");
                ddl(c, "CREATE INDEX IF NOT EXISTS activation_failures_prefix ON activation_failures "
                       "(code_prefix, at);"
                       "CREATE INDEX IF NOT EXISTS activation_failures_at ON activation_failures (at)");
            }};
}

} // namespace cabinet::db
