// recover FD_BEFORE: the journal's recovery rule (fiscal/recovery) shown, or applied with --apply.

#include <iostream>

#include "fiscal/cli/commands.h"
#include "fiscal/cli/output.h"
#include "fiscal/recovery/reconcile.h"

namespace fiscal::cli {

// The technician's words for the shared recovery rule (fiscal/recovery).
static std::string recoveryText(const recovery::Decision &d, std::uint32_t fdBefore, std::uint32_t lastFd)
{
    const std::string next = std::to_string(fdBefore + 1);
    switch (d.reason) {
    case recovery::Reason::None:
        break;
    case recovery::Reason::OpenAfterNewDocument:
        return "a document is open, but the FN already holds FD " + std::to_string(lastFd) + " (fd_before " +
               std::to_string(fdBefore) + "): do not cancel blindly, check the last receipts";
    case recovery::Reason::FdOutOfStep:
        return "the FN's last FD " + std::to_string(lastFd) + " is neither fd_before nor " + next +
               ": another program may have used the registrar; compare the receipts with the FN";
    case recovery::Reason::FdMovedByRegisterJob:
    case recovery::Reason::RegisterUnknown:
    case recovery::Reason::RegisterOutOfStep:
        return std::string("see the operational register: ") + toString(d.reason);
    }
    switch (d.action) {
    case recovery::Action::CancelAndRetry:
        return "an unfinished document is open and nothing was fiscalised since fd_before: cancel it, then "
               "send the operation again";
    case recovery::Action::Retry:
        return "nothing was fiscalised since fd_before: send the operation again";
    case recovery::Action::VerifyNext:
        return "the FN holds one more document: read FD " + next +
               " (find-document) and compare its type, sign and total with the operation";
    case recovery::Action::DoneByRegister:
    case recovery::Action::Attention:
        break;
    }
    return toString(d.action);
}

static const char *outcomeName(Reconciliation::Outcome outcome)
{
    switch (outcome) {
    case Reconciliation::Outcome::NotFiscalised:
        return "not-fiscalised";
    case Reconciliation::Outcome::Fiscalised:
        return "fiscalised";
    case Reconciliation::Outcome::Unexpected:
        return "unexpected";
    }
    return "?";
}

static int cmdRecoverApply(Registrar &r, const Options &o, std::uint32_t fdBefore)
{
    auto rec = reconcile(r, fdBefore);
    if (!rec)
        return fail(rec.error());
    if (o.json) {
        JsonObject j;
        j.add("fd_before", std::uint64_t{fdBefore})
            .add("last_fd", std::uint64_t{rec->lastFd})
            .add("action", toString(rec->decision.action))
            .add("reason", toString(rec->decision.reason))
            .add("outcome", outcomeName(rec->outcome))
            .addBool("cancelled", rec->cancelledOpenReceipt);
        if (rec->receipt)
            j.add("fd", std::uint64_t{rec->receipt->fd})
                .add("fiscal_sign", std::uint64_t{rec->receipt->fiscalSign})
                .add("operation", int{rec->receipt->operation})
                .add("total_kopecks", static_cast<std::uint64_t>(rec->receipt->total));
        std::cout << j.str() << "\n";
    } else {
        std::cout << "decision:     " << toString(rec->decision.action) << " ("
                  << recoveryText(rec->decision, fdBefore, rec->lastFd) << ")\n"
                  << "done:         " << (rec->cancelledOpenReceipt ? "open document cancelled; " : "")
                  << outcomeName(rec->outcome) << "\n";
        if (rec->receipt)
            std::cout << "document:     FD " << rec->receipt->fd << ", FP " << rec->receipt->fiscalSign
                      << ", operation " << int{rec->receipt->operation} << ", total "
                      << formatMoney(rec->receipt->total) << "\n";
    }
    return rec->outcome == Reconciliation::Outcome::Unexpected ? ExitDevice : ExitOk;
}

int cmdRecover(Registrar &r, const Options &o)
{
    const auto fdBefore = static_cast<std::uint32_t>(*parseUnsigned(o.args[0]));
    if (o.apply)
        return cmdRecoverApply(r, o, fdBefore);
    auto facts = readRecoveryFacts(r);
    if (!facts)
        return fail(facts.error());
    const recovery::Decision d =
        recovery::decide({recovery::Counter::FnDocument, fdBefore, std::nullopt}, facts->device());
    if (o.json) {
        std::cout << JsonObject()
                         .add("fd_before", std::uint64_t{fdBefore})
                         .add("last_fd", std::uint64_t{facts->lastFd})
                         .addBool("document_open", facts->device().documentOpen)
                         .add("mode", int{facts->mode})
                         .add("fn_document", int{facts->fnCurrentDocument})
                         .add("action", toString(d.action))
                         .add("reason", toString(d.reason))
                         .str()
                  << "\n";
        return ExitOk;
    }
    std::cout << "fd_before:    " << fdBefore << "\n"
              << "last FD:      " << facts->lastFd << "\n"
              << "open:         " << (facts->device().documentOpen ? "yes" : "no") << " (mode "
              << int{facts->mode} << ", FN document " << int{facts->fnCurrentDocument} << ")\n"
              << "decision:     " << toString(d.action) << " (" << recoveryText(d, fdBefore, facts->lastFd)
              << ")\n";
    return ExitOk;
}

} // namespace fiscal::cli
