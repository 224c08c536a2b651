// `point_of_sale` and `receipt_text`: both land in the till's one points_of_sale row, and only
// when they are the till's own. Another point of sale's name or texts stay in the mirror.

#include <QSqlQuery>

#include "app/cloud/appliers/applier.h"
#include "app/cloud/appliers/pulledvalues.h"
#include "app/cloud/sqlresult.h"
#include "app/core/tr.h"

namespace app::cloud {

namespace {

// The till's own point of sale row: its id, or nothing when there is none yet.
Result<std::optional<qint64>> ownRow(ApplyContext &ctx)
{
    QSqlQuery f = ctx.db.prepare(QStringLiteral("SELECT MIN(id) FROM points_of_sale"));
    if (!f.exec() || !f.next())
        return storage(f);
    return f.value(0).isNull() ? std::nullopt : std::optional<qint64>(f.value(0).toLongLong());
}

bool someoneElses(const ApplyContext &ctx, const QString &owner)
{
    return !ctx.ownPointOfSale.isEmpty() && !owner.isEmpty() && owner != ctx.ownPointOfSale;
}

Result<void> upsertPointOfSale(ApplyContext &ctx, const QString &id, const QJsonObject &data)
{
    if (someoneElses(ctx, id))
        return {};
    const auto row = ownRow(ctx);
    if (!row)
        return forward(row);
    const QString name = text(data, "name").trimmed();
    if (name.isEmpty())
        return invalid(Tr::tr("A point of sale without a name."));
    const QString address = text(data, "address");
    QSqlQuery u =
        ctx.db.prepare(*row ? QStringLiteral("UPDATE points_of_sale SET name = ?, address = ?, place = ? "
                                             "WHERE id = ?")
                            : QStringLiteral("INSERT INTO points_of_sale(name, address, place) "
                                             "VALUES (?, ?, ?)"));
    u.addBindValue(name);
    u.addBindValue(address);
    u.addBindValue(text(data, "place", address));
    if (*row)
        u.addBindValue(**row);
    return u.exec() ? Result<void>{} : storage(u);
}

// Texts without a point_of_sale_id are the organisation's, for every point of sale. Cut to what the
// registrar prints (102/68/34/340 characters).
Result<void> upsertReceiptText(ApplyContext &ctx, const QString &id, const QJsonObject &data)
{
    Q_UNUSED(id)
    if (someoneElses(ctx, text(data, "point_of_sale_id")))
        return {};
    const auto row = ownRow(ctx);
    if (!row)
        return forward(row);
    if (!*row)
        return {}; // kept in the mirror until the till has a point of sale to print them for
    QSqlQuery u = ctx.db.prepare(QStringLiteral("UPDATE points_of_sale SET receipt_store_name = ?, "
                                                "receipt_address = ?, receipt_phone = ?, receipt_footer = ? "
                                                "WHERE id = ?"));
    u.addBindValue(truncated(
        data.contains(QLatin1String("store_name")) ? text(data, "store_name") : text(data, "header"), 102));
    u.addBindValue(truncated(text(data, "address"), 68));
    u.addBindValue(truncated(text(data, "phone"), 34));
    u.addBindValue(truncated(text(data, "footer"), 340));
    u.addBindValue(**row);
    return u.exec() ? Result<void>{} : storage(u);
}

} // namespace

EntityApplier pointOfSaleApplier()
{
    return {"point_of_sale", &upsertPointOfSale, nullptr};
}

EntityApplier receiptTextApplier()
{
    return {"receipt_text", &upsertReceiptText, nullptr};
}

} // namespace app::cloud
