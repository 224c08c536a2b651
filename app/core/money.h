#pragma once

// Value scales shared with fiscal/ through base/amounts.h: money is int64 kopecks, quantity is int64
// thousandths (1 pc = 1000, 1.250 kg = 1250). No floating point anywhere an amount is computed.

#include <cstdint>

#include <QString>

#include "base/amounts.h"

namespace app {

using Kopecks = std::int64_t;
using Milli = base::Milli;
inline constexpr Milli MilliPerUnit = base::MilliPerUnit;

// Limits that keep price × quantity inside int64 (1e10 × 1e8 = 1e18 < 9.2e18).
inline constexpr Kopecks MaxPrice = 9'999'999'999; // 99 999 999.99 ₽
inline constexpr Milli MaxQuantity = 99'999'999;   // 99 999.999 units

// "1234.50" for 123450; for logs, payloads and CSV, never for arithmetic.
QString formatKopecks(Kopecks amount);
// Parses "1234", "1234.5", "1234,50" into kopecks; false on anything else (no rounding allowed).
bool parseKopecks(const QString &text, Kopecks &out);
// Parses "1", "1.250", "0,5" into thousandths; false when more than three decimals.
bool parseMilli(const QString &text, Milli &out);
QString formatMilli(Milli quantity);

} // namespace app
