#pragma once

// Driver errors as sentences for the cashier: what happened and the next step, translated
// (context "Model"). One mapping for every error the UI must treat specially (reference §5).

#include <QMetaType>
#include <QString>

#include <cstdint>

#include "fiscal/error.h"

namespace app {

// The button or action the UI offers next to the message.
enum class FiscalNextStep : std::uint8_t {
    None,
    Retry,            // try the same thing again (after the cause is fixed)
    WaitPrinting,     // the device is busy printing; it retries by itself
    InsertPaper,      // load a roll, then "Continue printing"
    ContinuePrinting, // B0h
    CloseShift,       // Z report
    OpenShift,
    CheckConnection, // cable, power, port settings; reconnects by itself
    FixPortAccess,   // permissions, another program holds the port
    ConfirmDate,     // C0h: the registrar waits for its date to be confirmed
    CheckSettings,   // passwords, tax rates, anything the administrator sets
    CheckOfd,        // internet / OFD connection
    ReplaceFn,       // call the service engineer
    CheckJournal,    // attention: compare the journal with the FN
};

struct FiscalMessage
{
    QString text; // translated, shown as is
    FiscalNextStep next = FiscalNextStep::None;
    bool isError = false;
};

// `submode` is the last known 10h submode (paper state), 0 when unknown.
FiscalMessage describeFiscalError(const fiscal::Error &error, std::uint8_t submode = 0);

// Errors after which the same job can run again once the device state changes (paper, printing,
// link): the job stays in the journal instead of failing.
bool isTransientFiscalError(const fiscal::Error &error);

} // namespace app

Q_DECLARE_METATYPE(app::FiscalMessage)
