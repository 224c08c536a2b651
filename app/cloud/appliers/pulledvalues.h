#pragma once

// Reading the fields of a pulled entity as the cabinet may send them (numbers as numbers or digit
// strings, flags as booleans, 0/1 or "true"), and the names the protocol uses for VAT rates, roles,
// payment methods and marking types. Pure functions, shared by every applier.

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

#include "app/core/money.h"
#include "app/core/result.h"

namespace app::cloud {

QString text(const QJsonObject &o, const char *key, const QString &fallback = QStringLiteral(""));
bool flag(const QJsonObject &o, const char *key, bool fallback);
// An integer field that may come as a number or as a string of digits.
std::optional<qint64> integer(const QJsonValue &v);
QString truncated(const QString &s, int limit);
app::Unexpected<Error> invalid(QString message);
// A price: a decimal string of roubles ("129.90"), an integer number of roubles, or `price_kopecks`.
// Never through a double.
std::optional<Kopecks> priceOf(const QJsonObject &data);
// MILK, WATER, ... or a number; anything else marked is "other" (9).
int markingTypeOf(const QJsonValue &v);
// A setting as the text the till's settings table holds.
QString settingValue(const QJsonValue &v);

// "vat20" -> 1 (tag 1199), 22 -> 11, ...; 0 when unknown.
int vatCodeFromName(const QString &name);
// "owner", "admin", "manager", "cashier", "guest" or a digit -> app::Role; -1 when unknown.
int roleFromName(const QString &name);
// "cash" / "card" / "sbp" -> PaymentType; -1 when unknown.
int paymentTypeFromName(const QString &name);

} // namespace app::cloud
