-- Partial sale of a marked pack (issue 18, reference §4.2: pieces of a pack of cigarettes, tags
-- 1291/1293/1294). Tables of their own, so the migration can run twice without harm (no ALTER TABLE).
-- marking_pack_units: the sold register's remainder of a pack this till sells piece by piece, keyed
-- by the item identity like marking_sold_codes: how many of its units are sold (the most we know of:
-- our own sales, or Честный знак's count when higher at the time of a sale) out of how many. When the
-- last unit goes the pack enters marking_sold_codes as sold (state 1), in the same transaction.
-- marking_line_parts: the part of a pack a sale line sells (1293 numerator, 1294 denominator), and
-- how many units were sold before it as the check saw them, kept with the line so the receipt is
-- rebuilt the same after a crash and the register counts from what the check knew.
-- min-compatible: 1
CREATE TABLE IF NOT EXISTS marking_pack_units (
    identity TEXT PRIMARY KEY,
    units_sold INTEGER NOT NULL CHECK (units_sold >= 0),
    units_total INTEGER NOT NULL CHECK (units_total > 1),
    sale_id INTEGER NOT NULL REFERENCES sales(id),  -- the last sale of a part
    changed_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS marking_line_parts (
    sale_line_id INTEGER PRIMARY KEY REFERENCES sale_lines(id) ON DELETE CASCADE,
    units INTEGER NOT NULL CHECK (units > 0),
    pack_units INTEGER NOT NULL CHECK (pack_units > 1 AND units <= pack_units),
    sold_before INTEGER NOT NULL DEFAULT 0
);
