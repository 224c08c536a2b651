// Migration 5: owner accounts (issue 14 §3). Users belong to one organisation with one role and
// optionally a list of points of sale; sessions, e-mailed one-time tokens and login failures are
// stored only as SHA-256 of their secrets; the audit log records who changed what.

#include "cabinet/db/migration.h"

namespace cabinet::db {

namespace {

const char *const kAccounts = R"SQL(
CREATE TABLE IF NOT EXISTS users (
    id {uuid} PRIMARY KEY,
    organization_id {uuid} NOT NULL REFERENCES organizations(id),
    email text NOT NULL UNIQUE,
    name text NOT NULL DEFAULT '',
    password_hash text NOT NULL DEFAULT '',
    role text NOT NULL,
    all_points_of_sale integer NOT NULL DEFAULT 1,
    confirmed integer NOT NULL DEFAULT 0,
    created_at bigint NOT NULL);
CREATE INDEX IF NOT EXISTS users_org ON users (organization_id);

CREATE TABLE IF NOT EXISTS user_points_of_sale (
    user_id {uuid} NOT NULL REFERENCES users(id),
    organization_id {uuid} NOT NULL,
    point_of_sale_id {uuid} NOT NULL,
    PRIMARY KEY (user_id, point_of_sale_id),
    FOREIGN KEY (organization_id, point_of_sale_id) REFERENCES points_of_sale(organization_id, id));

CREATE TABLE IF NOT EXISTS owner_sessions (
    token_hash text PRIMARY KEY,
    user_id {uuid} NOT NULL REFERENCES users(id),
    csrf_token text NOT NULL,
    created_at bigint NOT NULL,
    expires_at bigint NOT NULL);
CREATE INDEX IF NOT EXISTS owner_sessions_user ON owner_sessions (user_id);

CREATE TABLE IF NOT EXISTS auth_tokens (
    token_hash text PRIMARY KEY,
    user_id {uuid} NOT NULL REFERENCES users(id),
    purpose text NOT NULL,
    expires_at bigint NOT NULL,
    used_at bigint);

CREATE TABLE IF NOT EXISTS login_failures (
    key text NOT NULL,
    at bigint NOT NULL);
CREATE INDEX IF NOT EXISTS login_failures_key ON login_failures (key, at);

CREATE TABLE IF NOT EXISTS audit_log (
    organization_id {uuid} NOT NULL,
    at bigint NOT NULL,
    user_id {uuid},
    action text NOT NULL,
    entity_id text NOT NULL DEFAULT '',
    detail {json});
CREATE INDEX IF NOT EXISTS audit_log_org ON audit_log (organization_id, at);
)SQL";

} // namespace

Migration migration005Accounts()
{
    return {5, 1, "owner accounts", [](Connection &c) { ddl(c, kAccounts); }};
}

} // namespace cabinet::db
