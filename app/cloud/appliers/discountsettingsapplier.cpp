// `discount_settings`: the cabinet's discount rules for one point of sale (id: the point): `enabled`
// switches item and receipt discounts on or off, `max_percent` caps each role (`cashier`,
// `senior_cashier`, `administrator`). A till takes only its own point's (or one without a point); the
// till's owner is not capped by the cabinet, as it always takes every payment method. Stored through
// DiscountSettingsStore, the one writer of these settings, which the sale checks on every discount.

#include <QJsonObject>

#include "app/cloud/appliers/applier.h"
#include "app/cloud/appliers/pulledvalues.h"
#include "app/core/tr.h"
#include "app/organisation/discountsettings.h"
#include "app/storage/database.h"

namespace app::cloud {

namespace {

Result<void> upsertDiscountSettings(ApplyContext &ctx, const QString &id, const QJsonObject &data)
{
    Q_UNUSED(id)
    const QString owner = text(data, "point_of_sale_id");
    if (!ctx.ownPointOfSale.isEmpty() && !owner.isEmpty() && owner != ctx.ownPointOfSale)
        return {}; // another point's: mirror only
    DiscountSettings s = DiscountSettingsStore::load(ctx.db);
    const bool on = flag(data, "enabled", true);
    s.itemDiscounts = on;
    s.receiptDiscounts = on;
    s.setCap(Role::Owner, 100);
    const QJsonObject caps = data.value(QLatin1String("max_percent")).toObject();
    for (auto it = caps.begin(); it != caps.end(); ++it) {
        const int role = roleFromName(it.key());
        const auto percent = integer(it.value());
        if (role < 0 || role == int(Role::Owner) || role == int(Role::Guest))
            continue; // a role this till does not cap from the cabinet
        if (!percent || *percent < 0 || *percent > 100)
            return invalid(Tr::tr("The maximum discount must be between 0 and 100 percent."));
        s.setCap(Role(role), int(*percent));
    }
    if (!DiscountSettingsStore::save(ctx.db, s))
        return app::Unexpected<Error>{Database::storageError(ctx.db.connection())};
    return {};
}

} // namespace

EntityApplier discountSettingsApplier()
{
    // A delete leaves the last rules in place: the till never falls back to no limit at all.
    return {"discount_settings", &upsertDiscountSettings, nullptr};
}

} // namespace app::cloud
