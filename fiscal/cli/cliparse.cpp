#include "fiscal/cli/cliparse.h"

#include <charconv>
#include <cstdio>

namespace fiscal::cli {

std::optional<Kopecks> parseRubles(std::string_view text)
{
    Kopecks rubles = 0;
    Kopecks kopecks = 0;
    int decimals = -1; // -1 until the decimal separator
    int digits = 0;
    for (char c : text) {
        if (c == ' ' || c == '_') {
            if (decimals >= 0)
                return std::nullopt;
            continue;
        }
        if (c == '.' || c == ',') {
            if (decimals >= 0 || digits == 0)
                return std::nullopt;
            decimals = 0;
            continue;
        }
        if (c < '0' || c > '9')
            return std::nullopt;
        const int d = c - '0';
        if (decimals >= 0) {
            if (++decimals > 2)
                return std::nullopt;
            kopecks = kopecks * 10 + d;
        } else {
            if (++digits > 12)
                return std::nullopt;
            rubles = rubles * 10 + d;
        }
    }
    if (digits == 0 || decimals == 0)
        return std::nullopt;
    if (decimals == 1)
        kopecks *= 10;
    return rubles * 100 + kopecks;
}

std::optional<std::uint64_t> parseUnsigned(std::string_view text)
{
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc{} || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<RawCommand> parseRawCommand(std::string_view hex)
{
    auto bytes = fromHex(hex);
    if (!bytes || bytes->empty())
        return std::nullopt;
    auto split = splitCommand(*bytes);
    if (!split)
        return std::nullopt;
    return RawCommand{split->code, Bytes(split->rest.begin(), split->rest.end())};
}

std::string jsonString(std::string_view utf8)
{
    std::string out = "\"";
    for (char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
                out += buf;
            } else {
                out.push_back(c);
            }
        }
    }
    return out + "\"";
}

} // namespace fiscal::cli
