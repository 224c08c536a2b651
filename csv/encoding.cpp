#include "csv/encoding.h"

#include <array>
#include <cstdint>

namespace csv {

namespace {

// Windows-1251, bytes 80h..BFh (C0h..FFh are А..я, U+0410..U+044F in order). 0x98 is unassigned.
constexpr std::array<char16_t, 64> upperHalf = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A,
    0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0xFFFD, 0x2122,
    0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6,
    0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456,
    0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457};

// Length of the valid UTF-8 sequence at `i`, 0 when invalid, -1 when cut off by the end of `s`.
int sequenceLength(std::string_view s, std::size_t i)
{
    const auto b = [&](std::size_t k) { return static_cast<std::uint8_t>(s[k]); };
    const std::uint8_t lead = b(i);
    int n = 0;
    std::uint32_t min = 0;
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF) {
        n = 2;
        min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        n = 3;
        min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        n = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    std::uint32_t cp = lead & (0x7F >> n);
    for (int k = 1; k < n; ++k) {
        if (i + std::size_t(k) >= s.size())
            return -1;
        if ((b(i + std::size_t(k)) & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (b(i + std::size_t(k)) & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}

bool validUtf8(std::string_view s, bool allowCutEnd)
{
    for (std::size_t i = 0; i < s.size();) {
        const int n = sequenceLength(s, i);
        if (n == -1)
            return allowCutEnd;
        if (n == 0)
            return false;
        i += std::size_t(n);
    }
    return true;
}

} // namespace

void appendUtf8(std::string &out, char16_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

bool isValidUtf8(std::string_view text)
{
    return validUtf8(text, false);
}

Encoding detectEncoding(std::string_view sample)
{
    return validUtf8(sample, true) ? Encoding::Utf8 : Encoding::Windows1251;
}

std::string windows1251ToUtf8(std::string_view text)
{
    std::string out;
    out.reserve(text.size() * 2);
    for (const char ch : text) {
        const auto b = static_cast<std::uint8_t>(ch);
        if (b < 0x80)
            out += ch;
        else if (b < 0xC0)
            appendUtf8(out, upperHalf[b - 0x80]);
        else
            appendUtf8(out, char16_t(0x0410 + (b - 0xC0)));
    }
    return out;
}

std::optional<std::string> toUtf8(std::string_view field, Encoding encoding)
{
    if (encoding == Encoding::Windows1251)
        return field.find('\x98') == std::string_view::npos ? std::optional(windows1251ToUtf8(field))
                                                            : std::nullopt; // 98h has no character
    if (!isValidUtf8(field))
        return std::nullopt;
    return std::string(field);
}

} // namespace csv
