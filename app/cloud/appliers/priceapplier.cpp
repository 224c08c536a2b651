// `price`: a price list entry sets products.price of its product_id.

#include "app/catalog/productstore.h"
#include "app/cloud/appliers/applier.h"
#include "app/cloud/appliers/pulledvalues.h"
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
    return ProductStore(ctx.db).setPriceByUuid(product, *price, ctx.clock());
}

} // namespace

EntityApplier priceApplier()
{
    return {"price", &upsertPrice, nullptr};
}

} // namespace app::cloud
