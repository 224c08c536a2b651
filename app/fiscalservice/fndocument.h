#pragma once

// FF0Ah answers decoded for the reconciliation: every document type starts with DATE_TIME, FD and
// fiscal sign; receipts and corrections follow with the calculation sign and the total.

#include <QDateTime>

#include <optional>

#include "app/fiscalservice/recovery.h"
#include "fiscal/codes.h"
#include "fiscal/commands/fn.h"

namespace app {

namespace fndoctype = fiscal::fdtype;

std::optional<FoundFnDocument> decodeFoundDocument(const fiscal::FoundDocument &doc);

// The FN's local date and time as a QDateTime in local time; invalid when out of range.
QDateTime fromFnDateTime(const fiscal::FnDateTime &dt);

} // namespace app
