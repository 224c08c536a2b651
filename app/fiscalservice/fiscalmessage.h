#pragma once

// Driver errors as sentences for the cashier: what happened and the next step, translated
// (context "Model"). One mapping for every error the UI must treat specially (reference §5); the
// mapping from fiscal::Error is in fiscalerrortext.h, which only app/ includes.

#include <QMetaType>
#include <QString>

#include <cstdint>

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

} // namespace app

Q_DECLARE_METATYPE(app::FiscalMessage)
