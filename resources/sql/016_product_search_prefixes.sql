-- Issue 16: word search fast at 1,000,000 products. Migration 012 indexed prefixes of 2 and 3
-- letters only; a longer typed word ("клас", "бородин") made FTS5 merge the whole list of every
-- word beginning with it before the first hit (100,000 rows for "клас" in the benchmark), so a
-- search cost grew with the number of matches. Prefixes of 2 to 8 letters now have their own
-- entries and are read lazily, in product id order, as far as the search needs; a longer word is
-- looked up by its first 8 letters and checked in app/catalog/catalogsearch.cpp. The index grows
-- by about a fifth of its size (the FTS rows only; products are untouched).
-- Same columns and rows as 012; its triggers on products and barcodes name the table, so they
-- keep the rebuilt one in step. 'optimize' leaves one segment instead of the bulk fill's many.
-- min-compatible: 1
DROP TABLE IF EXISTS product_search;
CREATE VIRTUAL TABLE product_search USING fts5(
    name, article, barcodes,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4 5 6 7 8',
    detail = column
);
INSERT INTO product_search(rowid, name, article, barcodes)
    SELECT p.id, p.name_norm, p.article_norm,
           COALESCE((SELECT group_concat(b.code, ' ') FROM barcodes b WHERE b.product_id = p.id), '')
    FROM products p WHERE p.active = 1;
INSERT INTO product_search(product_search) VALUES ('optimize');
