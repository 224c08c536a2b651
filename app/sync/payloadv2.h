#pragma once

// The till's side of sync payload v2 (cabinet/PROTOCOL.md "Payload v2"): the few conversions every
// outbox writer shares. Ids are the cabinet's uuids, times carry the till's UTC offset (the cabinet
// takes the local business day from it), VAT and payment methods go by name.

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "app/core/result.h"
#include "app/organisation/organisation.h"

namespace app {

class Database;

namespace PayloadV2 {

inline constexpr int Schema = 2;

// sync_state keys: the cabinet's ids of this till's point of sale and workplace, written by the sync
// engine at activation (app/cloud). Unknown before the till is activated.
inline const QString PointOfSaleKey = QStringLiteral("cloud.point_of_sale_id");
inline const QString WorkplaceKey = QStringLiteral("cloud.workplace_id");

// ISO 8601 with milliseconds and the till's UTC offset: 2026-12-03T10:15:00.000+03:00.
QString time(const QDateTime &t);
// Tag 1199 code -> vat20, vat10, vat120, vat110, vat0, none, vat5, vat7, vat105, vat107, vat22, vat122.
QString vatName(int code);
QString paymentMethod(PaymentType type);
// Adds "schema": 2 and, when the till knows them, point_of_sale_id and workplace_id.
void stamp(Database &db, QJsonObject &payload);
// The employee's uuid (the cabinet's id when the cabinet sent the employee); empty when unknown.
QString employeeUuid(Database &db, std::int64_t employeeId);
// The cabinet's id of the product, or null: a product made on the till, or no product (free price).
QJsonValue productId(const QString &cabinetUuid);
// Stores the identity the activation gave; joins the caller's transaction (or runs on its own).
Result<void> rememberIdentity(Database &db, const QString &pointOfSaleId, const QString &workplaceId);

} // namespace PayloadV2
} // namespace app
