#include "app/catalog/catalogsearch.h"

#include <QSet>

#include <algorithm>

#include "app/catalog/catalogservice.h"
#include "app/storage/database.h"

namespace app {
namespace {

// Words past this many add nothing a cashier needs and only slow the query down.
constexpr int MaxWords = 8;
// The longest prefix the index holds on its own (migration 016: prefix = '2 3 4 5 6 7 8'). A longer
// word would make FTS5 merge the lists of every word it begins, so it is looked up by this many
// letters and the rest is checked here.
constexpr int IndexedPrefix = 8;
// A word tier reads at most this many matches (in product id order) before sorting them by name:
// the cost stays that of one page of hits however many products match (`дом` at 1M products).
// What a cashier expects first never depends on this cap: names starting with the query and names
// holding the typed words whole are tiers of their own, read before it.
constexpr int TierCandidates = 300;

// The words as the unicode61 tokenizer splits them: at anything that is not a letter or a digit.
QStringList searchWords(const QString &query)
{
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty() && words.size() < MaxWords)
            words << word;
        word.clear();
    };
    for (const QChar c : normaliseForSearch(query)) {
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    return words;
}

// Lower case without diacritics, as the tokenizer's remove_diacritics folds (й -> и), so that the
// check of a long word agrees with the index.
QString fold(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    return out.toLower();
}

// Whether every long word begins a word of `text`: the index only checked their first letters.
bool holdsLongWords(const QString &text, const QStringList &longWords)
{
    const QStringList words = searchWords(fold(text));
    for (const QString &wanted : longWords) {
        if (std::none_of(words.cbegin(), words.cend(),
                         [&](const QString &w) { return w.startsWith(wanted); }))
            return false;
    }
    return true;
}

enum class Form { WholeWords, Prefixes };

QString expression(const QStringList &words, Form form)
{
    QStringList terms;
    for (const QString &w : words) {
        // A one-letter word stays whole: as a prefix it would read every word with that letter.
        const bool prefix = form == Form::Prefixes && w.size() > 1;
        terms << QLatin1Char('"') + (prefix ? w.left(IndexedPrefix) : w) +
                     (prefix ? QStringLiteral("\"*") : QStringLiteral("\""));
    }
    return terms.join(QLatin1Char(' '));
}

struct Tier
{
    QString match;         // FTS5 expression
    QStringList longWords; // folded words longer than IndexedPrefix, checked on each candidate
    bool nameOnly = false;
    QString exact; // with the long words whole: when the check leaves the page short (digits)
};

// The first TierCandidates products matching `match`, name order, those already listed skipped.
// False when candidates failed the long-word check and more may lie past the cap.
bool readTier(Database &db, const QString &match, const Tier &tier, bool check, int limit,
              QList<ProductHit> &out, QSet<std::int64_t> &seen)
{
    // The stored texts are read only when a long word needs checking.
    QSqlQuery &q = db.cached(
        check ? QStringLiteral("SELECT p.id, p.name, p.article, p.price, m.name, m.article, m.barcodes FROM"
                               " (SELECT rowid AS id, name, article, barcodes FROM product_search"
                               "  WHERE product_search MATCH ? LIMIT ?) m"
                               " JOIN products p ON p.id = m.id WHERE p.active = 1 ORDER BY p.name_norm")
              : QStringLiteral(
                    "SELECT p.id, p.name, p.article, p.price FROM"
                    " (SELECT rowid AS id FROM product_search WHERE product_search MATCH ? LIMIT ?) m"
                    " JOIN products p ON p.id = m.id WHERE p.active = 1 ORDER BY p.name_norm"));
    q.bindValue(0, tier.nameOnly ? QStringLiteral("{name} : (") + match + QLatin1Char(')') : match);
    q.bindValue(1, TierCandidates);
    if (!q.exec())
        return true;
    int rows = 0;
    bool rejected = false;
    while (out.size() < limit && q.next()) {
        ++rows;
        const std::int64_t id = q.value(0).toLongLong();
        if (seen.contains(id))
            continue;
        if (check) {
            const QString text =
                tier.nameOnly
                    ? q.value(4).toString()
                    : QStringList{q.value(4).toString(), q.value(5).toString(), q.value(6).toString()}.join(
                          QLatin1Char(' '));
            if (!holdsLongWords(text, tier.longWords)) {
                rejected = true;
                continue;
            }
        }
        seen.insert(id);
        out.append({id, q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    }
    q.finish();
    return !(rejected && rows >= TierCandidates && out.size() < limit);
}

void wordTier(Database &db, const Tier &tier, int limit, QList<ProductHit> &out, QSet<std::int64_t> &seen)
{
    if (tier.longWords.isEmpty()) {
        readTier(db, tier.match, tier, false, limit, out, seen);
        return;
    }
    // When the first 8 letters were not selective enough, the long words are asked for whole: that
    // costs as many reads as products having a word that begins with them, few for a long word.
    // Digits go there at once: barcodes share their first 8 by the thousand, each its own word.
    const bool digits = std::any_of(tier.longWords.cbegin(), tier.longWords.cend(), [](const QString &w) {
        return std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); });
    });
    if (digits || !readTier(db, tier.match, tier, true, limit, out, seen))
        readTier(db, tier.exact, tier, false, limit, out, seen);
}

} // namespace

QString ftsMatchExpression(const QString &query)
{
    QStringList terms;
    for (const QString &w : searchWords(query))
        terms << QLatin1Char('"') + w + (w.size() > 1 ? QStringLiteral("\"*") : QStringLiteral("\""));
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
        return app::Unexpected<Error>{Database::storageError(q)};
    // One segment instead of the many a bulk fill leaves: every later query reads one b-tree.
    QSqlQuery optimize =
        db.prepare(QStringLiteral("INSERT INTO product_search(product_search) VALUES ('optimize')"));
    if (!optimize.exec())
        return app::Unexpected<Error>{Database::storageError(optimize)};
    return {};
}

QList<ProductHit> searchProductWords(Database &db, const QString &query, int limit)
{
    QList<ProductHit> out;
    QSet<std::int64_t> seen;
    const QString key = normaliseForSearch(query);
    if (key.isEmpty() || limit <= 0)
        return out;
    // Tier 0: the name starts with the query as typed (an index range scan, name order).
    QSqlQuery &q = db.cached(QStringLiteral("SELECT id, name, article, price FROM products"
                                            " WHERE name_norm >= ? AND name_norm < ? AND active = 1"
                                            " ORDER BY name_norm LIMIT ?"));
    q.bindValue(0, key);
    q.bindValue(1, prefixUpperBound(key));
    q.bindValue(2, limit);
    if (q.exec()) {
        while (out.size() < limit && q.next()) {
            const std::int64_t id = q.value(0).toLongLong();
            seen.insert(id);
            out.append({id, q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
        }
    }
    q.finish();
    const QStringList words = searchWords(query);
    if (words.isEmpty())
        return out;
    QStringList longWords;
    for (const QString &w : words)
        if (w.size() > IndexedPrefix)
            longWords << fold(w);
    // Tier 1: every word is a whole word of the name ("сок" before "соковый"). Tier 2: every word
    // begins a word of the name. Tier 3: of the name, the article or a barcode.
    const QString exact = ftsMatchExpression(query);
    const Tier tiers[] = {{expression(words, Form::WholeWords), {}, true, {}},
                          {expression(words, Form::Prefixes), longWords, true, exact},
                          {expression(words, Form::Prefixes), longWords, false, exact}};
    for (const Tier &tier : tiers) {
        // One-letter words are whole in both forms: tier 2 would repeat tier 1.
        if (out.size() < limit && (&tier != &tiers[1] || tier.match != tiers[0].match))
            wordTier(db, tier, limit, out, seen);
    }
    return out;
}

} // namespace app
