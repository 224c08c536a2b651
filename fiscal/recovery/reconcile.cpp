#include "fiscal/recovery/reconcile.h"

#include "fiscal/codes.h"

namespace fiscal {

Result<RecoveryFacts> readRecoveryFacts(Registrar &registrar)
{
    auto status = registrar.shortStatus();
    if (!status)
        return unexpected(status.error());
    auto fn = registrar.fnStatus();
    if (!fn)
        return unexpected(fn.error());
    return RecoveryFacts{status->mode(), fn->currentDocument, fn->lastFd};
}

Result<void> cancelOpenDocument(Registrar &registrar, const RecoveryFacts &facts)
{
    // Nothing in an unfinished document is fiscal before it closes.
    if (facts.mode == mode::DocumentOpen)
        return registrar.cancelReceipt();
    if (facts.fnCurrentDocument != 0) {
        auto r = registrar.execute(fnCancelDocumentRequest(registrar.settings().adminPassword));
        if (!r)
            return unexpected(r.error());
    }
    return {};
}

Result<Reconciliation> reconcile(Registrar &registrar, std::uint32_t fdBefore)
{
    auto facts = readRecoveryFacts(registrar);
    if (!facts)
        return unexpected(facts.error());
    Reconciliation r;
    r.lastFd = facts->lastFd;
    r.decision = recovery::decide({recovery::Counter::FnDocument, fdBefore, std::nullopt}, facts->device());
    switch (r.decision.action) {
    case recovery::Action::CancelAndRetry:
        if (auto c = cancelOpenDocument(registrar, *facts); !c)
            return unexpected(c.error());
        r.cancelledOpenReceipt = true;
        r.outcome = Reconciliation::Outcome::NotFiscalised;
        return r;
    case recovery::Action::Retry:
        r.outcome = Reconciliation::Outcome::NotFiscalised;
        return r;
    case recovery::Action::VerifyNext: {
        auto doc = registrar.findDocument(fdBefore + 1);
        if (!doc)
            return unexpected(doc.error());
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
