#include "fiscal/codec/values.h"

#include <array>
#include <chrono>
#include <cstdint>

namespace fiscal {

static bool appendUnsigned(Bytes &out, std::int64_t value, int width)
{
    if (value < 0 || static_cast<std::uint64_t>(value) > maxForWidth(width))
        return false;
    appendLE(out, static_cast<std::uint64_t>(value), width);
    return true;
}

std::string formatMoney(Kopecks amount)
{
    const bool negative = amount < 0;
    const std::uint64_t v =
        negative ? 0 - static_cast<std::uint64_t>(amount) : static_cast<std::uint64_t>(amount);
    std::string frac = std::to_string(v % 100);
    if (frac.size() < 2)
        frac.insert(frac.begin(), '0');
    return (negative ? "-" : "") + std::to_string(v / 100) + "." + frac;
}

std::string formatQuantityMicro(std::int64_t micro)
{
    const std::int64_t milli = (micro + 500) / 1000;
    std::string frac = std::to_string(milli % 1000);
    while (frac.size() < 3)
        frac.insert(frac.begin(), '0');
    return std::to_string(milli / 1000) + "." + frac;
}

bool appendMoney(Bytes &out, Kopecks amount, int width)
{
    return appendUnsigned(out, amount, width);
}

bool appendLegacyQuantity(Bytes &out, Milli quantity)
{
    return appendUnsigned(out, quantity, LegacyQtyWidth);
}

bool appendFf46Quantity(Bytes &out, Milli quantity)
{
    if (quantity < 0 || quantity > std::int64_t{INT64_MAX} / 1000)
        return false;
    return appendUnsigned(out, quantity * 1000, Ff46QtyWidth);
}

bool isValid(const Date &d)
{
    if (d.year < 2000 || d.year > 2099 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31)
        return false;
    const std::chrono::year_month_day ymd{std::chrono::year(d.year), std::chrono::month(unsigned(d.month)),
                                          std::chrono::day(unsigned(d.day))};
    return ymd.ok(); // the month's length, leap years included
}

bool isValid(const Time &t)
{
    return t.hour >= 0 && t.hour < 24 && t.minute >= 0 && t.minute < 60 && t.second >= 0 && t.second < 60;
}

static std::uint8_t b(int v)
{
    return static_cast<std::uint8_t>(v);
}

void appendDateDmy(Bytes &out, const Date &d)
{
    out.insert(out.end(), {b(d.day), b(d.month), b(d.year % 100)});
}

void appendTimeHms(Bytes &out, const Time &t)
{
    out.insert(out.end(), {b(t.hour), b(t.minute), b(t.second)});
}

void appendDateYmd(Bytes &out, const Date &d)
{
    out.insert(out.end(), {b(d.year % 100), b(d.month), b(d.day)});
}

void appendFnDateTime(Bytes &out, const FnDateTime &dt)
{
    appendDateYmd(out, dt.date);
    out.insert(out.end(), {b(dt.hour), b(dt.minute)});
}

static std::optional<std::array<std::uint8_t, 3>> three(ByteReader &in)
{
    auto part = in.take(3);
    if (!part)
        return std::nullopt;
    return std::array<std::uint8_t, 3>{(*part)[0], (*part)[1], (*part)[2]};
}

std::optional<Date> readDateDmy(ByteReader &in)
{
    auto v = three(in);
    if (!v)
        return std::nullopt;
    return Date{2000 + (*v)[2], (*v)[1], (*v)[0]};
}

std::optional<Time> readTimeHms(ByteReader &in)
{
    auto v = three(in);
    if (!v)
        return std::nullopt;
    return Time{(*v)[0], (*v)[1], (*v)[2]};
}

std::optional<Date> readDateYmd(ByteReader &in)
{
    auto v = three(in);
    if (!v)
        return std::nullopt;
    return Date{2000 + (*v)[0], (*v)[1], (*v)[2]};
}

std::optional<FnDateTime> readFnDateTime(ByteReader &in)
{
    auto date = readDateYmd(in);
    auto hour = in.u8();
    auto minute = in.u8();
    if (!date || !hour || !minute)
        return std::nullopt;
    return FnDateTime{*date, *hour, *minute};
}

} // namespace fiscal
