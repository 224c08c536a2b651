// Operations that change the registrar: cash in/out, shift, reports, cancel, continue printing.

#include <iostream>
#include <optional>

#include "fiscal/cli/commands.h"
#include "fiscal/cli/output.h"

namespace fiscal::cli {

int cmdCash(Registrar &r, const Options &o, bool in)
{
    if (o.args.size() != 1)
        return usage(o.command + " needs one AMOUNT in rubles, e.g. 100.50");
    const auto amount = parseRubles(o.args[0]);
    if (!amount || *amount <= 0 || *amount > static_cast<Kopecks>(maxForWidth(MoneyWidth)))
        return usage("bad amount '" + o.args[0] + "': use rubles like 100.50");
    auto doc = in ? r.cashIn(*amount) : r.cashOut(*amount);
    if (!doc)
        return fail(doc.error());
    if (o.json)
        std::cout << JsonObject()
                         .add("amount_kopecks", static_cast<std::uint64_t>(*amount))
                         .add("document", int{doc->documentNumber})
                         .add("operator", int{doc->operatorNumber})
                         .str()
                  << "\n";
    else
        std::cout << (in ? "cash in " : "cash out ") << formatMoney(*amount) << ", document "
                  << doc->documentNumber << "\n";
    return ExitOk;
}

int cmdOperation(Registrar &r, const Options &o)
{
    if (o.command == "beep") {
        if (auto b = r.beep(); !b)
            return fail(b.error());
        return printOutcome(o, {}, "beep");
    }
    if (o.command == "open-shift") {
        std::optional<Cashier> cashier;
        if (!o.cashier.empty())
            cashier = Cashier{o.cashier, {}};
        auto s = r.openShift(cashier);
        if (!s)
            return fail(s.error());
        std::string what = "shift " + std::to_string(s->shiftNumber) + " opened";
        if (s->id)
            what += ", FD " + std::to_string(s->id->fd) + ", FP " + std::to_string(s->id->fiscalSign);
        return printOutcome(o, s->print, what);
    }
    if (o.command == "x-report") {
        auto p = r.xReport();
        if (!p)
            return fail(p.error());
        return printOutcome(o, *p, "X report printed");
    }
    if (o.command == "z-report") {
        auto s = r.zReport();
        if (!s)
            return fail(s.error());
        return printOutcome(o, s->print,
                            "shift " + std::to_string(s->shiftNumber) + " closed with a Z report");
    }
    if (o.command == "cancel-receipt") {
        if (auto c = r.cancelReceipt(); !c)
            return fail(c.error());
        return printOutcome(o, {}, "receipt cancelled");
    }
    if (o.command == "continue-print") {
        auto p = r.continuePrinting();
        if (!p)
            return fail(p.error());
        return printOutcome(o, *p, "printing continued");
    }
    return usage("unknown command '" + o.command + "'");
}

} // namespace fiscal::cli
