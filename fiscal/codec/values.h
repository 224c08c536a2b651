#pragma once

// Value encodings used inside Shtrih-M frames: money, quantities, dates and times.
// Money is always integer kopecks, quantities thousandths (Kopecks, Milli: base/amounts.h).

#include <cstdint>
#include <optional>
#include <string>

#include "base/amounts.h"
#include "fiscal/codec/bytes.h"

namespace fiscal {

// base/'s scales under fiscal/'s names.
using base::Kopecks;
using base::Milli;
using base::MilliPerUnit;

inline constexpr int MoneyWidth = 5;     // most amounts: 5 bytes LE
inline constexpr int RegisterWidth = 6;  // 1Ah money registers: 6 bytes LE
inline constexpr int LegacyQtyWidth = 5; // 80h-83h: 5 bytes, 3 implied decimals (1 pc = 1000)
inline constexpr int Ff46QtyWidth = 6;   // FF46h: 6 bytes, 6 implied decimals (1 pc = 1 000 000)
// FF46h "let the device compute" marker for amount and tax amount.
inline constexpr std::uint64_t DeviceComputes = 0xFFFFFFFFFFull;

// The registrar's tape and the technician CLI write amounts as the device prints them: "1234.50",
// "-2.50" (ASCII, no grouping, the registrar's code page has no minus sign). The till's screens use
// app/core/moneytext.h instead.
std::string formatMoney(Kopecks amount);
// FF46h quantity (millionths) rounded to thousandths with three decimals: 1250000 -> "1.250".
std::string formatQuantityMicro(std::int64_t micro);

// false when the value is negative or does not fit the width.
bool appendMoney(Bytes &out, Kopecks amount, int width = MoneyWidth);
bool appendLegacyQuantity(Bytes &out, Milli quantity);
bool appendFf46Quantity(Bytes &out, Milli quantity); // scaled x1000 to micro-units

struct Date
{
    int year = 2000; // full year, 2000..2099 on the wire
    int month = 1;
    int day = 1;
    friend bool operator==(const Date &, const Date &) = default;
};

struct Time
{
    int hour = 0;
    int minute = 0;
    int second = 0;
    friend bool operator==(const Time &, const Time &) = default;
};

// The FN's DATE_TIME: YY MM DD HH MM (no seconds).
struct FnDateTime
{
    Date date;
    int hour = 0;
    int minute = 0;
    friend bool operator==(const FnDateTime &, const FnDateTime &) = default;
};

bool isValid(const Date &d);
bool isValid(const Time &t);

void appendDateDmy(Bytes &out, const Date &d); // DD MM YY (10h/11h, 22h)
void appendTimeHms(Bytes &out, const Time &t); // HH MM SS
void appendDateYmd(Bytes &out, const Date &d); // YY MM DD (FN expiry)
void appendFnDateTime(Bytes &out, const FnDateTime &dt);

std::optional<Date> readDateDmy(ByteReader &in);
std::optional<Time> readTimeHms(ByteReader &in);
std::optional<Date> readDateYmd(ByteReader &in);
std::optional<FnDateTime> readFnDateTime(ByteReader &in);

} // namespace fiscal
