#include "fiscal/commands/shift.h"

#include "fiscal/codes.h"

namespace fiscal {

Request xReportRequest(Password password)
{
    return passwordOnly(cmd::XReport, password);
}

Request zReportRequest(Password password)
{
    return passwordOnly(cmd::ZReport, password);
}

Request openShiftRequest(Password password)
{
    return passwordOnly(cmd::OpenShift, password);
}

static RequestResult cashRequest(CommandCode code, Password password, Kopecks amount)
{
    Request r = passwordOnly(code, password);
    if (amount <= 0 || !detail::appendAmount(r.data, amount))
        return unexpected(detail::cannotEncode(code, "amount must be positive and fit 5 bytes"));
    return r;
}

RequestResult cashInRequest(Password password, Kopecks amount)
{
    return cashRequest(cmd::CashIn, password, amount);
}

RequestResult cashOutRequest(Password password, Kopecks amount)
{
    return cashRequest(cmd::CashOut, password, amount);
}

Result<CashDocument> parseCashDocument(CommandCode code, ByteView data)
{
    FISCAL_TRY(detail::requireLength(code, data, 3));
    return CashDocument{data[0], static_cast<std::uint16_t>(readLE(data, 1, 2).value_or(0))};
}

} // namespace fiscal
