#include "app/cloud/appliers/applier.h"

namespace app::cloud {

const QList<EntityApplier> &entityAppliers()
{
    static const QList<EntityApplier> all{
        unitApplier(),        vatRateApplier(),       categoryApplier(),          roleApplier(),
        employeeApplier(),    paymentMethodApplier(), discountSettingsApplier(),  markingSettingsApplier(),
        pointOfSaleApplier(), receiptTextApplier(),   workplaceSettingsApplier(), productApplier(),
        priceApplier()};
    return all;
}

const EntityApplier *applierFor(const QString &entity)
{
    for (const EntityApplier &a : entityAppliers())
        if (entity == QLatin1String(a.entity))
            return &a;
    return nullptr; // discount and anything newer: kept in the mirror (cloud_items) only
}

} // namespace app::cloud
