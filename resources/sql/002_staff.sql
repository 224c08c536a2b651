-- Staff: employees with a role and an Argon2id PIN hash, lockout counters, the audit log.
-- min-compatible: 1
CREATE TABLE IF NOT EXISTS employees (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    inn TEXT NOT NULL DEFAULT '',           -- tag 1203, cashier INN (optional)
    role INTEGER NOT NULL CHECK (role BETWEEN 0 AND 4),  -- 0 owner, 1 admin, 2 manager, 3 cashier, 4 guest
    pin_hash TEXT NOT NULL DEFAULT '',      -- crypto_pwhash_str (Argon2id, salted), never the PIN
    active INTEGER NOT NULL DEFAULT 1,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,                      -- UTC ISO; NULL when not locked
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    employee_id INTEGER,                    -- NULL for the system itself
    action TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log(at);
