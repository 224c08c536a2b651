#pragma once

// FN (fiscal storage) state, shift and document commands: FF01h-FF03h, FF08h, FF0Ah, FF0Bh, FF39h,
// FF3Ah/FF3Bh, FF3Fh, FF40h-FF43h. All take the system administrator password (30).

#include <optional>
#include <string>

#include "fiscal/codec/tlv.h"
#include "fiscal/commands/request.h"

namespace fiscal {

struct FnStatus
{
    std::uint8_t lifecycle = 0;       // b0 configured, b1 fiscal mode, b2 fiscal mode closed, b3 OFD done
    std::uint8_t currentDocument = 0; // 00 none, 04 receipt, 02/08 shift reports, 14h correction, ...
    bool documentDataReceived = false;
    bool shiftOpen = false;
    std::uint8_t warnings = 0;
    FnDateTime dateTime;
    std::string fnNumber; // 16 ASCII digits
    std::uint32_t lastFd = 0;
    friend bool operator==(const FnStatus &, const FnStatus &) = default;
};
Request fnStatusRequest(Password password);
Result<FnStatus> parseFnStatus(ByteView data);

Request fnNumberRequest(Password password);
Result<std::string> parseFnNumber(ByteView data);

Request fnExpiryRequest(Password password);
Result<Date> parseFnExpiry(ByteView data);

Request fnCancelDocumentRequest(Password password);

// FF0Ah: a document from the FN archive. A receipt (type 3) or a correction (31) decodes as
// FoundReceipt.
struct FoundDocument
{
    std::uint8_t type = 0;
    bool ofdReceiptReceived = false;
    Bytes data;
    friend bool operator==(const FoundDocument &, const FoundDocument &) = default;
};
struct FoundReceipt
{
    FnDateTime dateTime;
    std::uint32_t fd = 0;
    std::uint32_t fiscalSign = 0;
    std::uint8_t operation = 0; // 1 приход, 2 возврат прихода, 3 расход, 4 возврат расхода
    Kopecks total = 0;
    friend bool operator==(const FoundReceipt &, const FoundReceipt &) = default;
};
inline constexpr std::uint8_t FnDocumentReceipt = 3; // fdtype::Receipt in codes.h
Request fnFindDocumentRequest(Password password, std::uint32_t fd);
Result<FoundDocument> parseFoundDocument(ByteView data);
std::optional<FoundReceipt> decodeFoundReceipt(const FoundDocument &doc);

struct ShiftDocument
{
    std::uint16_t shiftNumber = 0;
    FiscalDocumentId id;
    friend bool operator==(const ShiftDocument &, const ShiftDocument &) = default;
};
Request fnBeginOpenShiftRequest(Password password);
Request fnOpenShiftRequest(Password password);
Result<ShiftDocument> parseFnOpenShift(ByteView data);
Request fnBeginCloseShiftRequest(Password password);
Request fnCloseShiftRequest(Password password);
Result<ShiftDocument> parseFnCloseShift(ByteView data);

// FF0Ch: TLVs for the whole document (1021 cashier, 1203 cashier INN, 1008 buyer contact ...).
RequestResult fnSendTlvRequest(Password password, ByteView tlvs);

struct ExchangeStatus
{
    std::uint8_t statusBits = 0;
    bool readingMessage = false;
    std::uint16_t queued = 0; // documents waiting for the OFD
    std::uint32_t firstQueuedFd = 0;
    FnDateTime firstQueuedDateTime;
    friend bool operator==(const ExchangeStatus &, const ExchangeStatus &) = default;
};
Request fnExchangeStatusRequest(Password password);
Result<ExchangeStatus> parseExchangeStatus(ByteView data);

// FF3Ah/FF3Bh: read a document as TLV, block by block until the device answers 08h "no data".
struct DocumentHeader
{
    std::uint16_t type = 0;
    std::uint16_t length = 0;
    friend bool operator==(const DocumentHeader &, const DocumentHeader &) = default;
};
Request fnReadDocumentBeginRequest(Password password, std::uint32_t fd);
Result<DocumentHeader> parseDocumentHeader(ByteView data);
Request fnReadDocumentBlockRequest(Password password);
Result<Bytes> parseDocumentBlock(ByteView data);

Request fnUnconfirmedCountRequest(Password password);
Result<std::uint16_t> parseUnconfirmedCount(ByteView data);

struct ShiftParams
{
    bool shiftOpen = false;
    std::uint16_t shiftNumber = 0;
    std::uint16_t receiptNumber = 0;
    friend bool operator==(const ShiftParams &, const ShiftParams &) = default;
};
Request fnShiftParamsRequest(Password password);
Result<ShiftParams> parseShiftParams(ByteView data);

namespace detail {
// FD(4) + FP(4) [+ DATE_TIME(5)] from `in`; false when fewer than 8 bytes are left.
bool readDocumentId(ByteReader &in, FiscalDocumentId &out);
} // namespace detail

} // namespace fiscal
