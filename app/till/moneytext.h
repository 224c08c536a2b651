#pragma once

// Amounts and quantities as the cashier reads them: "1 234,50", "1,250". Display only; the model
// keeps integers (app/core/money.h) and parses what the cashier types with the same rules.

#include <QString>

#include "app/core/money.h"

namespace app {

// Digit groups separated by a no-break space, a decimal comma, always two kopeck digits.
QString displayMoney(Kopecks amount);
// Whole units without decimals ("2"); fractions with the digits they need, up to three ("1,25").
QString displayQuantity(Milli quantity);
// What the cashier typed: spaces ignored, comma or dot; false when it is not an amount.
bool parseMoneyInput(const QString &text, Kopecks &out);
bool parseQuantityInput(const QString &text, Milli &out);
// A discount typed as roubles ("50", "12,50") or as a percentage of `base` ("10%", "7,5 %"),
// rounded half up to the kopeck; false when it is neither or more than 100 %.
bool parseDiscountInput(const QString &text, Kopecks base, Kopecks &out);

} // namespace app
