#pragma once

// Byte buffers and little-endian integers: every number on a Shtrih-M wire is binary LE.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace fiscal {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

// Appends the low `width` bytes of `value`, least significant first.
void appendLE(Bytes &out, std::uint64_t value, int width);
// Reads `width` bytes at `offset` as LE unsigned; nullopt when the buffer is too short.
std::optional<std::uint64_t> readLE(ByteView in, std::size_t offset, int width);
// The largest value that fits in `width` bytes.
constexpr std::uint64_t maxForWidth(int width)
{
    return width >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * width)) - 1;
}

// "02 05 10" or "020510" (spaces, colons and case ignored); nullopt on odd length or bad digit.
std::optional<Bytes> fromHex(std::string_view hex);
// Upper-case hex with a space between bytes: "02 05 10".
std::string toHex(ByteView bytes);

// Reads fields one after another from an answer; every read reports a short buffer.
class ByteReader
{
public:
    explicit ByteReader(ByteView data)
        : m_data(data)
    {}

    std::optional<std::uint64_t> le(int width);
    std::optional<std::uint8_t> u8();
    std::optional<ByteView> take(std::size_t n);
    ByteView rest();
    std::size_t remaining() const { return m_data.size() - m_pos; }
    std::size_t position() const { return m_pos; }

private:
    ByteView m_data;
    std::size_t m_pos = 0;
};

} // namespace fiscal
