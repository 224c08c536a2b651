// Migration 1: the schema the cabinet shipped with before numbered migrations (protocol §7). A
// database created by that script is recognised as this version (cabinet/db/schema.cpp).

#include "cabinet/db/migration.h"

#include <string>

namespace cabinet::db {

namespace {

// One logical schema (protocol §7). Times are UTC milliseconds (bigint) on both backends; ids are
// uuid on PostgreSQL and text on SQLite; JSON is jsonb / text. Catalog entity ids are text because
// some entities (VAT rates) are keyed by a code, not a uuid.
const char *const kTables = R"SQL(
CREATE TABLE IF NOT EXISTS schema_meta (key text PRIMARY KEY, value text NOT NULL);
INSERT INTO schema_meta (key, value) VALUES ('version', '1') ON CONFLICT (key) DO NOTHING;

CREATE TABLE IF NOT EXISTS organizations (
    id {uuid} PRIMARY KEY,
    name text NOT NULL,
    inn text NOT NULL,
    catalog_version bigint NOT NULL DEFAULT 0,
    catalog_epoch bigint NOT NULL DEFAULT 1,
    document_seq bigint NOT NULL DEFAULT 0,
    created_at bigint NOT NULL);

CREATE TABLE IF NOT EXISTS points_of_sale (
    organization_id {uuid} NOT NULL REFERENCES organizations(id),
    id {uuid} NOT NULL,
    name text NOT NULL,
    address text NOT NULL DEFAULT '',
    created_at bigint NOT NULL,
    PRIMARY KEY (organization_id, id));

CREATE TABLE IF NOT EXISTS workplaces (
    organization_id {uuid} NOT NULL,
    id {uuid} NOT NULL,
    point_of_sale_id {uuid} NOT NULL,
    name text NOT NULL,
    created_at bigint NOT NULL,
    PRIMARY KEY (organization_id, id),
    FOREIGN KEY (organization_id, point_of_sale_id) REFERENCES points_of_sale(organization_id, id));

CREATE TABLE IF NOT EXISTS activation_codes (
    code_sha256 text PRIMARY KEY,
    organization_id {uuid} NOT NULL,
    workplace_id {uuid} NOT NULL,
    created_at bigint NOT NULL,
    expires_at bigint NOT NULL,
    used_at bigint,
    force_reactivation integer NOT NULL DEFAULT 0,
    FOREIGN KEY (organization_id, workplace_id) REFERENCES workplaces(organization_id, id));

CREATE TABLE IF NOT EXISTS activation_failures (
    ip text NOT NULL,
    at bigint NOT NULL);
CREATE INDEX IF NOT EXISTS activation_failures_ip ON activation_failures (ip, at);

CREATE TABLE IF NOT EXISTS devices (
    organization_id {uuid} NOT NULL,
    id {uuid} NOT NULL,
    workplace_id {uuid} NOT NULL,
    token_sha256 text NOT NULL UNIQUE,
    prev_token_sha256 text UNIQUE,
    prev_token_valid_until bigint,
    install_id text NOT NULL DEFAULT '',
    info {json},
    activated_at bigint NOT NULL,
    revoked_at bigint,
    last_seen_at bigint,
    status {json},
    outbox_pending bigint NOT NULL DEFAULT 0,
    must_resync integer NOT NULL DEFAULT 0,
    PRIMARY KEY (organization_id, id),
    FOREIGN KEY (organization_id, workplace_id) REFERENCES workplaces(organization_id, id));
CREATE INDEX IF NOT EXISTS devices_workplace ON devices (organization_id, workplace_id);

{document_keys}

CREATE TABLE IF NOT EXISTS documents (
    organization_id {uuid} NOT NULL,
    server_seq bigint NOT NULL,
    uuid {uuid} NOT NULL,
    type text NOT NULL,
    device_id {uuid} NOT NULL,
    device_seq bigint,
    shift_uuid text,
    employee_id text,
    created_at_device text,
    fiscal {json},
    payload {json} NOT NULL,
    payload_sha256 text NOT NULL,
    received_at bigint NOT NULL,
    fn text,
    fd bigint,
    PRIMARY KEY (organization_id, server_seq));
CREATE INDEX IF NOT EXISTS documents_device_seq ON documents (organization_id, device_id, device_seq);
CREATE INDEX IF NOT EXISTS documents_fn_fd ON documents (organization_id, fn, fd);

CREATE TABLE IF NOT EXISTS document_conflicts (
    organization_id {uuid} NOT NULL,
    uuid {uuid} NOT NULL,
    device_id {uuid} NOT NULL,
    payload_sha256 text NOT NULL,
    payload {json},
    received_at bigint NOT NULL);
CREATE INDEX IF NOT EXISTS document_conflicts_org ON document_conflicts (organization_id, received_at);

CREATE TABLE IF NOT EXISTS catalog_items (
    organization_id {uuid} NOT NULL,
    entity text NOT NULL,
    id text NOT NULL,
    version bigint NOT NULL,
    deleted integer NOT NULL DEFAULT 0,
    data {json},
    PRIMARY KEY (organization_id, entity, id));
CREATE INDEX IF NOT EXISTS catalog_items_version ON catalog_items (organization_id, version);

CREATE TABLE IF NOT EXISTS catalog_changes (
    organization_id {uuid} NOT NULL,
    version bigint NOT NULL,
    entity text NOT NULL,
    entity_id text NOT NULL,
    op text NOT NULL,
    data {json},
    PRIMARY KEY (organization_id, version));
)SQL";

// The idempotency registry (§7): small, keyed by (organization, uuid). On PostgreSQL it is hash
// partitioned by organization so the big documents table is free to be range partitioned later.
const char *const kDocumentKeys = R"SQL(
CREATE TABLE IF NOT EXISTS document_keys (
    organization_id {uuid} NOT NULL,
    uuid {uuid} NOT NULL,
    payload_sha256 text NOT NULL,
    server_seq bigint NOT NULL,
    device_id {uuid} NOT NULL,
    received_at bigint NOT NULL,
    PRIMARY KEY (organization_id, uuid)){partition};
)SQL";

constexpr int kKeyPartitions = 16;

void apply(Connection &c)
{
    const bool pg = c.backend() == Backend::Postgres;
    std::string keys = kDocumentKeys;
    const std::string marker = "{partition}";
    keys.replace(keys.find(marker), marker.size(), pg ? " PARTITION BY HASH (organization_id)" : "");
    if (pg) {
        for (int i = 0; i < kKeyPartitions; ++i)
            keys += "CREATE TABLE IF NOT EXISTS document_keys_p" + std::to_string(i) +
                    " PARTITION OF document_keys FOR VALUES WITH (MODULUS " + std::to_string(kKeyPartitions) +
                    ", REMAINDER " + std::to_string(i) + ");\n";
    }
    std::string s = kTables;
    const std::string slot = "{document_keys}";
    s.replace(s.find(slot), slot.size(), keys);
    ddl(c, s);
}

} // namespace

Migration migration001Initial()
{
    return {1, 1, "initial", apply};
}

} // namespace cabinet::db
