#include "fiscal/codec/tlv.h"

#include "fiscal/codec/text.h"

namespace fiscal {

void appendTlv(Bytes &out, Tag tag, ByteView value)
{
    appendLE(out, tag, 2);
    appendLE(out, value.size(), 2);
    out.insert(out.end(), value.begin(), value.end());
}

Tlv tlvBytes(Tag tag, ByteView value)
{
    return {tag, Bytes(value.begin(), value.end())};
}

Tlv tlvString(Tag tag, std::string_view utf8)
{
    return {tag, encodeText(utf8, CodePage::Cp866)};
}

Tlv tlvByte(Tag tag, std::uint8_t value)
{
    return {tag, Bytes{value}};
}

Tlv tlvUint32(Tag tag, std::uint32_t value)
{
    Tlv tlv{tag, {}};
    appendLE(tlv.value, value, 4);
    return tlv;
}

Tlv tlvVln(Tag tag, std::uint64_t value)
{
    Tlv tlv{tag, {}};
    do {
        tlv.value.push_back(static_cast<std::uint8_t>(value & 0xFF));
        value >>= 8;
    } while (value != 0);
    return tlv;
}

Tlv tlvFvln(Tag tag, std::uint64_t mantissa, int decimals)
{
    Tlv tlv = tlvVln(tag, mantissa);
    tlv.value.insert(tlv.value.begin(), static_cast<std::uint8_t>(decimals));
    return tlv;
}

Tlv tlvStlv(Tag tag, const std::vector<Tlv> &children)
{
    return {tag, encodeTlvs(children)};
}

Bytes encodeTlvs(const std::vector<Tlv> &items)
{
    Bytes out;
    for (const Tlv &item : items)
        appendTlv(out, item.tag, item.value);
    return out;
}

std::optional<std::vector<Tlv>> parseTlvs(ByteView data)
{
    std::vector<Tlv> items;
    ByteReader in(data);
    while (in.remaining() > 0) {
        auto tag = in.le(2);
        auto len = in.le(2);
        if (!tag || !len)
            return std::nullopt;
        auto value = in.take(*len);
        if (!value)
            return std::nullopt;
        items.push_back({static_cast<Tag>(*tag), Bytes(value->begin(), value->end())});
    }
    return items;
}

std::string tlvAsString(const Tlv &tlv)
{
    return decodeText(tlv.value, CodePage::Cp866);
}

std::optional<std::uint64_t> tlvAsUnsigned(const Tlv &tlv)
{
    if (tlv.value.empty() || tlv.value.size() > 8)
        return std::nullopt;
    return readLE(tlv.value, 0, static_cast<int>(tlv.value.size()));
}

const Tlv *findTlv(const std::vector<Tlv> &items, Tag tag)
{
    for (const Tlv &item : items)
        if (item.tag == tag)
            return &item;
    return nullptr;
}

} // namespace fiscal
