#include "fiscal/cli/commandline.h"

#include <iostream>

#include <CLI/CLI.hpp>

#include "fiscal/cli/cliparse.h"
#include "fiscal/codec/values.h"

namespace fiscal::cli {

namespace {

const char *const footer = R"(
Devices: serial:/dev/ttyUSB0, or tcp:HOST[:PORT] (default port 7778).
Exit codes: 0 ok, 2 bad usage, 3 no link or transport error, 4 the registrar refused (its error is
printed). See fiscal/README.md.)";

struct Subcommand
{
    const char *name;
    const char *description;
    const char *argument = nullptr; // the positional argument's name, if any
    int minArgs = 0;
    int maxArgs = 0; // -1: any number
};

const Subcommand subcommands[] = {
    {"status", "mode, submode, paper, shift, FN number, last FD, OFD backlog"},
    {"fn-status", "FN state (FF01h) and expiry"},
    {"model", "device type and name (FCh)"},
    {"beep", "the registrar beeps: the link works"},
    {"open-shift", "open a shift (E0h, or FF41h/FF0Ch/FF0Bh with --cashier)"},
    {"x-report", "print an X report"},
    {"z-report", "close the shift with a Z report"},
    {"cash-in", "cash into the drawer, in rubles: 100.50", "AMOUNT", 1, 1},
    {"cash-out", "cash out of the drawer, in rubles", "AMOUNT", 1, 1},
    {"cancel-receipt", "cancel the open receipt (88h)"},
    {"continue-print", "continue printing after the paper was refilled (B0h)"},
    {"find-document", "read fiscal document N from the FN (FF0Ah)", "N", 1, 1},
    {"recover",
     "what recovery would do for an operation sent when the FN's last FD was FD_BEFORE (reads 10h and "
     "FF01h, changes nothing); --apply does it: cancels an open document only when the rule allows, "
     "reads FD+1",
     "FD_BEFORE", 1, 1},
    {"raw", "send one command: code then data, e.g. \"10 1E 00 00 00\"; prints the answer", "HEX", 1, -1},
    {"scan", "find a registrar: every serial port (or the PORTs given) and baud rate, ENQ on each", "PORT", 0,
     -1},
};

// The arguments' own rules, checked before any connection.
std::string argumentProblem(const Options &o)
{
    if (o.command == "cash-in" || o.command == "cash-out") {
        const auto amount = parseRubles(o.args[0]);
        if (!amount || *amount <= 0 || *amount > static_cast<Kopecks>(maxForWidth(MoneyWidth)))
            return "bad amount '" + o.args[0] + "': use rubles like 100.50";
    }
    if (o.command == "find-document" || o.command == "recover") {
        const auto fd = parseUnsigned(o.args[0]);
        if (!fd || (*fd == 0 && o.command == "find-document") || *fd > 0xFFFFFFFFu)
            return "bad document number '" + o.args[0] + "'";
    }
    if (o.command == "raw") {
        std::string hex;
        for (const std::string &a : o.args)
            hex += a;
        if (!parseRawCommand(hex))
            return "raw needs hex bytes: the command code, then its data";
    }
    return {};
}

void addGlobalOptions(CLI::App &app, Options &o)
{
    app.add_option("--device", o.device, "serial:/dev/ttyUSB0 or tcp:HOST[:PORT]")
        ->envname("PRILAVOK_FR_DEVICE");
    app.add_option("--baud", o.baud, "serial speed")->check(CLI::Range(1u, 4000000u))->capture_default_str();
    app.add_option("--password", o.password, "operator password (30: the system administrator)")
        ->capture_default_str();
    app.add_option("--cashier", o.cashier, "cashier name for open-shift (tag 1021)");
    app.add_flag("--trace", o.trace, "print every byte both ways to stderr");
    app.add_flag("--json", o.json, "machine-readable output");
    app.add_flag("--apply", o.apply, "recover: act on the decision instead of only showing it");
}

} // namespace

std::variant<Options, int> parseCommandLine(int argc, const char *const *argv)
{
    Options o;
    CLI::App app{"The technician's command line for a Shtrih-M registrar.", "prilavok-fr"};
    app.footer(footer);
    app.require_subcommand(1);
    app.fallthrough(); // the options may also follow the command
    addGlobalOptions(app, o);
    for (const Subcommand &s : subcommands) {
        CLI::App *sub = app.add_subcommand(s.name, s.description);
        if (s.argument) {
            CLI::Option *arg =
                sub->add_option(s.argument, o.args)
                    ->expected(s.minArgs, s.maxArgs < 0 ? CLI::detail::expected_max_vector_size : s.maxArgs);
            if (s.minArgs > 0)
                arg->required();
        }
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp &e) {
        return app.exit(e);
    } catch (const CLI::ParseError &e) {
        return usage(e.what());
    }
    o.command = app.get_subcommands().front()->get_name();
    if (const std::string problem = argumentProblem(o); !problem.empty())
        return usage(problem);
    return o;
}

} // namespace fiscal::cli
