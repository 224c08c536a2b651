// `employee`: the till's employees by uuid, with the PIN hash as the cabinet made it.

#include <QSqlQuery>

#include "app/cloud/appliers/applier.h"
#include "app/cloud/appliers/pulledvalues.h"
#include "app/cloud/sqlresult.h"
#include "app/core/tr.h"

namespace app::cloud {

namespace {

Result<void> upsertEmployee(ApplyContext &ctx, const QString &id, const QJsonObject &data)
{
    const QString name =
        (data.contains(QLatin1String("full_name")) ? text(data, "full_name") : text(data, "name")).trimmed();
    if (name.isEmpty())
        return invalid(Tr::tr("An employee without a name."));
    int role = roleFromName(text(data, "role", QStringLiteral("cashier")));
    if (role < 0)
        role = 3; // an unknown role gets the least a till user can have and still sell
    const bool active = !flag(data, "archived", false) && flag(data, "active", true);
    // A changed PIN hash clears the lockout: the cabinet has set a new PIN.
    QSqlQuery &q = ctx.db.cached(QStringLiteral(
        "INSERT INTO employees(uuid, full_name, phone, email, inn, role, pin_hash, active, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO UPDATE SET full_name = excluded.full_name, "
        "phone = excluded.phone, email = excluded.email, inn = excluded.inn, role = excluded.role, "
        "failed_attempts = CASE WHEN pin_hash = excluded.pin_hash THEN failed_attempts ELSE 0 END, "
        "locked_until = CASE WHEN pin_hash = excluded.pin_hash THEN locked_until ELSE NULL END, "
        "pin_hash = excluded.pin_hash, active = excluded.active"));
    q.bindValue(0, id);
    q.bindValue(1, name);
    q.bindValue(2, text(data, "phone"));
    q.bindValue(3, text(data, "email"));
    q.bindValue(4, text(data, "inn"));
    q.bindValue(5, role);
    q.bindValue(6, text(data, "pin_hash"));
    q.bindValue(7, active ? 1 : 0);
    q.bindValue(8, toStorage(ctx.clock()));
    if (!q.exec())
        return storage(q);
    return {};
}

// Sold receipts name the cashier: a deleted employee stays, unable to sign in.
Result<void> removeEmployee(ApplyContext &ctx, const QString &id)
{
    QSqlQuery q = ctx.db.prepare(QStringLiteral("UPDATE employees SET active = 0 WHERE uuid = ?"));
    q.addBindValue(id);
    return q.exec() ? Result<void>{} : storage(q);
}

} // namespace

EntityApplier employeeApplier()
{
    return {"employee", &upsertEmployee, &removeEmployee};
}

} // namespace app::cloud
