// Reading the registrar: status (10h), FN status and expiry, the model, one FN document.

#include <iostream>
#include <optional>

#include "fiscal/cli/commands.h"
#include "fiscal/cli/output.h"
#include "fiscal/commands/fn.h"
#include "fiscal/commands/fnreceipt.h"

namespace fiscal::cli {

int cmdStatus(Registrar &r, const Options &o)
{
    auto s = r.status();
    if (!s)
        return fail(s.error());
    if (o.json) {
        JsonObject j;
        j.add("mode", int{s->mode})
            .add("mode_status", int{s->modeStatus})
            .add("mode_name", modeName(s->mode))
            .add("submode", int{s->submode})
            .add("submode_name", submodeName(s->submode))
            .add("operator", int{s->operatorNumber})
            .add("paper", toString(s->paper))
            .add("shift", s->shift == ShiftState::Closed ? "closed"
                          : s->shift == ShiftState::Open ? "open"
                                                         : "expired")
            .addBool("document_open", s->documentOpen)
            .add("fn_number", s->fnNumber)
            .add("last_fd", std::uint64_t{s->lastFd});
        if (s->fnExpiry)
            j.add("expiry", dateText(*s->fnExpiry));
        else
            j.addNull("expiry");
        if (s->ofdBacklog)
            j.add("ofd_backlog", std::uint64_t{*s->ofdBacklog});
        else
            j.addNull("ofd_backlog");
        std::cout << j.str() << "\n";
        return ExitOk;
    }
    std::cout << "mode:         " << int{s->mode} << "." << int{s->modeStatus} << " (" << modeName(s->mode)
              << ")\n"
              << "submode:      " << int{s->submode} << " (" << submodeName(s->submode) << ")\n"
              << "operator:     " << int{s->operatorNumber} << "\n"
              << "paper:        " << toString(s->paper) << "\n"
              << "shift:        " << toString(s->shift) << "\n"
              << "FN number:    " << s->fnNumber << "\n"
              << "FN expiry:    " << (s->fnExpiry ? dateText(*s->fnExpiry) : "unknown") << "\n"
              << "last FD:      " << s->lastFd << "\n"
              << "OFD backlog:  " << (s->ofdBacklog ? std::to_string(*s->ofdBacklog) : "unknown") << "\n";
    return ExitOk;
}

int cmdFnStatus(Registrar &r, const Options &o)
{
    auto s = r.fnStatus();
    if (!s)
        return fail(s.error());
    std::optional<Date> expiry;
    if (auto e = r.execute(fnExpiryRequest(r.settings().adminPassword)))
        if (auto d = parseFnExpiry(*e))
            expiry = *d;
    if (o.json) {
        JsonObject j;
        j.add("fn_number", s->fnNumber)
            .add("last_fd", std::uint64_t{s->lastFd})
            .addBool("shift_open", s->shiftOpen);
        if (expiry)
            j.add("expiry", dateText(*expiry));
        else
            j.addNull("expiry");
        j.add("lifecycle", int{s->lifecycle})
            .add("current_document", int{s->currentDocument})
            .add("warnings", int{s->warnings})
            .add("date_time", dateTimeText(s->dateTime));
        std::cout << j.str() << "\n";
        return ExitOk;
    }
    std::cout << "FN number:    " << s->fnNumber << "\n"
              << "last FD:      " << s->lastFd << "\n"
              << "shift:        " << (s->shiftOpen ? "open" : "closed") << "\n"
              << "expiry:       " << (expiry ? dateText(*expiry) : "unknown") << "\n"
              << "lifecycle:    " << int{s->lifecycle} << "\n"
              << "document:     " << int{s->currentDocument} << "\n"
              << "warnings:     " << int{s->warnings} << "\n"
              << "FN time:      " << dateTimeText(s->dateTime) << "\n";
    return ExitOk;
}

int cmdModel(Registrar &r, const Options &o)
{
    auto t = r.deviceType();
    if (!t)
        return fail(t.error());
    const std::string protocol =
        std::to_string(t->protocolVersion) + "." + std::to_string(t->protocolSubversion);
    if (o.json) {
        std::cout << JsonObject()
                         .add("name", t->name)
                         .add("model", int{t->model})
                         .add("type", int{t->type})
                         .add("subtype", int{t->subtype})
                         .add("protocol", protocol)
                         .add("language", int{t->language})
                         .str()
                  << "\n";
        return ExitOk;
    }
    std::cout << t->name << " (model " << int{t->model} << ", type " << int{t->type} << "." << int{t->subtype}
              << ", protocol " << protocol << ")\n";
    return ExitOk;
}

int cmdFindDocument(Registrar &r, const Options &o)
{
    if (o.args.size() != 1)
        return usage("find-document needs a document number");
    const auto fd = parseUnsigned(o.args[0]);
    if (!fd || *fd == 0 || *fd > 0xFFFFFFFFu)
        return usage("bad document number '" + o.args[0] + "'");
    auto doc = r.findDocument(static_cast<std::uint32_t>(*fd));
    if (!doc)
        return fail(doc.error());
    const auto receipt = decodeFoundReceipt(*doc);
    if (o.json) {
        JsonObject j;
        j.add("fd", *fd).add("type", int{doc->type}).addBool("ofd_receipt", doc->ofdReceiptReceived);
        if (receipt)
            j.add("date_time", dateTimeText(receipt->dateTime))
                .add("fiscal_sign", std::uint64_t{receipt->fiscalSign})
                .add("operation", int{receipt->operation})
                .add("total_kopecks", static_cast<std::uint64_t>(receipt->total));
        j.add("data", toHex(doc->data));
        std::cout << j.str() << "\n";
        return ExitOk;
    }
    std::cout << "document " << *fd << ": type " << int{doc->type} << ", OFD receipt "
              << (doc->ofdReceiptReceived ? "received" : "not received") << "\n";
    if (receipt)
        std::cout << "  " << dateTimeText(receipt->dateTime) << ", FP " << receipt->fiscalSign
                  << ", operation " << int{receipt->operation} << ", total " << formatMoney(receipt->total)
                  << "\n";
    else
        std::cout << "  data: " << toHex(doc->data) << "\n";
    return ExitOk;
}

} // namespace fiscal::cli
