#pragma once

// The time zones a point of sale may keep: Russia's IANA zones (tzdata's list for RU). The cabinet
// shows a point's document times and its "today" in its zone; Moscow when the owner chose none.

#include <string_view>

namespace cabinet::owner {

inline constexpr std::string_view kDefaultTimeZone = "Europe/Moscow";

bool isKnownTimeZone(std::string_view name);

} // namespace cabinet::owner
