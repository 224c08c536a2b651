#pragma once

// Small text helpers for the printed tape and the control channel.

#include <cstdint>
#include <string>

#include "fiscal/codec/values.h"

namespace fiscal::emu {

inline std::string formatMoney(Kopecks k)
{
    const bool negative = k < 0;
    const std::int64_t a = negative ? -k : k;
    std::string frac = std::to_string(a % 100);
    if (frac.size() < 2)
        frac.insert(frac.begin(), '0');
    return (negative ? "-" : "") + std::to_string(a / 100) + "." + frac;
}

// Quantity in millionths, printed with three decimals (what a receipt shows).
inline std::string formatQuantity(std::int64_t micro)
{
    const std::int64_t milli = (micro + 500) / 1000;
    std::string frac = std::to_string(milli % 1000);
    while (frac.size() < 3)
        frac.insert(frac.begin(), '0');
    return std::to_string(milli / 1000) + "." + frac;
}

inline std::string two(int v)
{
    return (v < 10 ? "0" : "") + std::to_string(v);
}

} // namespace fiscal::emu
