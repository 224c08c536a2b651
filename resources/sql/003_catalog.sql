-- Catalog: units (tag 2108), VAT rates as data (tag 1199), categories, products, barcodes,
-- payment methods per role. Codes 1/3 (20%) end where codes 11/12 (22%) begin: 05.01.2026,
-- the date of FNS order ED-7-20/1050@; a sale is refused if its rate is not valid that day.
-- min-compatible: 1
CREATE TABLE IF NOT EXISTS units (
    code INTEGER PRIMARY KEY,               -- tag 2108 measure code
    name TEXT NOT NULL,
    short_name TEXT NOT NULL,
    fractional INTEGER NOT NULL DEFAULT 0   -- may be sold in thousandths (kg, m, l)
);
INSERT OR IGNORE INTO units(code, name, short_name, fractional) VALUES
    (0, 'piece', 'pcs', 0), (10, 'gram', 'g', 0), (11, 'kilogram', 'kg', 1), (12, 'tonne', 't', 1),
    (20, 'centimetre', 'cm', 0), (21, 'decimetre', 'dm', 0), (22, 'metre', 'm', 1),
    (30, 'square centimetre', 'cm2', 0), (31, 'square decimetre', 'dm2', 0), (32, 'square metre', 'm2', 1),
    (40, 'millilitre', 'ml', 0), (41, 'litre', 'l', 1), (42, 'cubic metre', 'm3', 1),
    (50, 'kilowatt hour', 'kWh', 1), (51, 'gigacalorie', 'Gcal', 1), (70, 'day', 'day', 0),
    (71, 'hour', 'h', 0), (72, 'minute', 'min', 0), (73, 'second', 's', 0), (80, 'kilobyte', 'KB', 0),
    (81, 'megabyte', 'MB', 0), (82, 'gigabyte', 'GB', 0), (83, 'terabyte', 'TB', 0), (255, 'other', 'other', 1);
CREATE TABLE IF NOT EXISTS vat_rates (
    id INTEGER PRIMARY KEY,
    code INTEGER NOT NULL CHECK (code BETWEEN 1 AND 12),  -- tag 1199
    name TEXT NOT NULL,
    percent INTEGER,                        -- 20, 10, 0, 5, 7, 22; NULL for "no VAT"
    calculated INTEGER NOT NULL DEFAULT 0,  -- 20/120-style (prepayments); same amount formula
    valid_from TEXT NOT NULL,               -- ISO date, inclusive
    valid_to TEXT,                          -- ISO date, exclusive; NULL = open
    UNIQUE (code, valid_from)
);
INSERT OR IGNORE INTO vat_rates(code, name, percent, calculated, valid_from, valid_to) VALUES
    (1, '20%', 20, 0, '2019-01-01', '2026-01-05'),
    (2, '10%', 10, 0, '2000-01-01', NULL),
    (3, '20/120', 20, 1, '2019-01-01', '2026-01-05'),
    (4, '10/110', 10, 1, '2000-01-01', NULL),
    (5, '0%', 0, 0, '2000-01-01', NULL),
    (6, 'no VAT', NULL, 0, '2000-01-01', NULL),
    (7, '5%', 5, 0, '2025-01-01', NULL),
    (8, '7%', 7, 0, '2025-01-01', NULL),
    (9, '5/105', 5, 1, '2025-01-01', NULL),
    (10, '7/107', 7, 1, '2025-01-01', NULL),
    (11, '22%', 22, 0, '2026-01-05', '2031-09-01'),
    (12, '22/122', 22, 1, '2026-01-05', '2031-09-01');
CREATE TABLE IF NOT EXISTS categories (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES categories(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    UNIQUE (parent_id, name)
);
CREATE TABLE IF NOT EXISTS products (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 128),
    name_norm TEXT NOT NULL,                -- lower case, ё→е, single spaces: prefix search key
    description TEXT NOT NULL DEFAULT '',
    price INTEGER NOT NULL CHECK (price >= 0),  -- kopecks
    unit_code INTEGER NOT NULL REFERENCES units(code),
    vat_code INTEGER NOT NULL CHECK (vat_code BETWEEN 1 AND 12),
    category_id INTEGER REFERENCES categories(id) ON DELETE SET NULL,
    subject INTEGER NOT NULL DEFAULT 1,     -- tag 1212
    country TEXT NOT NULL DEFAULT '',       -- OKSM numeric code, e.g. 643
    article TEXT NOT NULL DEFAULT '',
    article_norm TEXT NOT NULL DEFAULT '',
    marked INTEGER NOT NULL DEFAULT 0,
    marking_type INTEGER NOT NULL DEFAULT 0, -- 0 none, 1 milk, 2 water, 3 beer, 4 tobacco, 5 shoes, ...
    weighted INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS products_name_norm ON products(name_norm);
CREATE INDEX IF NOT EXISTS products_article_norm ON products(article_norm) WHERE article_norm <> '';
CREATE INDEX IF NOT EXISTS products_category ON products(category_id);
CREATE TABLE IF NOT EXISTS barcodes (
    code TEXT PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS barcodes_product ON barcodes(product_id);
CREATE TABLE IF NOT EXISTS role_payment_methods (
    role INTEGER NOT NULL,
    method INTEGER NOT NULL,                -- 0 cash, 1 card, 2 SBP
    PRIMARY KEY (role, method)
) WITHOUT ROWID;
INSERT OR IGNORE INTO role_payment_methods(role, method) VALUES
    (0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2), (2, 0), (2, 1), (2, 2), (3, 0), (3, 1), (3, 2);
