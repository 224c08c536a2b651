#pragma once

// The device clock. Device time is local wall-clock time expressed as seconds since the epoch
// (so gmtime() of it gives the local calendar fields the registrar prints). Tests inject a source;
// the "clock +HOURS" fault and 21h/22h move a persisted offset on top of it.

#include <cstdint>
#include <ctime>
#include <functional>

namespace fiscal::emu {

using ClockSource = std::function<std::int64_t()>;

inline std::int64_t systemLocalSeconds()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return static_cast<std::int64_t>(now) + local.tm_gmtoff;
}

struct CalendarTime
{
    int year, month, day, hour, minute, second;
};

inline CalendarTime calendar(std::int64_t deviceSeconds)
{
    const std::time_t t = static_cast<std::time_t>(deviceSeconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec};
}

// Device seconds of a calendar date and time (the inverse of calendar()).
inline std::int64_t fromCalendar(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    std::tm tm{};
    tm.tm_year = year - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = day;
    tm.tm_hour = hour;
    tm.tm_min = minute;
    tm.tm_sec = second;
    return static_cast<std::int64_t>(timegm(&tm));
}

} // namespace fiscal::emu
