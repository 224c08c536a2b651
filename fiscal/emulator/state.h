#pragma once

// Everything the emulated registrar keeps across power cycles: the FN archive and counters, the
// device registers, the shift, an open receipt and the settings tables. Plain data; the device
// model changes it and persist.h writes it to disk before each answer leaves the device.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "fiscal/codec/bytes.h"
#include "fiscal/codec/values.h"
#include "fiscal/codes.h"

namespace fiscal::emu {

// One fiscal document in the FN archive.
struct ArchivedDocument
{
    std::uint32_t fd = 0;
    std::uint8_t type = 0;      // fdtype
    std::int64_t time = 0;      // device local time, seconds since the epoch
    std::uint32_t fp = 0;       // fiscal sign
    std::uint8_t operation = 0; // tag 1054 for receipts and corrections
    Kopecks amount = 0;
    std::uint16_t shift = 0;
    Bytes tlv; // the document's content as FFD TLVs (read back by FF3Ah/FF3Bh)
};

struct ReceiptLine
{
    std::uint8_t operation = 1; // tag 1054: 1 приход, 2 возврат прихода, 3 расход, 4 возврат расхода
    std::int64_t quantityMicro = 0; // quantity in millionths (FF46h scale)
    Kopecks price = 0;
    Kopecks amount = 0;
    std::uint8_t taxMask = 0; // FF46h tax bits; 80h tax groups are mapped to the same bits
    std::uint8_t department = 0;
    std::uint8_t method = 4;  // tag 1214
    std::uint8_t subject = 1; // tag 1212
    std::string name;         // UTF-8
    Bytes tlv;                // tags bound to this line by FF4Dh and FF67h
};

struct Receipt
{
    bool open = false;
    std::uint8_t type = 0;   // 8Dh type: 0 sale, 1 purchase, 2 sale return, 3 purchase return
    bool correction = false; // opened by FF44h: an FFD 1.2 correction receipt (FD type 31)
    std::uint8_t operatorNumber = 0;
    std::vector<ReceiptLine> lines;
    Bytes tlv;              // receipt-level tags (FF0Ch)
    Kopecks discounts = 0;  // legacy 86h, on the whole receipt
    Kopecks surcharges = 0; // legacy 87h

    Kopecks linesTotal() const
    {
        Kopecks sum = 0;
        for (const auto &line : lines)
            sum += line.amount;
        return sum;
    }
    Kopecks total() const { return linesTotal() - discounts + surcharges; }
};

struct DeviceState
{
    // FN
    std::string fnNumber = "9999078902012345";
    std::int64_t fnExpiry = 0; // local midnight of the expiry day; 0 = three years after creation
    std::uint32_t lastFd = 0;
    std::vector<ArchivedDocument> archive;
    std::uint8_t fnDocument = fndoc::None; // FF41h/FF42h/FF35h started a document
    Bytes pendingTlv;                      // FF0Ch tags waiting for the next document
    std::uint32_t ofdBacklog = 0;          // documents the OFD has not acknowledged
    bool ofdAutoAck = true;                // no OFD server: pretend every document is delivered
    bool fnFull = false;

    // shift
    bool shiftOpen = false;
    std::uint16_t shiftNumber = 0;  // the open shift, or the last closed one
    std::int64_t shiftOpenedAt = 0; // device time of the opening
    std::uint16_t receiptInShift = 0;

    // device
    Receipt receipt;
    std::map<int, Kopecks> money;             // 1Ah registers; absent = 0
    std::map<int, std::uint32_t> operational; // 1Bh registers; absent = 0
    std::map<std::string, Bytes> tables;      // "table.row.field" -> value, only changed fields
    std::int64_t clockOffset = 0;             // seconds added to the host clock (21h/22h, "clock")
    std::uint8_t paperSubmode = 0;            // 0 paper, 1 passive out, 2 active out, 3 after out
    std::vector<std::string> unprintedLines;  // lines lost to an active paper-out, printed by B0h

    // marking (FF61h..FF70h)
    std::vector<std::string> acceptedCodes; // checked and accepted, waiting for FF67h
    std::uint16_t markingNotifications = 0; // codes sold and queued for the marking server
};

} // namespace fiscal::emu
