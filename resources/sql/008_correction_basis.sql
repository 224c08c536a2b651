-- FFD 1.2 correction receipts (issue 6): the basis description (tag 1177) of a correction document.
-- Tags 1173 (type), 1178 (date) and 1179 (order number) live on sales already. A table of its own,
-- so the migration can run twice without harm (no ALTER TABLE).
-- min-compatible: 1
CREATE TABLE IF NOT EXISTS correction_basis (
    sale_id INTEGER PRIMARY KEY REFERENCES sales(id),
    description TEXT NOT NULL DEFAULT ''
);
