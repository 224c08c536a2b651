#pragma once

// The one writer of the products and barcodes tables (issue 19): the catalog editor, the import and
// the cloud pull all write through here. So every row is checked by validateProduct, stores its
// name and article trimmed, and gets its search keys (name_norm, article_norm) here; migration
// 012's triggers keep the word search (product_search) in step from those columns and barcodes.
// Permissions, audit records and transactions stay with the callers.

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>

#include "app/catalog/product.h"
#include "app/core/result.h"

namespace app {

class Database;

class ProductStore final
{
    Q_DISABLE_COPY_MOVE(ProductStore)

public:
    // What an upsert from the cabinet does with the product's barcodes.
    enum class Barcodes {
        Keep, // an edit without the codes leaves them as they are
        Take, // the codes become the product's; a code another product had leaves that one
    };

    explicit ProductStore(Database &db);

    // Adds `p` (its uuid must be set) with its barcodes; returns its id. A barcode that belongs to
    // another product is a Conflict.
    Result<std::int64_t> insert(const Product &p, const QDateTime &now);
    // Overwrites product `p.id` and replaces its barcodes (Conflict as above; NotFound: no such id).
    Result<void> update(const Product &p, const QDateTime &now);
    // Adds or overwrites the product with `p.uuid` (the cabinet's id).
    Result<void> upsertByUuid(const Product &p, const QDateTime &now, Barcodes codes);
    // Deactivates: sold lines keep referring to it. NotFound when no such id.
    Result<void> deactivate(std::int64_t id, const QDateTime &now);
    Result<void> deactivateByUuid(const QString &uuid, const QDateTime &now);
    // A price list entry; an unknown uuid changes nothing.
    Result<void> setPriceByUuid(const QString &uuid, Kopecks price, const QDateTime &now);

    // The product whose article has the search key of `article`; 0 when none.
    std::int64_t idByArticle(const QString &article);

private:
    Result<void> addBarcodes(std::int64_t productId, const QStringList &codes, bool take);
    Result<void> dropBarcodes(std::int64_t productId);
    const QString &stamp(const QDateTime &now); // updated_at as stored

    Database &m_db;
    QDateTime m_stampOf;
    QString m_stamp;
};

} // namespace app
