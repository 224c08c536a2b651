#pragma once

// The scales of money and quantity that fiscal/ puts on the wire and app/ computes with: integer
// kopecks and thousandths of a unit. No floating point anywhere an amount is computed. In base/
// (prilavok_base, header-only, no Qt) so both layers share them while app/ links the fiscal core
// privately; fiscal/codec/values.h and app/core/money.h name them for their layer.

#include <cstdint>

namespace base {

using Kopecks = std::int64_t;

// Quantities in Prilavok are thousandths of a unit (1 pc = 1000, 1.250 kg = 1250).
using Milli = std::int64_t;
inline constexpr Milli MilliPerUnit = 1000;

} // namespace base
