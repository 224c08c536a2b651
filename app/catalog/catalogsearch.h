#pragma once

// Word search over the catalog (FTS5 table product_search, migration 012): every word the cashier
// types must begin a word of the name, the article or a barcode; case, ё/е, quotes and punctuation
// do not matter. Best first: names starting with the query as typed (the old prefix search), then
// names holding every word, then matches through the article or a barcode; name order in each.

#include <QList>
#include <QString>

#include "app/core/result.h"

namespace app {

class Database;
struct ProductHit;

// The FTS5 MATCH expression for a typed query: its words as quoted prefix terms, all required
// ("хлеб «Бород 5" -> "хлеб"* "бород"* "5"). Empty when the query has no letter or digit.
QString ftsMatchExpression(const QString &query);

// Indexes every active product in one pass (the CSV import into an empty catalog, which drops the
// triggers while it writes). Same statement as migration 012's.
Result<void> fillSearchIndex(Database &db);

QList<ProductHit> searchProductWords(Database &db, const QString &query, int limit);

} // namespace app
