#pragma once

// Payload v2 "payment_operations" (cabinet/PROTOCOL.md): the card and SBP operations of a document
// from the payment journal (app/payments), sent with the sale so the owner sees RRN, authorisation
// code, masked card and SBP ids. Never a full card number: a mask showing more than the first 6 and
// last 4 digits is masked again here (the cabinet refuses a document with a PAN in it).

#include <QJsonArray>
#include <QString>

namespace app {

class Database;

namespace PayloadV2 {

// The operations journaled for `documentUuid`, oldest first; empty when there are none.
QJsonArray paymentOperations(Database &db, const QString &documentUuid);
// At most the first 6 and the last 4 digits of `mask` stay visible.
QString safeCardMask(const QString &mask);

} // namespace PayloadV2
} // namespace app
