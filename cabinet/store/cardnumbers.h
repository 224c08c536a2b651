#pragma once

// A full card number (PAN) must never reach the cabinet: the till sends only the masked card of a
// card operation (payload v2 "payment_operations", cabinet/PROTOCOL.md). A pushed document whose
// payments or payment operations carry a PAN-looking value (13 to 19 digits in a row, spaces and
// dashes between them allowed, that pass the Luhn check) is rejected, and the copy kept in the
// quarantine has such runs masked, so the number is stored nowhere.

#include <optional>
#include <string>

#include "cabinet/json/json.h"

namespace cabinet {

// The path of the first field of payload.payments / payload.payment_operations that holds a full
// card number, or a masked card with more than 10 digits shown (PCI DSS allows the first 6 and the
// last 4); nullopt when there is none. Ids (qr_id, transaction_id, refund_id, operation ids) and an
// SBP payment's reference are not read: they are the acquirer's numbers, never a card's.
std::optional<std::string> unmaskedCardNumber(const json::Value &payload);

// `text` with every PAN-looking run of digits replaced by its first 6 and last 4 digits around '*'.
std::string maskCardNumbers(const std::string &text);

} // namespace cabinet
