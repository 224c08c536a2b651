-- The sync outbox and cursor state (sync-protocol §7), and the exactly-once fiscal journal.
-- min-compatible: 1
CREATE TABLE IF NOT EXISTS outbox (
    uuid TEXT PRIMARY KEY,
    type TEXT NOT NULL,                     -- sale, return, correction, cash_in, cash_out, shift
    payload BLOB NOT NULL,                  -- compact JSON
    payload_sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'quarantined'))
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS outbox_due ON outbox(state, next_attempt_at);
CREATE TABLE IF NOT EXISTS sync_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS fiscal_jobs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,                     -- sale, return, correction, cash_in, cash_out, open_shift, x_report, z_report
    document_uuid TEXT,
    state TEXT NOT NULL DEFAULT 'queued'
        CHECK (state IN ('queued', 'sending', 'done', 'failed', 'attention')),
    fd_before INTEGER,
    fd INTEGER,
    fiscal_sign INTEGER,
    error TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS fiscal_jobs_state ON fiscal_jobs(state, id);
CREATE UNIQUE INDEX IF NOT EXISTS fiscal_jobs_document ON fiscal_jobs(kind, document_uuid) WHERE document_uuid IS NOT NULL;
