#include "fiscal/commands/fn.h"

#include "fiscal/codec/text.h"
#include "fiscal/codes.h"

namespace fiscal {

using detail::requireLength;

namespace detail {
bool readDocumentId(ByteReader &in, FiscalDocumentId &out)
{
    if (in.remaining() < 8)
        return false;
    out.fd = static_cast<std::uint32_t>(*in.le(4));
    out.fiscalSign = static_cast<std::uint32_t>(*in.le(4));
    if (in.remaining() >= 5)
        out.dateTime = readFnDateTime(in);
    return true;
}
} // namespace detail

static std::string ascii(ByteView bytes)
{
    std::string out;
    for (std::uint8_t b : bytes) {
        if (b == 0)
            break;
        out.push_back(b >= 0x20 && b < 0x7F ? static_cast<char>(b) : '?');
    }
    return out;
}

Request fnStatusRequest(Password password)
{
    return passwordOnly(cmd::FnStatus, password);
}

Result<FnStatus> parseFnStatus(ByteView data)
{
    FISCAL_TRY(requireLength(cmd::FnStatus, data, 30));
    ByteReader in(data);
    FnStatus s;
    s.lifecycle = *in.u8();
    s.currentDocument = *in.u8();
    s.documentDataReceived = *in.u8() != 0;
    s.shiftOpen = *in.u8() != 0;
    s.warnings = *in.u8();
    s.dateTime = readFnDateTime(in).value_or(FnDateTime{});
    s.fnNumber = ascii(*in.take(16));
    s.lastFd = static_cast<std::uint32_t>(*in.le(4));
    return s;
}

Request fnNumberRequest(Password password)
{
    return passwordOnly(cmd::FnNumber, password);
}

Result<std::string> parseFnNumber(ByteView data)
{
    FISCAL_TRY(requireLength(cmd::FnNumber, data, 16));
    return ascii(data.first(16));
}

Request fnExpiryRequest(Password password)
{
    return passwordOnly(cmd::FnExpiry, password);
}

Result<Date> parseFnExpiry(ByteView data)
{
    FISCAL_TRY(requireLength(cmd::FnExpiry, data, 3));
    ByteReader in(data);
    return readDateYmd(in).value_or(Date{});
}

Request fnCancelDocumentRequest(Password password)
{
    return passwordOnly(cmd::FnCancelDocument, password);
}

Request fnFindDocumentRequest(Password password, std::uint32_t fd)
{
    Request r = passwordOnly(cmd::FnFindDocument, password);
    appendLE(r.data, fd, 4);
    return r;
}

Result<FoundDocument> parseFoundDocument(ByteView data)
{
    FISCAL_TRY(requireLength(cmd::FnFindDocument, data, 2));
    return FoundDocument{data[0], data[1] != 0, Bytes(data.begin() + 2, data.end())};
}

std::optional<FoundReceipt> decodeFoundReceipt(const FoundDocument &doc)
{
    if ((doc.type != fdtype::Receipt && doc.type != fdtype::Correction) ||
        doc.data.size() < 5 + 4 + 4 + 1 + 5)
        return std::nullopt;
    ByteReader in(doc.data);
    FoundReceipt r;
    r.dateTime = readFnDateTime(in).value_or(FnDateTime{});
    r.fd = static_cast<std::uint32_t>(*in.le(4));
    r.fiscalSign = static_cast<std::uint32_t>(*in.le(4));
    r.operation = *in.u8();
    r.total = static_cast<Kopecks>(*in.le(MoneyWidth));
    return r;
}

Request fnBeginOpenShiftRequest(Password password)
{
    return passwordOnly(cmd::FnBeginOpenShift, password);
}

Request fnOpenShiftRequest(Password password)
{
    return passwordOnly(cmd::FnOpenShift, password);
}

static Result<ShiftDocument> parseShiftDocument(CommandCode code, ByteView data)
{
    FISCAL_TRY(requireLength(code, data, 10));
    ByteReader in(data);
    ShiftDocument d;
    d.shiftNumber = static_cast<std::uint16_t>(*in.le(2));
    detail::readDocumentId(in, d.id);
    return d;
}

Result<ShiftDocument> parseFnOpenShift(ByteView data)
{
    return parseShiftDocument(cmd::FnOpenShift, data);
}

Request fnBeginCloseShiftRequest(Password password)
{
    return passwordOnly(cmd::FnBeginCloseShift, password);
}

Request fnCloseShiftRequest(Password password)
{
    return passwordOnly(cmd::FnCloseShift, password);
}

Result<ShiftDocument> parseFnCloseShift(ByteView data)
{
    return parseShiftDocument(cmd::FnCloseShift, data);
}

RequestResult fnSendTlvRequest(Password password, ByteView tlvs)
{
    Request r = passwordOnly(cmd::FnSendTlv, password);
    if (tlvs.empty() || tlvs.size() > 250)
        return unexpected(detail::cannotEncode(cmd::FnSendTlv, "TLV block must be 1..250 bytes"));
    r.data.insert(r.data.end(), tlvs.begin(), tlvs.end());
    return r;
}

Request fnExchangeStatusRequest(Password password)
{
    return passwordOnly(cmd::FnExchangeStatus, password);
}

Result<ExchangeStatus> parseExchangeStatus(ByteView data)
{
    FISCAL_TRY(requireLength(cmd::FnExchangeStatus, data, 13));
    ByteReader in(data);
    ExchangeStatus s;
    s.statusBits = *in.u8();
    s.readingMessage = *in.u8() != 0;
    s.queued = static_cast<std::uint16_t>(*in.le(2));
    s.firstQueuedFd = static_cast<std::uint32_t>(*in.le(4));
    s.firstQueuedDateTime = readFnDateTime(in).value_or(FnDateTime{});
    return s;
}

Request fnReadDocumentBeginRequest(Password password, std::uint32_t fd)
{
    Request r = passwordOnly(cmd::FnReadDocumentBegin, password);
    appendLE(r.data, fd, 4);
    return r;
}

Result<DocumentHeader> parseDocumentHeader(ByteView data)
{
    FISCAL_TRY(requireLength(cmd::FnReadDocumentBegin, data, 4));
    return DocumentHeader{static_cast<std::uint16_t>(*readLE(data, 0, 2)),
                          static_cast<std::uint16_t>(*readLE(data, 2, 2))};
}

Request fnReadDocumentBlockRequest(Password password)
{
    return passwordOnly(cmd::FnReadDocumentBlock, password);
}

Result<Bytes> parseDocumentBlock(ByteView data)
{
    return Bytes(data.begin(), data.end());
}

Request fnUnconfirmedCountRequest(Password password)
{
    return passwordOnly(cmd::FnUnconfirmedCount, password);
}

Result<std::uint16_t> parseUnconfirmedCount(ByteView data)
{
    FISCAL_TRY(requireLength(cmd::FnUnconfirmedCount, data, 2));
    return static_cast<std::uint16_t>(*readLE(data, 0, 2));
}

Request fnShiftParamsRequest(Password password)
{
    return passwordOnly(cmd::FnShiftParams, password);
}

Result<ShiftParams> parseShiftParams(ByteView data)
{
    FISCAL_TRY(requireLength(cmd::FnShiftParams, data, 5));
    return ShiftParams{data[0] != 0, static_cast<std::uint16_t>(*readLE(data, 1, 2)),
                       static_cast<std::uint16_t>(*readLE(data, 3, 2))};
}

} // namespace fiscal
