-- Word search over the catalog (issue 16): an FTS5 index of every active product's normalised
-- name (lower case, ё→е), article and barcodes, one row per product (rowid = products.id).
-- The unicode61 tokenizer splits on anything that is not a letter or a digit, so quotes, dashes
-- and commas never stand between a cashier and a word. Triggers keep it in step with whoever writes
-- products (today only ProductStore, used by the catalog service, the CSV import and the cloud
-- pull), so no writer has to remember the index. Inactive products are left out.
-- detail=column: the search asks for words, never phrases; positions would only cost space.
-- min-compatible: 1
CREATE VIRTUAL TABLE IF NOT EXISTS product_search USING fts5(
    name, article, barcodes,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3',
    detail = column
);
INSERT INTO product_search(rowid, name, article, barcodes)
    SELECT p.id, p.name_norm, p.article_norm,
           COALESCE((SELECT group_concat(b.code, ' ') FROM barcodes b WHERE b.product_id = p.id), '')
    FROM products p WHERE p.active = 1;
CREATE TRIGGER IF NOT EXISTS product_search_insert AFTER INSERT ON products WHEN new.active = 1
BEGIN
    INSERT INTO product_search(rowid, name, article, barcodes) VALUES (new.id, new.name_norm,
        new.article_norm,
        COALESCE((SELECT group_concat(code, ' ') FROM barcodes WHERE product_id = new.id), ''));
END;
CREATE TRIGGER IF NOT EXISTS product_search_update AFTER UPDATE OF name_norm, article_norm, active
    ON products
BEGIN
    DELETE FROM product_search WHERE rowid = old.id;
    INSERT INTO product_search(rowid, name, article, barcodes)
        SELECT new.id, new.name_norm, new.article_norm,
               COALESCE((SELECT group_concat(code, ' ') FROM barcodes WHERE product_id = new.id), '')
        WHERE new.active = 1;
END;
CREATE TRIGGER IF NOT EXISTS product_search_delete AFTER DELETE ON products
BEGIN
    DELETE FROM product_search WHERE rowid = old.id;
END;
CREATE TRIGGER IF NOT EXISTS product_search_barcode_insert AFTER INSERT ON barcodes
BEGIN
    UPDATE product_search
        SET barcodes = COALESCE((SELECT group_concat(code, ' ') FROM barcodes WHERE product_id = new.product_id), '')
        WHERE rowid = new.product_id;
END;
CREATE TRIGGER IF NOT EXISTS product_search_barcode_delete AFTER DELETE ON barcodes
BEGIN
    UPDATE product_search
        SET barcodes = COALESCE((SELECT group_concat(code, ' ') FROM barcodes WHERE product_id = old.product_id), '')
        WHERE rowid = old.product_id;
END;
CREATE TRIGGER IF NOT EXISTS product_search_barcode_update AFTER UPDATE ON barcodes
BEGIN
    UPDATE product_search
        SET barcodes = COALESCE((SELECT group_concat(code, ' ') FROM barcodes WHERE product_id = old.product_id), '')
        WHERE rowid = old.product_id;
    UPDATE product_search
        SET barcodes = COALESCE((SELECT group_concat(code, ' ') FROM barcodes WHERE product_id = new.product_id), '')
        WHERE rowid = new.product_id;
END;
