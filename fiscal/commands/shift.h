#pragma once

// Shift, reports and cash drawer money: 40h X report, 41h Z report, E0h open shift, 50h cash in,
// 51h cash out.

#include "fiscal/commands/request.h"

namespace fiscal {

Request xReportRequest(Password password);
Request zReportRequest(Password password);
Request openShiftRequest(Password password);

struct CashDocument
{
    std::uint8_t operatorNumber = 0;
    std::uint16_t documentNumber = 0;
    friend bool operator==(const CashDocument &, const CashDocument &) = default;
};
RequestResult cashInRequest(Password password, Kopecks amount);
RequestResult cashOutRequest(Password password, Kopecks amount);
Result<CashDocument> parseCashDocument(CommandCode code, ByteView data);

} // namespace fiscal
