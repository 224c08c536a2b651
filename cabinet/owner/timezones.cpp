#include "cabinet/owner/timezones.h"

#include <algorithm>
#include <array>

namespace cabinet::owner {

bool isKnownTimeZone(std::string_view name)
{
    static constexpr std::array<std::string_view, 26> zones = {
        "Europe/Kaliningrad", "Europe/Moscow",    "Europe/Samara", "Europe/Volgograd",   "Europe/Astrakhan",
        "Europe/Saratov",     "Europe/Ulyanovsk", "Europe/Kirov",  "Asia/Yekaterinburg", "Asia/Omsk",
        "Asia/Novosibirsk",   "Asia/Barnaul",     "Asia/Tomsk",    "Asia/Novokuznetsk",  "Asia/Krasnoyarsk",
        "Asia/Irkutsk",       "Asia/Chita",       "Asia/Yakutsk",  "Asia/Khandyga",      "Asia/Vladivostok",
        "Asia/Ust-Nera",      "Asia/Magadan",     "Asia/Sakhalin", "Asia/Srednekolymsk", "Asia/Kamchatka",
        "Asia/Anadyr",
    };
    return std::find(zones.begin(), zones.end(), name) != zones.end();
}

} // namespace cabinet::owner
