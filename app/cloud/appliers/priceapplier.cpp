// `price`: a price list entry sets products.price of its product_id.

#include <QSqlQuery>

#include "app/catalog/product.h"
#include "app/cloud/appliers/applier.h"
#include "app/cloud/appliers/pulledvalues.h"
#include "app/cloud/sqlresult.h"
#include "app/core/tr.h"

namespace app::cloud {

namespace {

Result<void> upsertPrice(ApplyContext &ctx, const QString &id, const QJsonObject &data)
{
    Q_UNUSED(id)
    const QString product = text(data, "product_id");
    const auto price = priceOf(data);
    if (product.isEmpty() || !price || *price < 0 || *price > MaxPrice)
        return invalid(Tr::tr("A price without a product or an amount."));
    QSqlQuery u =
        ctx.db.prepare(QStringLiteral("UPDATE products SET price = ?, updated_at = ? WHERE uuid = ?"));
    u.addBindValue(qint64(*price));
    u.addBindValue(toStorage(ctx.clock()));
    u.addBindValue(product);
    return u.exec() ? Result<void>{} : storage(u);
}

} // namespace

EntityApplier priceApplier()
{
    return {"price", &upsertPrice, nullptr};
}

} // namespace app::cloud
