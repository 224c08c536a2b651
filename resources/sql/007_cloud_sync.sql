-- Cloud sync client (issue 9): push bookkeeping, quarantine, the mirror of what the cabinet sent and
-- the staging area of a full resync. The cursor itself lives in sync_state (005).
-- min-compatible: 1
CREATE TABLE IF NOT EXISTS cloud_outbox_meta (
    uuid TEXT PRIMARY KEY,                  -- outbox.uuid; dropped with the row once delivered
    device_seq INTEGER NOT NULL UNIQUE,     -- per-device counter, given once before the first send
    first_sent_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS cloud_quarantine (
    uuid TEXT PRIMARY KEY,                  -- outbox.uuid, that row has state 'quarantined'
    status TEXT NOT NULL,                   -- rejected, conflict, too_large
    code TEXT NOT NULL,                     -- the server's error code
    message TEXT NOT NULL,                  -- the server's message, as sent
    server_seq INTEGER,
    at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS cloud_items (
    entity TEXT NOT NULL,                   -- product, category, employee, ... as the server names it
    id TEXT NOT NULL,                       -- the server's id
    version INTEGER NOT NULL,
    local_id INTEGER,                       -- the row it became locally, where ids differ (categories)
    data TEXT NOT NULL,                     -- compact JSON as received
    PRIMARY KEY (entity, id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS cloud_snapshot (
    entity TEXT NOT NULL,
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (entity, id)
) WITHOUT ROWID;
