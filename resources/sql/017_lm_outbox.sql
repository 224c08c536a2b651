-- The legacy permissive-mode path (issue 18): what the shop's local module ЛМ ЧЗ must be told after
-- a receipt with marked goods (/cis/sell) or a return (/cis/return), journaled in the transaction
-- that completes the document and delivered later, retried until the ЛМ acknowledges it, so that a
-- restart or an ЛМ down loses nothing. One row per document and code: never told twice.
-- min-compatible: 1
CREATE TABLE IF NOT EXISTS lm_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    op TEXT NOT NULL CHECK (op IN ('sell', 'return')),
    cis TEXT NOT NULL,                 -- the КИ (the code before its first GS)
    sale_id INTEGER NOT NULL REFERENCES sales(id),
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    delivered_at TEXT,                 -- NULL until the ЛМ answered 2xx
    UNIQUE (op, sale_id, cis)
);
CREATE INDEX IF NOT EXISTS lm_outbox_pending ON lm_outbox(id) WHERE delivered_at IS NULL;
