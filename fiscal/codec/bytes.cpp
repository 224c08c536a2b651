#include "fiscal/codec/bytes.h"

namespace fiscal {

void appendLE(Bytes &out, std::uint64_t value, int width)
{
    // Fields wider than 8 bytes (a 10-byte sum) get zeros above the value; shifting a 64-bit value by
    // 64 or more is undefined.
    for (int i = 0; i < width; ++i)
        out.push_back(i < 8 ? static_cast<std::uint8_t>((value >> (8 * i)) & 0xFF) : std::uint8_t{0});
}

std::optional<std::uint64_t> readLE(ByteView in, std::size_t offset, int width)
{
    if (width < 1 || width > 8 || offset + static_cast<std::size_t>(width) > in.size())
        return std::nullopt;
    std::uint64_t value = 0;
    for (int i = width - 1; i >= 0; --i)
        value = (value << 8) | in[offset + static_cast<std::size_t>(i)];
    return value;
}

static int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::optional<Bytes> fromHex(std::string_view hex)
{
    Bytes out;
    int high = -1;
    for (char c : hex) {
        if (c == ' ' || c == ':' || c == '\t' || c == '\n')
            continue;
        const int d = hexDigit(c);
        if (d < 0)
            return std::nullopt;
        if (high < 0) {
            high = d;
        } else {
            out.push_back(static_cast<std::uint8_t>(high * 16 + d));
            high = -1;
        }
    }
    if (high >= 0)
        return std::nullopt;
    return out;
}

std::string toHex(ByteView bytes)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(bytes.size() * 3);
    for (std::uint8_t b : bytes) {
        if (!out.empty())
            out.push_back(' ');
        out.push_back(digits[b >> 4]);
        out.push_back(digits[b & 0x0F]);
    }
    return out;
}

std::optional<std::uint64_t> ByteReader::le(int width)
{
    auto value = readLE(m_data, m_pos, width);
    if (value)
        m_pos += static_cast<std::size_t>(width);
    return value;
}

std::optional<std::uint8_t> ByteReader::u8()
{
    if (m_pos >= m_data.size())
        return std::nullopt;
    return m_data[m_pos++];
}

std::optional<ByteView> ByteReader::take(std::size_t n)
{
    if (n > remaining())
        return std::nullopt;
    ByteView part = m_data.subspan(m_pos, n);
    m_pos += n;
    return part;
}

ByteView ByteReader::rest()
{
    ByteView part = m_data.subspan(m_pos);
    m_pos = m_data.size();
    return part;
}

} // namespace fiscal
