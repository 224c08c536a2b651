#include "cabinet/store/storable.h"

#include <algorithm>
#include <charconv>

#include "csv/encoding.h"

namespace cabinet {

namespace {

constexpr std::size_t MaxNumberDigits = 40;   // a kopeck total or a 64-bit counter needs 20
constexpr int MaxExponent = 300;              // well inside a double and PostgreSQL's numeric
constexpr std::size_t MaxStringBytes = 65536; // a product name or a marking code is far shorter

std::optional<std::string> numberProblem(const std::string &text)
{
    if (text.size() > MaxNumberDigits)
        return std::string("a number longer than ") + std::to_string(MaxNumberDigits) + " characters";
    const auto e = text.find_first_of("eE");
    if (e == std::string::npos)
        return std::nullopt;
    std::string_view exponent(text.data() + e + 1, text.size() - e - 1);
    if (!exponent.empty() && exponent.front() == '+')
        exponent.remove_prefix(1);
    int value = 0;
    auto [p, ec] = std::from_chars(exponent.data(), exponent.data() + exponent.size(), value);
    if (ec != std::errc() || p != exponent.data() + exponent.size() || value > MaxExponent ||
        value < -MaxExponent)
        return std::string("a number out of range");
    return std::nullopt;
}

std::optional<std::string> textProblem(const std::string &text)
{
    if (!csv::isValidUtf8(text))
        return std::string("text that is not valid UTF-8");
    if (text.find('\0') != std::string::npos)
        return std::string("text with a NUL character");
    if (text.size() > MaxStringBytes)
        return std::string("text longer than ") + std::to_string(MaxStringBytes) + " bytes";
    return std::nullopt;
}

std::string at(const std::string &where, const std::string &problem)
{
    return where.empty() ? problem : where + ": " + problem;
}

} // namespace

std::optional<std::string> storageProblem(const json::Value &value, const std::string &where)
{
    switch (value.type()) {
    case json::Value::Type::Null:
    case json::Value::Type::Bool:
        return std::nullopt;
    case json::Value::Type::Num:
        if (auto p = numberProblem(value.numberText()))
            return at(where, *p);
        return std::nullopt;
    case json::Value::Type::Str:
        if (auto p = textProblem(value.asString()))
            return at(where, *p);
        return std::nullopt;
    case json::Value::Type::Arr:
        for (std::size_t i = 0; i < value.asArray().size(); ++i)
            if (auto p = storageProblem(value.asArray()[i], where + "[" + std::to_string(i) + "]"))
                return p;
        return std::nullopt;
    case json::Value::Type::Obj:
        for (const auto &[key, member] : value.asObject()) {
            const std::string path = where.empty() ? key : where + "." + key;
            if (auto p = textProblem(key))
                return at(path, "a member name with " + *p);
            if (auto p = storageProblem(member, path))
                return p;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

std::string storableExcerpt(std::string_view text, std::size_t maxBytes)
{
    static const std::string kReplacement = "\xEF\xBF\xBD"; // U+FFFD
    static const std::string kEllipsis = "\xE2\x80\xA6";    // …
    std::string out;
    out.reserve(std::min(text.size(), maxBytes));
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        std::string_view piece = text.substr(i, length);
        const bool valid = lead != 0 && piece.size() == length && csv::isValidUtf8(piece);
        if (!valid)
            piece = kReplacement;
        if (out.size() + piece.size() > maxBytes) {
            while (!out.empty() && out.size() + kEllipsis.size() > maxBytes) {
                // Drop whole characters: continuation bytes first, then their lead byte.
                while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80)
                    out.pop_back();
                if (!out.empty())
                    out.pop_back();
            }
            if (out.size() + kEllipsis.size() <= maxBytes)
                out += kEllipsis;
            return out;
        }
        out += piece;
        i += valid ? length : 1;
    }
    return out;
}

} // namespace cabinet
