#pragma once

// Checks shared by several entities; pure functions, no translation.

#include <QString>

namespace app {

// INN: 10 digits (organisation) or 12 digits (individual), with the FNS check digits.
bool isValidInn(const QString &inn);
// EAN-13 / EAN-8 / UPC-A (12) check digit; other lengths are not EAN and return false.
bool isValidEan(const QString &code);
// The check digit that completes `digits` (12 for EAN-13, 7 for EAN-8) into a valid code.
int eanCheckDigit(const QString &digits);
// "+7" or "8" followed by 10 digits, spaces/dashes/brackets allowed; normalised to +7XXXXXXXXXX.
bool normalisePhone(const QString &phone, QString &out);
bool isPlausibleEmail(const QString &email);
// Names printed on receipts: no control characters and no unbalanced quotes (" « »), which
// registrars either drop or reject.
bool hasBalancedQuotes(const QString &text);
bool hasControlCharacters(const QString &text);

} // namespace app
