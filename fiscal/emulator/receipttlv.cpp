#include "fiscal/emulator/receipttlv.h"

#include "fiscal/commands/fnreceipt.h"

namespace fiscal::emu {

std::uint8_t vatCodeForMask(std::uint8_t mask)
{
    // An exact match first (the 2025 rates 7..10 are whole bytes with the high bit set), then the
    // first bit of a mask that names several groups.
    for (int code = 1; code <= 10; ++code)
        if (taxBitsForVat1199(code) == mask)
            return static_cast<std::uint8_t>(code);
    if (mask & 0x01)
        return 1;
    if (mask & 0x02)
        return 2;
    if (mask & 0x04)
        return 5;
    if (mask & 0x08)
        return 6;
    if (mask & 0x10)
        return 3;
    if (mask & 0x20)
        return 4;
    return 6;
}

std::uint8_t operationForReceiptType(std::uint8_t type)
{
    static constexpr std::uint8_t map[] = {1, 3, 2, 4};
    return type < 4 ? map[type] : 1;
}

std::uint8_t receiptTypeForOperation(std::uint8_t operation)
{
    switch (operation) {
    case 1:
        return 0;
    case 2:
        return 2;
    case 3:
        return 1;
    case 4:
        return 3;
    default:
        return 0xFF;
    }
}

Tlv quantityTlv(std::int64_t micro)
{
    int decimals = 6;
    while (decimals > 0 && micro % 10 == 0) {
        micro /= 10;
        --decimals;
    }
    return tlvFvln(1023, static_cast<std::uint64_t>(micro), decimals);
}

Tlv lineTlv(const ReceiptLine &line)
{
    std::vector<Tlv> children{
        tlvByte(1214, line.method),
        tlvByte(1212, line.subject),
        tlvString(1030, line.name.rfind("//", 0) == 0 ? line.name.substr(2) : line.name),
        tlvVln(1079, static_cast<std::uint64_t>(line.price)),
        quantityTlv(line.quantityMicro),
        tlvByte(1199, vatCodeForMask(line.taxMask)),
        tlvVln(1043, static_cast<std::uint64_t>(line.amount))};
    if (auto extra = parseTlvs(line.tlv))
        children.insert(children.end(), extra->begin(), extra->end());
    return tlvStlv(1059, children);
}

} // namespace fiscal::emu
