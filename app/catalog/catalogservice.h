#pragma once

// The catalog on the till: reads for everyone who may view it, writes only with EditCatalog.
// Lookup by barcode and prefix search are the hot paths of the sale screen (prepared once).

#include <QList>
#include <QString>

#include <optional>

#include "app/catalog/product.h"
#include "app/catalog/productstore.h"
#include "app/core/clock.h"
#include "app/core/result.h"
#include "app/staff/permissions.h"

namespace app {

class Database;

struct ProductHit
{
    std::int64_t id = 0;
    QString name;
    QString article;
    Kopecks price = 0;
};

class CatalogService final
{
    Q_DISABLE_COPY_MOVE(CatalogService)

public:
    static constexpr int DefaultSearchLimit = 50;

    explicit CatalogService(Database &db, Clock clock = systemClock());

    QList<Unit> units();
    // Rates valid on `day` (a rate is valid from valid_from inclusive to valid_to exclusive).
    QList<VatRate> vatRates(const QDate &day);
    std::optional<VatRate> vatRate(int code, const QDate &day);

    Result<std::int64_t> addCategory(const Actor &actor, const QString &name, std::int64_t parentId = 0);
    Result<void> moveCategory(const Actor &actor, std::int64_t id, std::int64_t newParentId);
    QList<Category> categories();

    Result<Product> addProduct(const Actor &actor, Product product);
    Result<void> updateProduct(const Actor &actor, const Product &product);
    Result<void> removeProduct(const Actor &actor, std::int64_t id); // deactivates; sales keep their snapshot

    std::optional<Product> product(std::int64_t id);
    std::optional<Product> findByBarcode(const QString &code);
    // The till's search: any word of the name, the article or a barcode (see catalogsearch.h).
    QList<ProductHit> search(const QString &query, int limit = DefaultSearchLimit);
    // Active products whose normalised name or article starts with `prefix`, name order (the search
    // before issue 16; kept for the benchmark's comparison).
    QList<ProductHit> prefixSearch(const QString &prefix, int limit = DefaultSearchLimit);
    std::int64_t productCount();
    // The catalog browser: active products of one category (0: those without one), name order.
    QList<ProductHit> productsInCategory(std::int64_t categoryId, int limit = 500);

private:
    Database &m_db;
    Clock m_clock;
    ProductStore m_products; // the one writer of products and barcodes
};

// Upper bound for a prefix range scan: every string starting with `prefix` sorts below it.
QString prefixUpperBound(const QString &prefix);

} // namespace app
