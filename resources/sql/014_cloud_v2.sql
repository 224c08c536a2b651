-- Sync payload v2 (issue 14 §1, cabinet/PROTOCOL.md "Payload v2"): a sold line names the cabinet's
-- product only when the product came from the cabinet (its uuid is the cabinet's id). Products made
-- on the till itself, and lines at a free price, have no cabinet id. A table of its own, so the
-- migration can run twice without harm; the row outlives a delete in the cabinet (the product stays,
-- inactive, and returns of its sales still name it).
-- min-compatible: 1
CREATE TABLE IF NOT EXISTS cloud_products (
    product_id INTEGER PRIMARY KEY REFERENCES products(id) ON DELETE CASCADE
);
INSERT OR IGNORE INTO cloud_products(product_id)
    SELECT p.id FROM products p JOIN cloud_items c ON c.entity = 'product' AND c.id = p.uuid;
