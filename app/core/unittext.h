#pragma once

// Units of measure as the cashier reads them in the cart: "0,450 кг", "2 шт". The codes are those of
// tag 2108 (the units table); the short names are translated (Model context).

#include <QString>

#include "app/core/money.h"

namespace app {

// "шт", "кг", "л", ...; empty for 255 (other) and unknown codes.
QString unitShortName(int unitCode);
// Whether the unit is sold in thousandths (kg, t, m, m², l, m³, kWh, Gcal, other).
bool isFractionalUnit(int unitCode);
// The quantity and its unit: fractional units always with three decimals ("0,450 кг", "1,000 кг"),
// the others as whole numbers unless they hold a fraction ("2 шт").
QString displayQuantityWithUnit(Milli quantity, int unitCode);

} // namespace app
