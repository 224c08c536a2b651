#pragma once

// The time zones a point of sale may keep: Russia's IANA zones (tzdata's list for RU). The cabinet
// shows a point's document times and its "today" in its zone; Moscow when the owner chose none.

#include <string_view>

namespace cabinet::owner {

inline constexpr std::string_view kDefaultTimeZone = "Europe/Moscow";

bool isKnownTimeZone(std::string_view name);

// Hours east of UTC. Russia keeps no summer time and these offsets have held since 2020 (Volgograd's
// return to UTC+3), so a fixed table serves "today"; an unknown name is Moscow's.
int utcOffsetHours(std::string_view zone);

} // namespace cabinet::owner
