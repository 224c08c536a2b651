#include "app/catalog/productstore.h"

#include <QSqlError>
#include <QSqlQuery>

#include <array>

#include "app/core/clock.h"
#include "app/core/tr.h"
#include "app/storage/database.h"

namespace app {
namespace {

// Every column a writer sets, in the order bindRow binds them.
constexpr std::array<const char *, 16> columns{"name",         "name_norm", "description",  "price",
                                               "unit_code",    "vat_code",  "category_id",  "subject",
                                               "country",      "article",   "article_norm", "marked",
                                               "marking_type", "weighted",  "active",       "updated_at"};

QString columnList()
{
    QStringList out;
    for (const char *c : columns)
        out << QLatin1String(c);
    return out.join(QLatin1String(", "));
}

// `pattern` with %1 for each column: "%1 = ?", "%1 = excluded.%1".
QString assignments(const QString &pattern)
{
    QStringList out;
    for (const char *c : columns)
        out << pattern.arg(QLatin1String(c));
    return out.join(QLatin1String(", "));
}

const QString insertSql = QStringLiteral("INSERT INTO products(%1, uuid) VALUES (%2?)")
                              .arg(columnList(), QStringLiteral("?, ").repeated(columns.size()));
const QString updateSql =
    QStringLiteral("UPDATE products SET %1 WHERE id = ?").arg(assignments(QStringLiteral("%1 = ?")));
const QString upsertSql = insertSql + QStringLiteral(" ON CONFLICT(uuid) DO UPDATE SET ") +
                          assignments(QStringLiteral("%1 = excluded.%1"));

// The row as stored: trimmed texts and their search keys (normaliseForSearch, migration 012).
void bindRow(QSqlQuery &q, const Product &p, const QString &updatedAt)
{
    int i = 0;
    q.bindValue(i++, p.name.trimmed());
    q.bindValue(i++, normaliseForSearch(p.name));
    q.bindValue(i++, sqlText(p.description));
    q.bindValue(i++, qint64(p.price));
    q.bindValue(i++, p.unitCode);
    q.bindValue(i++, p.vatCode);
    q.bindValue(i++, p.categoryId > 0 ? QVariant::fromValue<qint64>(p.categoryId) : QVariant());
    q.bindValue(i++, p.subject);
    q.bindValue(i++, sqlText(p.country));
    q.bindValue(i++, sqlText(p.article.trimmed()));
    q.bindValue(i++, sqlText(normaliseForSearch(p.article)));
    q.bindValue(i++, p.marked ? 1 : 0);
    q.bindValue(i++, int(p.markingType));
    q.bindValue(i++, p.weighted ? 1 : 0);
    q.bindValue(i++, p.active ? 1 : 0);
    q.bindValue(i++, updatedAt);
}

app::Unexpected<Error> storage(const QSqlQuery &q)
{
    return {Database::storageError(q)};
}

Result<void> valid(const Product &p)
{
    if (const QString why = validateProduct(p); !why.isEmpty())
        return fail(Error::Code::Validation, why);
    return {};
}

bool isDuplicateKey(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    return e.nativeErrorCode() == QLatin1String("1555") || e.text().contains(QLatin1String("UNIQUE"));
}

Result<void> noSuchProduct()
{
    return fail(Error::Code::NotFound, Tr::tr("No such product."));
}

} // namespace

ProductStore::ProductStore(Database &db)
    : m_db(db)
{}

Result<std::int64_t> ProductStore::insert(const Product &p, const QDateTime &now)
{
    if (auto ok = valid(p); !ok)
        return app::Unexpected<Error>{ok.error()};
    QSqlQuery &q = m_db.cached(insertSql);
    bindRow(q, p, stamp(now));
    q.bindValue(int(columns.size()), p.uuid);
    if (!q.exec())
        return storage(q);
    const std::int64_t id = q.lastInsertId().toLongLong();
    if (auto ok = addBarcodes(id, p.barcodes, false); !ok)
        return app::Unexpected<Error>{ok.error()};
    return id;
}

Result<void> ProductStore::update(const Product &p, const QDateTime &now)
{
    if (auto ok = valid(p); !ok)
        return ok;
    QSqlQuery &q = m_db.cached(updateSql);
    bindRow(q, p, stamp(now));
    q.bindValue(int(columns.size()), qint64(p.id));
    if (!q.exec())
        return storage(q);
    if (q.numRowsAffected() != 1)
        return noSuchProduct();
    if (auto ok = dropBarcodes(p.id); !ok)
        return ok;
    return addBarcodes(p.id, p.barcodes, false);
}

Result<void> ProductStore::upsertByUuid(const Product &p, const QDateTime &now, Barcodes codes)
{
    if (auto ok = valid(p); !ok)
        return ok;
    QSqlQuery &q = m_db.cached(upsertSql);
    bindRow(q, p, stamp(now));
    q.bindValue(int(columns.size()), p.uuid);
    if (!q.exec())
        return storage(q);
    if (codes == Barcodes::Keep)
        return {};
    QSqlQuery &idq = m_db.cached(QStringLiteral("SELECT id FROM products WHERE uuid = ?"));
    idq.bindValue(0, p.uuid);
    if (!idq.exec() || !idq.next())
        return storage(idq);
    const std::int64_t id = idq.value(0).toLongLong();
    idq.finish();
    if (auto ok = dropBarcodes(id); !ok)
        return ok;
    return addBarcodes(id, p.barcodes, true);
}

Result<void> ProductStore::deactivate(std::int64_t id, const QDateTime &now)
{
    QSqlQuery &q = m_db.cached(QStringLiteral("UPDATE products SET active = 0, updated_at = ? WHERE id = ?"));
    q.bindValue(0, toStorage(now));
    q.bindValue(1, qint64(id));
    if (!q.exec())
        return storage(q);
    return q.numRowsAffected() == 1 ? Result<void>{} : noSuchProduct();
}

Result<void> ProductStore::deactivateByUuid(const QString &uuid, const QDateTime &now)
{
    QSqlQuery &q =
        m_db.cached(QStringLiteral("UPDATE products SET active = 0, updated_at = ? WHERE uuid = ?"));
    q.bindValue(0, toStorage(now));
    q.bindValue(1, uuid);
    return q.exec() ? Result<void>{} : storage(q);
}

Result<void> ProductStore::setPriceByUuid(const QString &uuid, Kopecks price, const QDateTime &now)
{
    if (price < 0 || price > MaxPrice)
        return fail(Error::Code::Validation, Tr::tr("The price is out of range."));
    QSqlQuery &q =
        m_db.cached(QStringLiteral("UPDATE products SET price = ?, updated_at = ? WHERE uuid = ?"));
    q.bindValue(0, qint64(price));
    q.bindValue(1, toStorage(now));
    q.bindValue(2, uuid);
    return q.exec() ? Result<void>{} : storage(q);
}

// An import writes every row with the same time: it is formatted once, not a million times.
const QString &ProductStore::stamp(const QDateTime &now)
{
    if (now != m_stampOf || m_stamp.isEmpty()) {
        m_stampOf = now;
        m_stamp = toStorage(now);
    }
    return m_stamp;
}

std::int64_t ProductStore::idByArticle(const QString &article)
{
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT id FROM products WHERE article_norm = ? LIMIT 1"));
    q.bindValue(0, normaliseForSearch(article));
    const std::int64_t id = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

Result<void> ProductStore::dropBarcodes(std::int64_t productId)
{
    QSqlQuery &del = m_db.cached(QStringLiteral("DELETE FROM barcodes WHERE product_id = ?"));
    del.bindValue(0, qint64(productId));
    return del.exec() ? Result<void>{} : storage(del);
}

// `take`: the cabinet is the authority, a code it gives this product leaves the other one.
Result<void> ProductStore::addBarcodes(std::int64_t productId, const QStringList &codes, bool take)
{
    QSqlQuery &ins =
        m_db.cached(take ? QStringLiteral("INSERT OR REPLACE INTO barcodes(code, product_id) "
                                          "VALUES (?, ?)")
                         : QStringLiteral("INSERT INTO barcodes(code, product_id) VALUES (?, ?)"));
    for (const QString &code : codes) {
        ins.bindValue(0, code);
        ins.bindValue(1, qint64(productId));
        if (ins.exec())
            continue;
        if (!take && isDuplicateKey(ins))
            return fail(Error::Code::Conflict,
                        Tr::tr("Barcode %1 already belongs to another product.").arg(code));
        return storage(ins);
    }
    return {};
}

} // namespace app
