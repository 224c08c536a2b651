#include "app/sync/payloadv2.h"

#include <QSqlQuery>

#include "app/storage/database.h"
#include "app/sync/outbox.h"

namespace app {

QString PayloadV2::time(const QDateTime &t)
{
    const QDateTime local = t.toLocalTime();
    // Qt writes "Z" for a zero offset only when the spec is UTC; a local time always gets ±HH:MM.
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QString PayloadV2::vatName(int code)
{
    static const char *const names[] = {"",     "vat20", "vat10",  "vat120", "vat110", "vat0",  "none",
                                        "vat5", "vat7",  "vat105", "vat107", "vat22",  "vat122"};
    return code >= 1 && code <= 12 ? QString::fromLatin1(names[code]) : QStringLiteral("none");
}

QString PayloadV2::paymentMethod(PaymentType type)
{
    switch (type) {
    case PaymentType::Cash:
        return QStringLiteral("cash");
    case PaymentType::Card:
        return QStringLiteral("card");
    case PaymentType::Sbp:
        return QStringLiteral("sbp");
    }
    return QStringLiteral("other");
}

void PayloadV2::stamp(Database &db, QJsonObject &payload)
{
    payload.insert(QStringLiteral("schema"), Schema);
    payload.remove(QStringLiteral("v"));
    if (const auto pos = SyncState::value(db, PointOfSaleKey); pos && !pos->isEmpty())
        payload.insert(QStringLiteral("point_of_sale_id"), *pos);
    if (const auto wp = SyncState::value(db, WorkplaceKey); wp && !wp->isEmpty())
        payload.insert(QStringLiteral("workplace_id"), *wp);
}

QString PayloadV2::employeeUuid(Database &db, std::int64_t employeeId)
{
    QSqlQuery &q = db.cached(QStringLiteral("SELECT uuid FROM employees WHERE id = ?"));
    q.bindValue(0, qint64(employeeId));
    const QString uuid = q.exec() && q.next() ? q.value(0).toString() : QString();
    q.finish();
    return uuid;
}

QJsonValue PayloadV2::productId(const QString &cabinetUuid)
{
    return cabinetUuid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(cabinetUuid);
}

Result<void> PayloadV2::rememberIdentity(Database &db, const QString &pointOfSaleId,
                                         const QString &workplaceId)
{
    if (SyncState::value(db, PointOfSaleKey) == pointOfSaleId &&
        SyncState::value(db, WorkplaceKey) == workplaceId)
        return {};
    Transaction tx(db);
    if (auto ok = SyncState::setValue(db, PointOfSaleKey, pointOfSaleId); !ok)
        return ok;
    if (auto ok = SyncState::setValue(db, WorkplaceKey, workplaceId); !ok)
        return ok;
    return tx.commit();
}

} // namespace app
