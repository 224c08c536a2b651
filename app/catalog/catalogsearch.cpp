#include "app/catalog/catalogsearch.h"

#include <QSet>

#include "app/catalog/catalogservice.h"
#include "app/storage/database.h"

namespace app {
namespace {

// Words past this many add nothing a cashier needs and only slow the query down.
constexpr int MaxWords = 8;
// A word tier reads at most this many matches (in product id order) before sorting them by name.
// A query matching more is too broad to sort usefully (`дом` at 1M products); the name-prefix tier
// still comes first and in full name order, and one more letter narrows it. Keeps p99 bounded.
constexpr int TierCandidates = 300;

void readHits(QSqlQuery &q, int limit, QList<ProductHit> &out, QSet<std::int64_t> &seen)
{
    while (out.size() < limit && q.next()) {
        const std::int64_t id = q.value(0).toLongLong();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        out.append({id, q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    }
    q.finish();
}

// Products matching `match` (an FTS5 expression), name order, skipping those already listed.
void wordTier(Database &db, const QString &match, int limit, QList<ProductHit> &out, QSet<std::int64_t> &seen)
{
    QSqlQuery &q = db.cached(
        QStringLiteral("SELECT p.id, p.name, p.article, p.price FROM"
                       " (SELECT rowid AS id FROM product_search WHERE product_search MATCH ? LIMIT ?) m"
                       " JOIN products p ON p.id = m.id WHERE p.active = 1 ORDER BY p.name_norm LIMIT ?"));
    q.bindValue(0, match);
    q.bindValue(1, TierCandidates);
    q.bindValue(2, limit + int(seen.size()));
    if (q.exec())
        readHits(q, limit, out, seen);
}

} // namespace

QString ftsMatchExpression(const QString &query)
{
    // Split where the unicode61 tokenizer splits: at anything that is not a letter or a digit.
    // A one-character word must be a whole word ("1,5" -> "1" "5"): as a prefix it would read
    // the postings of every word with that first letter.
    const QString text = normaliseForSearch(query);
    QStringList terms;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty() && terms.size() < MaxWords)
            terms << QLatin1Char('"') + word +
                         (word.size() > 1 ? QStringLiteral("\"*") : QStringLiteral("\""));
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

Result<void> fillSearchIndex(Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "INSERT INTO product_search(rowid, name, article, barcodes)"
        " SELECT p.id, p.name_norm, p.article_norm,"
        "  COALESCE((SELECT group_concat(b.code, ' ') FROM barcodes b WHERE b.product_id = p.id), '')"
        " FROM products p WHERE p.active = 1 AND p.id NOT IN (SELECT rowid FROM product_search)"));
    if (!q.exec())
        return fiscal::Unexpected<Error>{Database::storageError(q)};
    return {};
}

QList<ProductHit> searchProductWords(Database &db, const QString &query, int limit)
{
    QList<ProductHit> out;
    QSet<std::int64_t> seen;
    const QString key = normaliseForSearch(query);
    if (key.isEmpty() || limit <= 0)
        return out;
    // Tier 0: the name starts with the query as typed (an index range scan).
    QSqlQuery &q = db.cached(QStringLiteral("SELECT id, name, article, price FROM products"
                                            " WHERE name_norm >= ? AND name_norm < ? AND active = 1"
                                            " ORDER BY name_norm LIMIT ?"));
    q.bindValue(0, key);
    q.bindValue(1, prefixUpperBound(key));
    q.bindValue(2, limit);
    if (q.exec())
        readHits(q, limit, out, seen);
    const QString terms = ftsMatchExpression(query);
    if (terms.isEmpty())
        return out;
    // Tier 1: every word begins a word of the name. Tier 2: of the name, article or barcodes.
    if (out.size() < limit)
        wordTier(db, QStringLiteral("{name} : (") + terms + QLatin1Char(')'), limit, out, seen);
    if (out.size() < limit)
        wordTier(db, terms, limit, out, seen);
    return out;
}

} // namespace app
