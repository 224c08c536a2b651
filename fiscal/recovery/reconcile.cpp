#include "fiscal/recovery/reconcile.h"

#include "fiscal/codes.h"

namespace fiscal {

Result<RecoveryFacts> readRecoveryFacts(Registrar &registrar)
{
    auto status = registrar.shortStatus();
    FISCAL_TRY(status);
    return registrar.fnStatus().transform([&](const FnStatus &fn) {
        return RecoveryFacts{status->mode(), fn.currentDocument, fn.lastFd};
    });
}

Result<void> cancelOpenDocument(Registrar &registrar, const RecoveryFacts &facts)
{
    // Nothing in an unfinished document is fiscal before it closes.
    if (facts.mode == mode::DocumentOpen)
        return registrar.cancelReceipt();
    if (facts.fnCurrentDocument != 0)
        FISCAL_TRY(registrar.execute(fnCancelDocumentRequest(registrar.settings().adminPassword)));
    return {};
}

Result<Reconciliation> reconcile(Registrar &registrar, std::uint32_t fdBefore)
{
    auto facts = readRecoveryFacts(registrar);
    FISCAL_TRY(facts);
    Reconciliation r;
    r.lastFd = facts->lastFd;
    r.decision = recovery::decide({recovery::Counter::FnDocument, fdBefore, std::nullopt}, facts->device());
    switch (r.decision.action) {
    case recovery::Action::CancelAndRetry:
        FISCAL_TRY(cancelOpenDocument(registrar, *facts));
        r.cancelledOpenReceipt = true;
        r.outcome = Reconciliation::Outcome::NotFiscalised;
        return r;
    case recovery::Action::Retry:
        r.outcome = Reconciliation::Outcome::NotFiscalised;
        return r;
    case recovery::Action::VerifyNext: {
        auto doc = registrar.findDocument(fdBefore + 1);
        FISCAL_TRY(doc);
        r.outcome = Reconciliation::Outcome::Fiscalised;
        r.receipt = decodeFoundReceipt(*doc);
        r.document = std::move(*doc);
        return r;
    }
    case recovery::Action::DoneByRegister: // not for FN-document jobs
    case recovery::Action::Attention:
        break;
    }
    r.outcome = Reconciliation::Outcome::Unexpected;
    return r;
}

} // namespace fiscal
