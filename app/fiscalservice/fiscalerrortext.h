#pragma once

// fiscal::Error as a FiscalMessage for the cashier (fiscalmessage.cpp). app/'s side of the border
// with the fiscal core: the screens include fiscalmessage.h and never see fiscal/error.h.

#include <cstdint>

#include "app/fiscalservice/fiscalmessage.h"
#include "fiscal/error.h"

namespace app {

// `submode` is the last known 10h submode (paper state), 0 when unknown.
FiscalMessage describeFiscalError(const fiscal::Error &error, std::uint8_t submode = 0);

// Errors after which the same job can run again once the device state changes (paper, printing,
// link): the job stays in the journal instead of failing.
bool isTransientFiscalError(const fiscal::Error &error);

} // namespace app
