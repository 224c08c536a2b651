// `employee`: the till's employees by uuid, with the PIN hash as the cabinet made it.

#include "app/cloud/appliers/applier.h"
#include "app/cloud/appliers/pulledvalues.h"
#include "app/core/tr.h"
#include "app/staff/employeestore.h"

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
    Employee e;
    e.uuid = id;
    e.fullName = name;
    e.phone = text(data, "phone");
    e.email = text(data, "email");
    e.inn = text(data, "inn");
    roleFromInt(role, e.role);
    e.active = !flag(data, "archived", false) && flag(data, "active", true);
    return EmployeeStore(ctx.db).upsertByUuid(e, text(data, "pin_hash"), ctx.clock());
}

// Sold receipts name the cashier: a deleted employee stays, unable to sign in.
Result<void> removeEmployee(ApplyContext &ctx, const QString &id)
{
    return EmployeeStore(ctx.db).deactivateByUuid(id);
}

} // namespace

EntityApplier employeeApplier()
{
    return {"employee", &upsertEmployee, &removeEmployee};
}

} // namespace app::cloud
