#include "fiscal/commands/receipt.h"

#include "fiscal/codec/text.h"
#include "fiscal/codes.h"

namespace fiscal {

Request openCheckRequest(Password password, ReceiptType type)
{
    Request r = passwordOnly(cmd::OpenCheck, password);
    r.data.push_back(static_cast<std::uint8_t>(type));
    return r;
}

Request cancelCheckRequest(Password password)
{
    return passwordOnly(cmd::CancelCheck, password);
}

Request subtotalRequest(Password password)
{
    return passwordOnly(cmd::Subtotal, password);
}

static RequestResult lineRequest(CommandCode code, Password password, const LegacyLine &line)
{
    Request r = passwordOnly(code, password);
    if (!appendLegacyQuantity(r.data, line.quantity) || !detail::appendAmount(r.data, line.price))
        return unexpected(detail::cannotEncode(code, "quantity or price out of range"));
    r.data.push_back(line.department);
    r.data.insert(r.data.end(), line.taxes.begin(), line.taxes.end());
    const Bytes text = encodeFixedText(line.text, 40);
    r.data.insert(r.data.end(), text.begin(), text.end());
    return r;
}

RequestResult saleRequest(Password password, const LegacyLine &line)
{
    return lineRequest(cmd::Sale, password, line);
}

RequestResult saleReturnRequest(Password password, const LegacyLine &line)
{
    return lineRequest(cmd::SaleReturn, password, line);
}

template<std::size_t N>
static RequestResult closeRequest(CommandCode code, Password password, const std::array<Kopecks, N> &payments,
                                  std::int16_t discount, const std::array<std::uint8_t, 4> &taxes,
                                  std::string_view text)
{
    Request r = passwordOnly(code, password);
    for (Kopecks p : payments)
        if (!detail::appendAmount(r.data, p))
            return unexpected(detail::cannotEncode(code, "payment out of range"));
    if (discount < -9999 || discount > 9999)
        return unexpected(detail::cannotEncode(code, "discount outside -99.99..99.99 %"));
    appendLE(r.data, static_cast<std::uint16_t>(discount), 2);
    r.data.insert(r.data.end(), taxes.begin(), taxes.end());
    const Bytes t = encodeFixedText(text, 40);
    r.data.insert(r.data.end(), t.begin(), t.end());
    return r;
}

RequestResult closeCheckRequest(Password password, const LegacyClose &close)
{
    return closeRequest(cmd::CloseCheck, password, close.payments, close.discountHundredthsPercent,
                        close.taxes, close.text);
}

RequestResult closeCheckExtendedRequest(Password password, const ExtendedClose &close)
{
    return closeRequest(cmd::CloseCheckExtended, password, close.payments, close.discountHundredthsPercent,
                        close.taxes, close.text);
}

Result<CloseAnswer> parseCloseAnswer(CommandCode code, ByteView data)
{
    FISCAL_TRY(detail::requireLength(code, data, 1 + MoneyWidth));
    return CloseAnswer{data[0], static_cast<Kopecks>(readLE(data, 1, MoneyWidth).value_or(0))};
}

Result<SubtotalAnswer> parseSubtotal(ByteView data)
{
    FISCAL_TRY(detail::requireLength(cmd::Subtotal, data, 1 + MoneyWidth));
    return SubtotalAnswer{data[0], static_cast<Kopecks>(readLE(data, 1, MoneyWidth).value_or(0))};
}

} // namespace fiscal
