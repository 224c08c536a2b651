-- Organisation: the legal entity, its points of sale and workplaces, receipt texts, settings.
-- min-compatible: 1
CREATE TABLE IF NOT EXISTS legal_entity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    inn TEXT NOT NULL,
    tax_system INTEGER NOT NULL,            -- tag 1055 bit: 1 OSN, 2 USN income, 4 USN inc-exp, 16 ESHN, 32 PSN
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS points_of_sale (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    address TEXT NOT NULL,                  -- tag 1009
    place TEXT NOT NULL,                    -- tag 1187, place of settlement
    receipt_store_name TEXT NOT NULL DEFAULT '' CHECK (length(receipt_store_name) <= 102),
    receipt_address TEXT NOT NULL DEFAULT '' CHECK (length(receipt_address) <= 68),
    receipt_phone TEXT NOT NULL DEFAULT '' CHECK (length(receipt_phone) <= 34),
    receipt_footer TEXT NOT NULL DEFAULT '' CHECK (length(receipt_footer) <= 340)
);
CREATE TABLE IF NOT EXISTS workplaces (
    id INTEGER PRIMARY KEY,
    point_of_sale_id INTEGER NOT NULL REFERENCES points_of_sale(id),
    name TEXT NOT NULL,
    number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 99),
    type INTEGER NOT NULL CHECK (type IN (0, 1, 2)),  -- 0 stationary, 1 mobile, 2 automat
    UNIQUE (point_of_sale_id, number)
);
CREATE TABLE IF NOT EXISTS settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
