#pragma once

// Marking codes (FFD 1.2): FF61h check, FF69h accept/reject, FF67h bind to the line, FF70h status.
// Layouts are from spec v1.17; newer firmware may append fields, so parsing is tolerant.

#include <optional>
#include <string_view>

#include "fiscal/codec/tlv.h"
#include "fiscal/commands/request.h"

namespace fiscal {

// Tag 2003 "planned status of the item".
enum class PlannedStatus : std::uint8_t {
    PieceSold = 1,
    MeasuredSold = 2,
    PieceReturned = 3,
    MeasuredReturned = 4,
    Unchanged = 255,
};

struct MarkingCheck
{
    std::uint8_t localStatus = 0;     // tag 2004
    std::uint8_t localSkipReason = 0; // 0 checked, 1 type not checkable, 2 no key, 3 no GS1 91/92, 4 other
    std::uint8_t codeType = 0;        // tag 2100
    std::uint8_t extraLength = 0;     // 0 when the check ran offline
    std::optional<std::uint8_t> onlineCode; // 20h = reason follows, FFh = server timeout
    std::optional<std::uint8_t> result;     // tag 2106
    Bytes serverTlvs;
    friend bool operator==(const MarkingCheck &, const MarkingCheck &) = default;
};
// `code` is the marking code exactly as scanned (GS separators included); `tlvs` carries 2108/1023
// for a partial sale of a measured item.
RequestResult checkMarkingCodeRequest(Password password, PlannedStatus planned, std::string_view code,
                                      ByteView tlvs = {});
// STLV 1291 "дробное количество": `units` (1293) of a pack of `packUnits` (1294), for a part of a
// marked pack (reference §3.1). It goes with FF61h (in `tlvs` above) and with the operation (FF4Dh).
Tlv packPartTlv(std::uint64_t units, std::uint64_t packUnits);
Result<MarkingCheck> parseMarkingCheck(ByteView data);

Request acceptMarkingCodeRequest(Password password, bool accept);
Result<std::uint8_t> parseMarkingAccept(ByteView data); // tag 2106

struct MarkingBind
{
    std::uint16_t itemCode = 0;
    std::uint8_t dataMatrixType = 0; // 0 КМ88, 1 symmetric, 2 tobacco, 3 КМ44
    Bytes rest;                      // the FF61-like check block when the device ran the check itself
    friend bool operator==(const MarkingBind &, const MarkingBind &) = default;
};
RequestResult bindMarkingCodeRequest(Password password, std::string_view code, bool volumeAccounting = false);
Result<MarkingBind> parseMarkingBind(ByteView data);

struct MarkingStatus
{
    std::uint8_t checkState = 0;
    std::uint8_t notificationState = 0;
    std::uint8_t allowedCommands = 0;
    std::uint8_t savedResults = 0;
    std::uint8_t codesInNotification = 0;
    std::uint8_t fillWarning = 0; // 0 under 50 % ... 4 full
    std::uint16_t queuedNotifications = 0;
    friend bool operator==(const MarkingStatus &, const MarkingStatus &) = default;
};
Request markingStatusRequest(Password password);
Result<MarkingStatus> parseMarkingStatus(ByteView data);

} // namespace fiscal
