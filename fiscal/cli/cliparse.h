#pragma once

// Parsing of what a technician types: rubles, numbers, hex commands. Kept apart from main() so the
// tests can check it; integer arithmetic only.

#include <optional>
#include <string_view>

#include "fiscal/codec/frame.h"
#include "fiscal/codec/values.h"

namespace fiscal::cli {

// "100", "100.5", "100.50", "0.01", "1 234,56" -> kopecks. More than two decimals, signs, empty
// input or more than 10^12 rubles are refused.
std::optional<Kopecks> parseRubles(std::string_view text);
std::optional<std::uint64_t> parseUnsigned(std::string_view text);

// "10 1E 00 00 00" or "FF011E000000": command code first (FFh starts a two-byte code), data after.
struct RawCommand
{
    CommandCode code = 0;
    Bytes data;
};
std::optional<RawCommand> parseRawCommand(std::string_view hex);

// JSON string literal with the quotes.
std::string jsonString(std::string_view utf8);

} // namespace fiscal::cli
