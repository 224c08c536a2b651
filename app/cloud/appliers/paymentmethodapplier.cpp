// `payment_method`: which roles may take cash, card or SBP (role_payment_methods, by method). The
// cabinet sets them per point of sale (`point_of_sale_id`, ids `<point>:cash`): a till takes only its
// own point's; one without a point of sale is the organisation's, for every till.

#include <QJsonArray>
#include <QSqlQuery>

#include "app/cloud/appliers/applier.h"
#include "app/cloud/appliers/pulledvalues.h"
#include "app/cloud/sqlresult.h"

namespace app::cloud {

namespace {

int methodOf(const QString &id, const QJsonObject &data)
{
    return paymentTypeFromName(data.contains(QLatin1String("type")) ? text(data, "type") : id);
}

Result<void> forgetMethod(ApplyContext &ctx, int type)
{
    QSqlQuery d = ctx.db.prepare(QStringLiteral("DELETE FROM role_payment_methods WHERE method = ?"));
    d.addBindValue(type);
    return d.exec() ? Result<void>{} : storage(d);
}

bool someoneElses(const ApplyContext &ctx, const QJsonObject &data)
{
    const QString owner = text(data, "point_of_sale_id");
    return !ctx.ownPointOfSale.isEmpty() && !owner.isEmpty() && owner != ctx.ownPointOfSale;
}

Result<void> upsertPaymentMethod(ApplyContext &ctx, const QString &id, const QJsonObject &data)
{
    if (someoneElses(ctx, data))
        return {};
    const int type = methodOf(id, data);
    if (type < 0)
        return {}; // a method this till has no hardware for: mirror only
    if (auto ok = forgetMethod(ctx, type); !ok)
        return ok;
    if (!flag(data, "enabled", true) || flag(data, "archived", false))
        return {};
    QList<int> roles;
    const QJsonValue listed = data.value(QLatin1String("roles"));
    if (listed.isArray()) {
        for (const QJsonValue &r : listed.toArray())
            if (const int role = roleFromName(r.isDouble() ? QString::number(r.toInteger()) : r.toString());
                role >= 0)
                roles.append(role);
    } else {
        roles = {0, 1, 2, 3};
    }
    for (int role : std::as_const(roles)) {
        QSqlQuery i = ctx.db.prepare(
            QStringLiteral("INSERT OR IGNORE INTO role_payment_methods(role, method) VALUES (?, ?)"));
        i.addBindValue(role);
        i.addBindValue(type);
        if (!i.exec())
            return storage(i);
    }
    return {};
}

Result<void> removePaymentMethod(ApplyContext &ctx, const QString &id)
{
    const int type = methodOf(id, ctx.oldData);
    return type < 0 || someoneElses(ctx, ctx.oldData) ? Result<void>{} : forgetMethod(ctx, type);
}

} // namespace

EntityApplier paymentMethodApplier()
{
    return {"payment_method", &upsertPaymentMethod, &removePaymentMethod};
}

} // namespace app::cloud
