#pragma once

// Amounts and quantities as a person reads them on every screen of the till: the one display rule.
//
//   money     "1 234,56"   digits grouped by three with a no-break space (U+00A0), a decimal comma,
//                          always two kopeck digits, a real minus sign (U+2212) for negatives;
//   roubles   "1 234,56 ₽" the same with a no-break space and the rouble sign;
//   quantity  "2", "1,25"  whole units without decimals, fractions with the digits they need;
//             "0,450"      in a fractional unit (kg, l, m...) always three decimals.
//
// The same rule in Russian and English screens: the till sells in roubles in Russia. Display only;
// the model keeps integers (app/core/money.h), whose formatKopecks/formatMilli are the machine format
// ("1234.50") for logs, payloads and CSV. fiscal/ prints the registrar's tape with its own Qt-free
// formatter (fiscal/codec/values.h) and devices/ the customer display's ASCII (devices/money.h).

#include <QString>

#include "app/core/money.h"

namespace app {

QString displayMoney(Kopecks amount);
QString displayRoubles(Kopecks amount);

enum class QuantityDecimals { AsNeeded, Three };
QString displayQuantity(Milli quantity, QuantityDecimals decimals = QuantityDecimals::AsNeeded);

// What the cashier typed: spaces (also no-break) and a trailing ₽ ignored, comma or dot; false when
// it is not an amount.
bool parseMoneyInput(const QString &text, Kopecks &out);
bool parseQuantityInput(const QString &text, Milli &out);
// A discount typed as roubles ("50", "12,50") or as a percentage of `base` ("10%", "7,5 %"),
// rounded half up to the kopeck; false when it is neither or more than 100 %.
bool parseDiscountInput(const QString &text, Kopecks base, Kopecks &out);

} // namespace app
