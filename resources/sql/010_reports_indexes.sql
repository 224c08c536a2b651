-- The till's reports (issue 17). Covering indexes, so a year's dashboard and product report read
-- indexes alone: completed documents by time, the lines of a document, the payments of a document.
-- Lines at a free price (no product) get a small partial index of their own.
-- min-compatible: 1
CREATE INDEX IF NOT EXISTS sales_completed
    ON sales(status, completed_at, kind, calc_sign, total, shift_id, cashier_id);
CREATE INDEX IF NOT EXISTS sale_lines_report
    ON sale_lines(sale_id, product_id, vat_code, quantity, total, vat_amount);
CREATE INDEX IF NOT EXISTS sale_lines_free ON sale_lines(sale_id, name) WHERE product_id IS NULL;
CREATE INDEX IF NOT EXISTS payments_report ON payments(sale_id, type, amount);
