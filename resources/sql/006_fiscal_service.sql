-- The fiscal service's side of the journal (issue 6): how each job is reconciled with the device
-- (FN FD or a device operational register), what it expected the FN to hold, and how it ended.
-- min-compatible: 1
CREATE TABLE IF NOT EXISTS fiscal_job_details (
    job_id INTEGER PRIMARY KEY REFERENCES fiscal_jobs(id),
    fn_number TEXT NOT NULL DEFAULT '',
    counter_register INTEGER NOT NULL DEFAULT 0,   -- 0: by the FN's last FD; else the 1Bh register
    counter_before INTEGER,                        -- that register just before sending
    expected_type INTEGER NOT NULL DEFAULT 0,      -- FN document type (3 receipt, 31 correction, ...)
    expected_operation INTEGER NOT NULL DEFAULT 0, -- tag 1054, 0 = not compared
    expected_total INTEGER NOT NULL DEFAULT -1,    -- kopecks, -1 = not compared
    attempts INTEGER NOT NULL DEFAULT 0,
    print_incomplete INTEGER NOT NULL DEFAULT 0,   -- fiscalised, but the paper ran out
    resolution TEXT NOT NULL DEFAULT '',           -- sent, recovered, register, resent, ...
    abandoned_at TEXT,                             -- given up: card/SBP payments to reverse
    updated_at TEXT NOT NULL
);
