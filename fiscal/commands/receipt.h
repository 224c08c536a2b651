#pragma once

// The classic receipt commands: 8Dh open, 80h sale / 82h sale return, 89h subtotal, 85h and 8Eh
// close, 88h cancel. The FN-era lines (FF46h) and close (FF45h) are in fnreceipt.h.

#include <array>
#include <string_view>

#include "fiscal/commands/request.h"

namespace fiscal {

enum class ReceiptType : std::uint8_t { Sale = 0, Purchase = 1, SaleReturn = 2, PurchaseReturn = 3 };

Request openCheckRequest(Password password, ReceiptType type);
Request cancelCheckRequest(Password password);
Request subtotalRequest(Password password);

// 80h-83h: tax bytes are group numbers 1..4 (0 = none), not the FF46h bit mask.
struct LegacyLine
{
    Milli quantity = MilliPerUnit;
    Kopecks price = 0;
    std::uint8_t department = 0;
    std::array<std::uint8_t, 4> taxes{};
    std::string_view text; // UTF-8, sent as 40 bytes CP1251
};
RequestResult saleRequest(Password password, const LegacyLine &line);
RequestResult saleReturnRequest(Password password, const LegacyLine &line);

struct LegacyClose
{
    std::array<Kopecks, 4> payments{}; // cash, then payment types 2..4
    std::int16_t discountHundredthsPercent = 0;
    std::array<std::uint8_t, 4> taxes{};
    std::string_view text;
};
RequestResult closeCheckRequest(Password password, const LegacyClose &close);

struct ExtendedClose
{
    std::array<Kopecks, 16> payments{}; // cash first
    std::int16_t discountHundredthsPercent = 0;
    std::array<std::uint8_t, 4> taxes{};
    std::string_view text;
};
RequestResult closeCheckExtendedRequest(Password password, const ExtendedClose &close);

struct CloseAnswer
{
    std::uint8_t operatorNumber = 0;
    Kopecks change = 0;
    friend bool operator==(const CloseAnswer &, const CloseAnswer &) = default;
};
Result<CloseAnswer> parseCloseAnswer(CommandCode code, ByteView data); // 85h and 8Eh

struct SubtotalAnswer
{
    std::uint8_t operatorNumber = 0;
    Kopecks subtotal = 0;
    friend bool operator==(const SubtotalAnswer &, const SubtotalAnswer &) = default;
};
Result<SubtotalAnswer> parseSubtotal(ByteView data);

} // namespace fiscal
