-- Sales, lines, payments, shifts and cash documents.
-- min-compatible: 1
CREATE TABLE IF NOT EXISTS shifts (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    number INTEGER NOT NULL,
    workplace_id INTEGER NOT NULL DEFAULT 0,  -- 0: this till's only workplace
    opened_by INTEGER NOT NULL REFERENCES employees(id),
    closed_by INTEGER REFERENCES employees(id),
    opened_at TEXT NOT NULL,
    closed_at TEXT,
    fiscal_shift_number INTEGER
);
CREATE UNIQUE INDEX IF NOT EXISTS shifts_one_open ON shifts(workplace_id) WHERE closed_at IS NULL;
CREATE TABLE IF NOT EXISTS sales (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    number INTEGER,                         -- given on completion, per shift
    kind INTEGER NOT NULL DEFAULT 0,        -- 0 sale, 1 return, 2 correction
    calc_sign INTEGER NOT NULL DEFAULT 1,   -- tag 1054
    status INTEGER NOT NULL DEFAULT 0,      -- 0 created, 1 in progress, 2 completed, 3 cancelled
    parked INTEGER NOT NULL DEFAULT 0,
    shift_id INTEGER REFERENCES shifts(id),
    cashier_id INTEGER NOT NULL REFERENCES employees(id),
    original_sale_id INTEGER REFERENCES sales(id),
    receipt_discount INTEGER NOT NULL DEFAULT 0 CHECK (receipt_discount >= 0),
    total INTEGER NOT NULL DEFAULT 0,
    comment TEXT NOT NULL DEFAULT '',
    buyer_contact TEXT NOT NULL DEFAULT '',  -- tag 1008, phone or e-mail
    correction_type INTEGER,                -- tag 1173: 0 self, 1 by order
    correction_date TEXT,                   -- tag 1178
    correction_order TEXT,                  -- tag 1179
    fn TEXT, fd INTEGER, fiscal_sign INTEGER, fiscal_shift INTEGER, fiscal_receipt INTEGER, fiscal_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    completed_at TEXT
);
CREATE INDEX IF NOT EXISTS sales_shift ON sales(shift_id, status);
CREATE INDEX IF NOT EXISTS sales_open ON sales(status) WHERE status IN (0, 1);
CREATE INDEX IF NOT EXISTS sales_original ON sales(original_sale_id) WHERE original_sale_id IS NOT NULL;
CREATE TABLE IF NOT EXISTS sale_lines (
    id INTEGER PRIMARY KEY,
    sale_id INTEGER NOT NULL REFERENCES sales(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    product_id INTEGER REFERENCES products(id) ON DELETE SET NULL,
    original_line_id INTEGER REFERENCES sale_lines(id),
    name TEXT NOT NULL,
    price INTEGER NOT NULL CHECK (price >= 0),
    quantity INTEGER NOT NULL CHECK (quantity > 0),  -- thousandths
    unit_code INTEGER NOT NULL,
    vat_code INTEGER NOT NULL,
    subject INTEGER NOT NULL,               -- tag 1212
    payment_method INTEGER NOT NULL DEFAULT 4,  -- tag 1214
    marking_code TEXT NOT NULL DEFAULT '',
    item_discount INTEGER NOT NULL DEFAULT 0 CHECK (item_discount >= 0),
    receipt_discount_share INTEGER NOT NULL DEFAULT 0,
    total INTEGER NOT NULL DEFAULT 0 CHECK (total >= 0),
    vat_amount INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS sale_lines_sale ON sale_lines(sale_id);
CREATE INDEX IF NOT EXISTS sale_lines_original ON sale_lines(original_line_id) WHERE original_line_id IS NOT NULL;
CREATE TABLE IF NOT EXISTS payments (
    id INTEGER PRIMARY KEY,
    sale_id INTEGER NOT NULL REFERENCES sales(id) ON DELETE CASCADE,
    type INTEGER NOT NULL,                  -- 0 cash, 1 card, 2 SBP
    amount INTEGER NOT NULL CHECK (amount > 0),  -- what the document counts
    tendered INTEGER NOT NULL DEFAULT 0,    -- cash handed over
    change INTEGER NOT NULL DEFAULT 0,
    reference TEXT NOT NULL DEFAULT ''      -- RRN / SBP operation id
);
CREATE INDEX IF NOT EXISTS payments_sale ON payments(sale_id);
CREATE TABLE IF NOT EXISTS cash_documents (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    shift_id INTEGER NOT NULL REFERENCES shifts(id),
    kind INTEGER NOT NULL,                  -- 0 cash in, 1 cash out
    amount INTEGER NOT NULL CHECK (amount > 0),
    reason TEXT NOT NULL,
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cash_documents_shift ON cash_documents(shift_id);
