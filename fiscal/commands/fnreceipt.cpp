#include "fiscal/commands/fnreceipt.h"

#include <chrono>

#include "fiscal/codec/text.h"
#include "fiscal/codes.h"
#include "fiscal/commands/fn.h"

namespace fiscal {

static bool appendOptionalAmount(Bytes &out, const std::optional<Kopecks> &amount)
{
    if (!amount) {
        appendLE(out, DeviceComputes, MoneyWidth);
        return true;
    }
    // FF FF FF FF FF means "device computes", so a real amount must stay below it.
    return *amount >= 0 && static_cast<std::uint64_t>(*amount) < DeviceComputes &&
           detail::appendAmount(out, *amount);
}

RequestResult fnOperationRequest(Password password, const FnLine &line)
{
    const CommandCode code = cmd::FnOperationV2;
    Request r = passwordOnly(code, password);
    r.data.push_back(static_cast<std::uint8_t>(line.operation));
    if (!appendFf46Quantity(r.data, line.quantity) || !detail::appendAmount(r.data, line.price) ||
        !appendOptionalAmount(r.data, line.amount) || !appendOptionalAmount(r.data, line.taxAmount))
        return unexpected(detail::cannotEncode(code, "quantity or amount out of range"));
    r.data.insert(r.data.end(), {line.taxBits, line.department, static_cast<std::uint8_t>(line.method),
                                 static_cast<std::uint8_t>(line.subject)});
    Bytes name = encodeText(line.name, CodePage::Cp1251);
    if (name.size() > MaxLineName)
        return unexpected(detail::cannotEncode(code, "item name longer than 128 bytes"));
    if (name.size() < line.padNameTo)
        name.resize(std::min(line.padNameTo, MaxLineName), 0);
    r.data.insert(r.data.end(), name.begin(), name.end());
    return r;
}

RequestResult fnSendOperationTlvRequest(Password password, ByteView tlvs)
{
    Request r = passwordOnly(cmd::FnSendOperationTlv, password);
    if (tlvs.empty() || tlvs.size() > 250)
        return unexpected(detail::cannotEncode(cmd::FnSendOperationTlv, "TLV block must be 1..250 bytes"));
    r.data.insert(r.data.end(), tlvs.begin(), tlvs.end());
    return r;
}

RequestResult fnCloseCheckRequest(Password password, const FnClose &close)
{
    const CommandCode code = cmd::FnCloseCheckV2;
    Request r = passwordOnly(code, password);
    for (Kopecks p : close.payments)
        if (!detail::appendAmount(r.data, p))
            return unexpected(detail::cannotEncode(code, "payment out of range"));
    r.data.push_back(close.roundingKopecks);
    for (Kopecks t : close.taxes)
        if (!detail::appendAmount(r.data, t))
            return unexpected(detail::cannotEncode(code, "tax amount out of range"));
    r.data.push_back(close.taxSystem);
    Bytes text = encodeText(close.text, CodePage::Cp1251);
    if (text.size() > FnCloseTextWidth)
        return unexpected(detail::cannotEncode(code, "closing text longer than 64 bytes"));
    // Padded like the Go driver's 182-byte vector: the frame length is then the same for every close.
    text.resize(FnCloseTextWidth, 0);
    r.data.insert(r.data.end(), text.begin(), text.end());
    return r;
}

Result<FnCloseAnswer> parseFnCloseCheck(ByteView data)
{
    FISCAL_TRY(detail::requireLength(cmd::FnCloseCheckV2, data, MoneyWidth + 8));
    ByteReader in(data);
    FnCloseAnswer a;
    a.change = static_cast<Kopecks>(*in.le(MoneyWidth));
    detail::readDocumentId(in, a.id);
    return a;
}

RequestResult fnCorrectionRequest(Password password, const FnCorrection &c)
{
    const CommandCode code = cmd::FnCorrectionV2;
    Request r = passwordOnly(code, password);
    r.data.push_back(c.correctionType);
    r.data.push_back(c.settlementSign);
    for (Kopecks v : {c.total, c.cash, c.electronic, c.prepayment, c.postpayment, c.counterProvision})
        if (!detail::appendAmount(r.data, v))
            return unexpected(detail::cannotEncode(code, "amount out of range"));
    for (Kopecks t : c.taxes)
        if (!detail::appendAmount(r.data, t))
            return unexpected(detail::cannotEncode(code, "tax amount out of range"));
    r.data.push_back(c.taxSystem);
    return r;
}

Result<CorrectionAnswer> parseCorrection(CommandCode code, ByteView data)
{
    FISCAL_TRY(detail::requireLength(code, data, 10));
    ByteReader in(data);
    CorrectionAnswer a;
    a.receiptNumber = static_cast<std::uint16_t>(*in.le(2));
    detail::readDocumentId(in, a.id);
    return a;
}

Request fnBeginCorrectionRequest(Password password)
{
    return passwordOnly(cmd::FnBeginCorrection, password);
}

RequestResult fnMakeCorrectionRequest(Password password, Kopecks total, std::uint8_t operation)
{
    Request r = passwordOnly(cmd::FnMakeCorrection, password);
    if (!detail::appendAmount(r.data, total))
        return unexpected(detail::cannotEncode(cmd::FnMakeCorrection, "total out of range"));
    r.data.push_back(operation);
    return r;
}

} // namespace fiscal

namespace fiscal {

Request fnOpenCorrectionReceiptRequest(Password password, ReceiptType type)
{
    Request r = passwordOnly(cmd::FnOpenCorrectionReceipt, password);
    r.data.push_back(static_cast<std::uint8_t>(type));
    return r;
}

std::int64_t daysSinceEpoch(const Date &d)
{
    const std::chrono::sys_days days{std::chrono::year(d.year) / std::chrono::month(unsigned(d.month)) /
                                     std::chrono::day(unsigned(d.day))};
    return days.time_since_epoch().count();
}

std::vector<Tlv> correctionBasisTags(const CorrectionBasis &basis)
{
    std::vector<Tlv> children;
    if (!basis.description.empty())
        children.push_back(tlvString(1177, basis.description));
    children.push_back(
        tlvUint32(1178, static_cast<std::uint32_t>(daysSinceEpoch(basis.settlementDate) * 86400)));
    if (!basis.orderNumber.empty())
        children.push_back(tlvString(1179, basis.orderNumber));
    return {tlvByte(1173, basis.type), tlvStlv(1174, children)};
}

std::optional<std::uint8_t> taxBitsForVat1199(int vatCode)
{
    switch (vatCode) {
    case 1:
    case 11:
        return taxbit::Vat20;
    case 2:
        return taxbit::Vat10;
    case 3:
    case 12:
        return taxbit::Vat20_120;
    case 4:
        return taxbit::Vat10_110;
    case 5:
        return taxbit::Vat0;
    case 6:
        return taxbit::NoVat;
    case 7:
        return taxbit::Vat5;
    case 8:
        return taxbit::Vat7;
    case 9:
        return taxbit::Vat5_105;
    case 10:
        return taxbit::Vat7_107;
    default:
        return std::nullopt;
    }
}

} // namespace fiscal
