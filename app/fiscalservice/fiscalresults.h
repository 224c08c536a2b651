#pragma once

// What the fiscal worker reports back to the UI thread: a finished journal job, a marking code
// verdict, and the result of a direct (non-journaled) operation. Plain values for queued signals.

#include <QMetaType>
#include <QString>

#include <optional>

#include "app/fiscalservice/fiscalmessage.h"
#include "app/sync/fiscaljobs.h"

namespace app {

struct FiscalJobOutcome
{
    qint64 jobId = 0;
    QString kind; // sale, return, correction, cash_in, cash_out, open_shift, z_report, x_report
    QString documentUuid;
    FiscalJobState state = FiscalJobState::Queued; // done, failed, attention, or still sending
    std::optional<qint64> fd;
    std::optional<qint64> fiscalSign;
    bool printIncomplete = false; // done, but the paper ran out: offer "Continue printing"
    QString resolution;           // sent, recovered (found in the FN), register, failed, attention
    FiscalMessage message;        // why it failed / needs attention / waits
};

enum class MarkingDecision : std::uint8_t {
    Accepted,        // the FN and the marking server said yes (FF69h accept sent)
    AcceptedOffline, // the FN check passed, the server did not answer (permissive offline sale)
    Rejected,        // declined (FF69h reject sent): the item must not be sold
    NotChecked,      // the check could not run (link, device): nothing was decided
};

struct MarkingVerdict
{
    QString code;
    MarkingDecision decision = MarkingDecision::NotChecked;
    int result2106 = 0; // the device's tag 2106 bits
    QString text;       // translated verdict for the cashier
};

struct FiscalOperationResult
{
    bool ok = false;
    FiscalMessage message; // on failure; on success may carry a note
    bool printIncomplete = false;
    QString text; // free-form result (FN status summary)
};

} // namespace app

Q_DECLARE_METATYPE(app::FiscalJobOutcome)
Q_DECLARE_METATYPE(app::MarkingVerdict)
Q_DECLARE_METATYPE(app::FiscalOperationResult)
