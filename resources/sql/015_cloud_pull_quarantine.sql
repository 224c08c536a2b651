-- Issue 21 §3: a pulled entity the till cannot apply (text that is not UTF-8, or a row that breaks a
-- till rule) is held here instead of stopping the pull; the cursor moves on and the heartbeat
-- reports what is held (app/cloud/pullquarantine.h). A later version that applies, or a delete from
-- the cabinet, takes it out. `kind`: 'unreadable' (the till kept its previous version; the mirror
-- was not touched) or 'rejected' (the mirror has the refused version, a resync tries it again).
-- min-compatible: 1
CREATE TABLE IF NOT EXISTS cloud_pull_quarantine (
    entity TEXT NOT NULL,
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('unreadable', 'rejected')),
    reason TEXT NOT NULL,
    data TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    PRIMARY KEY (entity, id)
);
