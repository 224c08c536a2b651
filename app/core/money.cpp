#include "app/core/money.h"

#include <algorithm>

namespace app {
namespace {

// Fixed-point parse with `scale` decimals; digits only, one optional '.' or ',' separator.
bool parseFixed(const QString &text, int decimals, std::int64_t limit, std::int64_t &out)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return false;
    std::int64_t whole = 0;
    std::int64_t frac = 0;
    int fracDigits = -1;
    bool any = false;
    for (const QChar c : s) {
        if (c == QLatin1Char('.') || c == QLatin1Char(',')) {
            if (fracDigits >= 0)
                return false;
            fracDigits = 0;
            continue;
        }
        if (!c.isDigit() || c.unicode() > '9')
            return false;
        any = true;
        const int d = c.unicode() - '0';
        if (fracDigits >= 0) {
            if (++fracDigits > decimals)
                return false;
            frac = frac * 10 + d;
        } else {
            whole = whole * 10 + d;
            if (whole > limit)
                return false;
        }
    }
    if (!any)
        return false;
    std::int64_t scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    for (int i = std::max(fracDigits, 0); i < decimals; ++i)
        frac *= 10;
    out = whole * scale + frac;
    return true;
}

QString formatFixed(std::int64_t value, int decimals)
{
    std::int64_t scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const bool negative = value < 0;
    const std::uint64_t abs = negative ? std::uint64_t(0) - std::uint64_t(value) : std::uint64_t(value);
    return (negative ? QStringLiteral("-") : QString()) + QString::number(abs / scale) + QLatin1Char('.') +
           QStringLiteral("%1").arg(abs % scale, decimals, 10, QLatin1Char('0'));
}

} // namespace

QString formatKopecks(Kopecks amount)
{
    return formatFixed(amount, 2);
}

bool parseKopecks(const QString &text, Kopecks &out)
{
    return parseFixed(text, 2, MaxPrice / 100, out);
}

bool parseMilli(const QString &text, Milli &out)
{
    return parseFixed(text, 3, MaxQuantity / 1000, out);
}

QString formatMilli(Milli quantity)
{
    return formatFixed(quantity, 3);
}

} // namespace app
