#pragma once

// The recovery rule applied through a Registrar: read the facts, decide with recovery::decide(),
// then do what the decision allows and nothing more. The technician CLI and the tests use it; the app's
// fiscal service applies the same decision inside its journal transactions.

#include <optional>

#include "fiscal/recovery/recovery.h"
#include "fiscal/registrar.h"

namespace fiscal {

// What the registrar shows now, as the recovery rule needs it: 10h's mode and FF01h.
struct RecoveryFacts
{
    std::uint8_t mode = 0;              // low nibble of the 10h mode byte
    std::uint8_t fnCurrentDocument = 0; // FF01h: 00h when no FN document is begun
    std::uint32_t lastFd = 0;

    recovery::Device device() const
    {
        return {recovery::documentOpen(mode, fnCurrentDocument), lastFd, std::nullopt};
    }
};

Result<RecoveryFacts> readRecoveryFacts(Registrar &registrar);

// 88h for a receipt open in the registrar (mode 8), FF08h for an FN document begun otherwise.
Result<void> cancelOpenDocument(Registrar &registrar, const RecoveryFacts &facts);

// What reconcile() found and did after an error with an unknown outcome.
struct Reconciliation
{
    enum class Outcome {
        NotFiscalised, // the FN's last FD is still fd_before: safe to run the operation again
        Fiscalised,    // exactly one new document: `document` is it, check its type and total
        Unexpected,    // anything else: `decision.reason` says what; a person must look
    };
    Outcome outcome = Outcome::Unexpected;
    recovery::Decision decision;
    bool cancelledOpenReceipt = false; // an unfinished document was open and was annulled
    std::uint32_t lastFd = 0;
    std::optional<FoundDocument> document;
    std::optional<FoundReceipt> receipt; // `document` decoded, when it is a receipt
};

// For an FN-document job whose fd_before is known: cancels an open document only when the rule says
// so (nothing fiscalised since fdBefore), reads fdBefore + 1 when the FN holds exactly one more.
Result<Reconciliation> reconcile(Registrar &registrar, std::uint32_t fdBefore);

} // namespace fiscal
