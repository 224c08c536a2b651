#include "cabinet/owner/timezones.h"

#include <algorithm>
#include <array>

namespace cabinet::owner {

namespace {

struct Zone
{
    std::string_view name;
    int offset;
};

constexpr std::array<Zone, 26> kZones = {{
    {"Europe/Kaliningrad", 2}, {"Europe/Moscow", 3},     {"Europe/Samara", 4},    {"Europe/Volgograd", 3},
    {"Europe/Astrakhan", 4},   {"Europe/Saratov", 4},    {"Europe/Ulyanovsk", 4}, {"Europe/Kirov", 3},
    {"Asia/Yekaterinburg", 5}, {"Asia/Omsk", 6},         {"Asia/Novosibirsk", 7}, {"Asia/Barnaul", 7},
    {"Asia/Tomsk", 7},         {"Asia/Novokuznetsk", 7}, {"Asia/Krasnoyarsk", 7}, {"Asia/Irkutsk", 8},
    {"Asia/Chita", 9},         {"Asia/Yakutsk", 9},      {"Asia/Khandyga", 9},    {"Asia/Vladivostok", 10},
    {"Asia/Ust-Nera", 10},     {"Asia/Magadan", 11},     {"Asia/Sakhalin", 11},   {"Asia/Srednekolymsk", 11},
    {"Asia/Kamchatka", 12},    {"Asia/Anadyr", 12},
}};

const Zone *find(std::string_view name)
{
    auto it = std::find_if(kZones.begin(), kZones.end(), [&](const Zone &z) { return z.name == name; });
    return it == kZones.end() ? nullptr : &*it;
}

} // namespace

bool isKnownTimeZone(std::string_view name)
{
    return find(name) != nullptr;
}

int utcOffsetHours(std::string_view zone)
{
    const Zone *z = find(zone);
    return z ? z->offset : 3;
}

} // namespace cabinet::owner
