#pragma once

// FFD TLV and STLV: tag (2 bytes LE), length (2 bytes LE), value. Strings go to the FN in CP866.

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "fiscal/codec/bytes.h"

namespace fiscal {

using Tag = std::uint16_t;

struct Tlv
{
    Tag tag = 0;
    Bytes value;
    friend bool operator==(const Tlv &, const Tlv &) = default;
};

void appendTlv(Bytes &out, Tag tag, ByteView value);

Tlv tlvBytes(Tag tag, ByteView value);
Tlv tlvString(Tag tag, std::string_view utf8);              // CP866
Tlv tlvByte(Tag tag, std::uint8_t value);                   // FFD "byte"
Tlv tlvUint32(Tag tag, std::uint32_t value);                // FFD "uint32", 4 bytes LE
Tlv tlvVln(Tag tag, std::uint64_t value);                   // FFD VLN: LE, shortest form (1..8 bytes)
Tlv tlvFvln(Tag tag, std::uint64_t mantissa, int decimals); // FFD FVLN: decimal-point byte + VLN
Tlv tlvStlv(Tag tag, const std::vector<Tlv> &children);     // structured TLV

Bytes encodeTlvs(const std::vector<Tlv> &items);
// nullopt when a length runs past the end of the buffer.
std::optional<std::vector<Tlv>> parseTlvs(ByteView data);

std::string tlvAsString(const Tlv &tlv);                    // CP866 -> UTF-8
std::optional<std::uint64_t> tlvAsUnsigned(const Tlv &tlv); // uint/VLN, up to 8 bytes LE
const Tlv *findTlv(const std::vector<Tlv> &items, Tag tag);

} // namespace fiscal
