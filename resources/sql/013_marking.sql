-- Marked goods under the permissive mode (issue 18).
-- marking_sold_codes: the till's own register of codes it sold and did not take back, keyed by the
-- item identity (01+GTIN+21+serial; a tobacco pack: GTIN + serial). Consulted before any network
-- check: Честный знак learns of a sale only after the ОФД passes the receipt on. Written in the
-- transaction that completes the sale (state 1) or its return (state 0), never anywhere else.
-- marking_line_checks: what the permissive check said about a line's code when it was scanned,
-- kept with the line so the receipt (tag 1260) is rebuilt identically after a crash.
-- marking_gtin_groups: the product group (ЧЗ groupIds) of a GTIN, learnt from earlier answers, so
-- a timeout can still apply the group's policy. marking_group_policy: the per-group switches.
-- min-compatible: 1
CREATE TABLE IF NOT EXISTS marking_sold_codes (
    identity TEXT PRIMARY KEY,
    code TEXT NOT NULL,                       -- as scanned, GS included
    state INTEGER NOT NULL CHECK (state IN (0, 1)),  -- 1 sold, 0 taken back by a return
    sale_id INTEGER NOT NULL REFERENCES sales(id),
    return_id INTEGER REFERENCES sales(id),
    changed_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS marking_line_checks (
    sale_line_id INTEGER PRIMARY KEY REFERENCES sale_lines(id) ON DELETE CASCADE,
    outcome INTEGER NOT NULL CHECK (outcome IN (1, 2)),  -- 1 checked and allowed, 2 sold without a check
    tag1265 TEXT NOT NULL DEFAULT '',          -- empty: no 1260 (no answer, no tag)
    note TEXT NOT NULL DEFAULT ''              -- the badge or the reason, for the journal
);
CREATE TABLE IF NOT EXISTS marking_gtin_groups (
    gtin TEXT PRIMARY KEY,
    group_id INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS marking_group_policy (
    group_id INTEGER PRIMARY KEY,
    strict_offline INTEGER NOT NULL DEFAULT 0  -- 1: no answer in time means a refusal
);
