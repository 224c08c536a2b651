// `vat_rate`: the till's VAT rates by (tag 1199 code, valid_from).

#include <QSqlQuery>

#include "app/cloud/appliers/applier.h"
#include "app/cloud/appliers/pulledvalues.h"
#include "app/cloud/sqlresult.h"
#include "app/core/tr.h"

namespace app::cloud {

namespace {

Result<void> upsertVatRate(ApplyContext &ctx, const QString &id, const QJsonObject &data)
{
    // Without a code of its own, the id says which rate it is ("vat22").
    const auto code = data.contains(QLatin1String("code")) ? integer(data.value(QLatin1String("code")))
                                                           : std::optional<qint64>(vatCodeFromName(id));
    if (!code || *code < 1 || *code > 12)
        return invalid(Tr::tr("A VAT rate without a tag 1199 code."));
    const QJsonValue percent = data.value(QLatin1String("percent"));
    QSqlQuery q = ctx.db.prepare(QStringLiteral(
        "INSERT INTO vat_rates(code, name, percent, calculated, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, "
        "?) "
        "ON CONFLICT(code, valid_from) DO UPDATE SET name = excluded.name, percent = excluded.percent, "
        "calculated = excluded.calculated, valid_to = excluded.valid_to"));
    q.addBindValue(int(*code));
    q.addBindValue(text(data, "name", QString::number(*code)));
    q.addBindValue(integer(percent) ? QVariant(*integer(percent)) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(flag(data, "calculated", false) ? 1 : 0);
    q.addBindValue(text(data, "valid_from", QStringLiteral("2000-01-01")));
    const QString to = text(data, "valid_to");
    q.addBindValue(to.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(to));
    return q.exec() ? Result<void>{} : storage(q);
}

} // namespace

EntityApplier vatRateApplier()
{
    return {"vat_rate", &upsertVatRate, nullptr};
}

} // namespace app::cloud
