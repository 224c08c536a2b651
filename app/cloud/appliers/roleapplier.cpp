// `role`: the rest lives in the mirror; `payment_methods: ["cash","card","sbp"]` sets which methods
// that role may take (role_payment_methods, by role).

#include <QJsonArray>
#include <QSqlQuery>

#include "app/cloud/appliers/applier.h"
#include "app/cloud/appliers/pulledvalues.h"
#include "app/cloud/sqlresult.h"

namespace app::cloud {

namespace {

Result<void> upsertRole(ApplyContext &ctx, const QString &id, const QJsonObject &data)
{
    const QJsonValue methods = data.value(QLatin1String("payment_methods"));
    const int role = roleFromName(data.contains(QLatin1String("code")) ? text(data, "code") : id);
    if (role < 0 || !methods.isArray())
        return {};
    QSqlQuery d = ctx.db.prepare(QStringLiteral("DELETE FROM role_payment_methods WHERE role = ?"));
    d.addBindValue(role);
    if (!d.exec())
        return storage(d);
    for (const QJsonValue &m : methods.toArray()) {
        const int type = paymentTypeFromName(m.isDouble() ? QString::number(m.toInteger()) : m.toString());
        if (type < 0)
            continue;
        QSqlQuery i = ctx.db.prepare(
            QStringLiteral("INSERT OR IGNORE INTO role_payment_methods(role, method) VALUES (?, ?)"));
        i.addBindValue(role);
        i.addBindValue(type);
        if (!i.exec())
            return storage(i);
    }
    return {};
}

} // namespace

EntityApplier roleApplier()
{
    return {"role", &upsertRole, nullptr};
}

} // namespace app::cloud
