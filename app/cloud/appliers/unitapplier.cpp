// `unit`: the till's units by measure code (tag 2108).

#include <QSqlQuery>

#include "app/cloud/appliers/applier.h"
#include "app/cloud/appliers/pulledvalues.h"
#include "app/cloud/sqlresult.h"
#include "app/core/tr.h"

namespace app::cloud {

namespace {

Result<void> upsertUnit(ApplyContext &ctx, const QString &id, const QJsonObject &data)
{
    const auto code = data.contains(QLatin1String("code")) ? integer(data.value(QLatin1String("code")))
                                                           : integer(QJsonValue(id));
    if (!code || *code < 0 || *code > 255)
        return invalid(Tr::tr("A unit without a measure code (tag 2108)."));
    const QString name = text(data, "name", id);
    QSqlQuery q = ctx.db.prepare(QStringLiteral(
        "INSERT INTO units(code, name, short_name, fractional) VALUES (?, ?, ?, ?) ON CONFLICT(code) DO "
        "UPDATE "
        "SET name = excluded.name, short_name = excluded.short_name, fractional = excluded.fractional"));
    q.addBindValue(int(*code));
    q.addBindValue(name);
    q.addBindValue(text(data, "short_name", name));
    q.addBindValue(flag(data, "fractional", false) ? 1 : 0);
    return q.exec() ? Result<void>{} : storage(q);
}

} // namespace

EntityApplier unitApplier()
{
    return {"unit", &upsertUnit, nullptr};
}

} // namespace app::cloud
