#include "app/catalog/catalogservice.h"

#include "app/catalog/catalogsearch.h"

#include "app/core/tr.h"
#include "app/core/uuid.h"
#include "app/staff/auditlog.h"
#include "app/storage/database.h"

namespace app {
namespace {

app::Unexpected<Error> storage(const QSqlQuery &q)
{
    return {Database::storageError(q)};
}

const QString selectProduct = QStringLiteral(
    "SELECT p.id, p.uuid, p.name, p.description, p.price, p.unit_code, p.vat_code, COALESCE(p.category_id, "
    "0), "
    "p.subject, p.country, p.article, p.marked, p.marking_type, p.weighted, p.active FROM products p ");

Product readProduct(const QSqlQuery &q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.name = q.value(2).toString();
    p.description = q.value(3).toString();
    p.price = q.value(4).toLongLong();
    p.unitCode = q.value(5).toInt();
    p.vatCode = q.value(6).toInt();
    p.categoryId = q.value(7).toLongLong();
    p.subject = q.value(8).toInt();
    p.country = q.value(9).toString();
    p.article = q.value(10).toString();
    p.marked = q.value(11).toBool();
    p.markingType = MarkingType(q.value(12).toInt());
    p.weighted = q.value(13).toBool();
    p.active = q.value(14).toBool();
    return p;
}

} // namespace

QString prefixUpperBound(const QString &prefix)
{
    // U+10FFFF is the largest code point; SQLite compares UTF-8 bytes, which is code point order.
    return prefix + QChar(QChar::highSurrogate(0x10FFFF)) + QChar(QChar::lowSurrogate(0x10FFFF));
}

CatalogService::CatalogService(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_products(db)
{}

QList<Unit> CatalogService::units()
{
    QList<Unit> out;
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT code, name, short_name, fractional FROM units ORDER BY code"));
    if (q.exec()) {
        while (q.next())
            out.append(
                {q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()});
    }
    return out;
}

QList<VatRate> CatalogService::vatRates(const QDate &day)
{
    QList<VatRate> out;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT code, name, COALESCE(percent, -1), calculated, valid_from, valid_to FROM vat_rates "
        "WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?) ORDER BY code"));
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(day.toString(Qt::ISODate));
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toBool(),
                        QDate::fromString(q.value(4).toString(), Qt::ISODate),
                        QDate::fromString(q.value(5).toString(), Qt::ISODate)});
    }
    return out;
}

std::optional<VatRate> CatalogService::vatRate(int code, const QDate &day)
{
    for (const VatRate &rate : vatRates(day)) {
        if (rate.code == code)
            return rate;
    }
    return std::nullopt;
}

Result<std::int64_t> CatalogService::addCategory(const Actor &actor, const QString &name,
                                                 std::int64_t parentId)
{
    if (auto ok = AccessControl::check(actor, Permission::EditCatalog); !ok)
        return app::Unexpected<Error>{ok.error()};
    const QString clean = name.simplified();
    if (clean.isEmpty() || clean.size() > 128)
        return fail(Error::Code::Validation, Tr::tr("The category name must be 1 to 128 characters long."));
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO categories(parent_id, name) VALUES (?, ?)"));
    q.addBindValue(parentId > 0 ? QVariant::fromValue<qint64>(parentId) : QVariant());
    q.addBindValue(clean);
    if (!q.exec())
        return storage(q);
    return std::int64_t(q.lastInsertId().toLongLong());
}

Result<void> CatalogService::moveCategory(const Actor &actor, std::int64_t id, std::int64_t newParentId)
{
    if (auto ok = AccessControl::check(actor, Permission::EditCatalog); !ok)
        return ok;
    // Walk up from the new parent: meeting `id` means the move would make a cycle.
    QSqlQuery up = m_db.prepare(QStringLiteral("SELECT COALESCE(parent_id, 0) FROM categories WHERE id = ?"));
    for (std::int64_t at = newParentId; at > 0;) {
        if (at == id)
            return fail(Error::Code::Validation, Tr::tr("A category cannot be moved inside itself."));
        up.bindValue(0, qint64(at));
        if (!up.exec())
            return storage(up);
        at = up.next() ? up.value(0).toLongLong() : 0;
    }
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE categories SET parent_id = ? WHERE id = ?"));
    q.addBindValue(newParentId > 0 ? QVariant::fromValue<qint64>(newParentId) : QVariant());
    q.addBindValue(qint64(id));
    if (!q.exec())
        return storage(q);
    return {};
}

QList<Category> CatalogService::categories()
{
    QList<Category> out;
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT id, COALESCE(parent_id, 0), name FROM categories ORDER BY name"));
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
    }
    return out;
}

Result<Product> CatalogService::addProduct(const Actor &actor, Product product)
{
    if (auto ok = AccessControl::check(actor, Permission::EditCatalog); !ok)
        return app::Unexpected<Error>{ok.error()};
    product.name = product.name.trimmed();
    if (product.uuid.isEmpty())
        product.uuid = newUuid();
    Transaction tx(m_db);
    const auto id = m_products.insert(product, m_clock());
    if (!id)
        return app::Unexpected<Error>{id.error()};
    product.id = *id;
    AuditLog::record(m_db, actor.employeeId, QStringLiteral("catalog.add"), QString::number(product.id),
                     m_clock());
    if (auto ok = tx.commit(); !ok)
        return app::Unexpected<Error>{ok.error()};
    return product;
}

Result<void> CatalogService::updateProduct(const Actor &actor, const Product &product)
{
    if (auto ok = AccessControl::check(actor, Permission::EditCatalog); !ok)
        return ok;
    Transaction tx(m_db);
    if (auto ok = m_products.update(product, m_clock()); !ok)
        return ok;
    AuditLog::record(m_db, actor.employeeId, QStringLiteral("catalog.update"), QString::number(product.id),
                     m_clock());
    return tx.commit();
}

Result<void> CatalogService::removeProduct(const Actor &actor, std::int64_t id)
{
    if (auto ok = AccessControl::check(actor, Permission::EditCatalog); !ok)
        return ok;
    Transaction tx(m_db);
    if (auto ok = m_products.deactivate(id, m_clock()); !ok)
        return ok;
    AuditLog::record(m_db, actor.employeeId, QStringLiteral("catalog.remove"), QString::number(id),
                     m_clock());
    return tx.commit();
}

std::optional<Product> CatalogService::product(std::int64_t id)
{
    QSqlQuery &q = m_db.cached(selectProduct + QStringLiteral("WHERE p.id = ?"));
    q.bindValue(0, qint64(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    Product p = readProduct(q);
    q.finish();
    QSqlQuery &b =
        m_db.cached(QStringLiteral("SELECT code FROM barcodes WHERE product_id = ? ORDER BY code"));
    b.bindValue(0, qint64(id));
    if (b.exec()) {
        while (b.next())
            p.barcodes << b.value(0).toString();
    }
    b.finish();
    return p;
}

std::optional<Product> CatalogService::findByBarcode(const QString &code)
{
    QSqlQuery &q = m_db.cached(selectProduct + QStringLiteral("JOIN barcodes b ON b.product_id = p.id "
                                                              "WHERE b.code = ? AND p.active = 1"));
    q.bindValue(0, code);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Product p = readProduct(q);
    q.finish();
    p.barcodes << code;
    return p;
}

QList<ProductHit> CatalogService::productsInCategory(std::int64_t categoryId, int limit)
{
    QList<ProductHit> out;
    QSqlQuery &q =
        m_db.cached(QStringLiteral("SELECT id, name, article, price FROM products WHERE active = 1 "
                                   "AND COALESCE(category_id, 0) = ? ORDER BY name_norm LIMIT ?"));
    q.bindValue(0, qint64(categoryId));
    q.bindValue(1, limit);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    q.finish();
    return out;
}

QList<ProductHit> CatalogService::search(const QString &query, int limit)
{
    return searchProductWords(m_db, query, limit);
}

QList<ProductHit> CatalogService::prefixSearch(const QString &prefix, int limit)
{
    QList<ProductHit> out;
    const QString key = normaliseForSearch(prefix);
    if (key.isEmpty())
        return out;
    // Two index range scans (name, article) each capped at `limit`, merged in name order.
    QSqlQuery &q = m_db.cached(
        QStringLiteral("SELECT id, name, article, price FROM ("
                       " SELECT * FROM (SELECT id, name, article, price, name_norm FROM products"
                       "  WHERE name_norm >= ? AND name_norm < ? AND active = 1 ORDER BY name_norm LIMIT ?)"
                       " UNION"
                       " SELECT * FROM (SELECT id, name, article, price, name_norm FROM products"
                       "  WHERE article_norm >= ? AND article_norm < ? AND article_norm <> '' AND active = 1"
                       "  ORDER BY article_norm LIMIT ?)"
                       ") ORDER BY name_norm LIMIT ?"));
    const QString upper = prefixUpperBound(key);
    q.bindValue(0, key);
    q.bindValue(1, upper);
    q.bindValue(2, limit);
    q.bindValue(3, key);
    q.bindValue(4, upper);
    q.bindValue(5, limit);
    q.bindValue(6, limit);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    return out;
}

std::int64_t CatalogService::productCount()
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM products WHERE active = 1"));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace app
