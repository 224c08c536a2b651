#pragma once

// FFD tags of a receipt as the FN stores them (read back through FF3Ah/FF3Bh): one STLV 1059 per
// line, the payment split and the tags the host sent with FF0Ch/FF4Dh.

#include <cstdint>

#include "fiscal/codec/tlv.h"
#include "fiscal/emulator/state.h"

namespace fiscal::emu {

// Tag 1199 (VAT rate code) for an FF46h tax bit (§2 "Tax byte in FF46h").
std::uint8_t vatCodeForMask(std::uint8_t mask);
// Tag 1054 for a receipt type of 8Dh (0 sale, 1 purchase, 2 sale return, 3 purchase return).
std::uint8_t operationForReceiptType(std::uint8_t type);
// The inverse for FF46h operation types; 0xFF for an invalid type.
std::uint8_t receiptTypeForOperation(std::uint8_t operation);

Tlv lineTlv(const ReceiptLine &line);
// Quantity in millionths as FFD FVLN with the fewest decimals that keep it exact.
Tlv quantityTlv(std::int64_t micro);

} // namespace fiscal::emu
