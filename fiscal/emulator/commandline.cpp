#include "fiscal/emulator/commandline.h"

#include <charconv>
#include <iostream>

#include <CLI/CLI.hpp>

#include "fiscal/emulator/device.h"

namespace fiscal::emu {

namespace {

bool splitHostPort(const std::string &s, std::string &host, std::uint16_t &port)
{
    const auto colon = s.rfind(':');
    if (colon == std::string::npos)
        return false;
    host = s.substr(0, colon);
    unsigned value = 0;
    auto [p, ec] = std::from_chars(s.data() + colon + 1, s.data() + s.size(), value);
    if (ec != std::errc() || p != s.data() + s.size() || value > 65535)
        return false;
    port = static_cast<std::uint16_t>(value);
    return !host.empty();
}

// A CLI11 check: the text is HOST:PORT (after an optional prefix such as "tcp:").
CLI::Validator hostPort(const std::string &prefix)
{
    return CLI::Validator(
        [prefix](const std::string &value) -> std::string {
            std::string host;
            std::uint16_t port = 0;
            if (!value.starts_with(prefix) || !splitHostPort(value.substr(prefix.size()), host, port))
                return "wants " + prefix + "HOST:PORT";
            return {};
        },
        prefix + "HOST:PORT");
}

const CLI::Validator knownModel(
    [](const std::string &value) -> std::string {
        unsigned n = 0;
        auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
        if (ec != std::errc() || p != value.data() + value.size() || n == 0 || n > 255 ||
            modelName(static_cast<std::uint8_t>(n)).empty())
            return "unknown model " + value;
        return {};
    },
    "MODEL");

bool onOff(const std::string &value)
{
    return value == "on";
}

struct Texts
{
    std::string tcp, control, fsync, ffQuirk, legacyStatus, markingVerdict, fnExpiryDays, ofdBacklog,
        clockHours;
    int model = 0;
    int turnaroundMs = -1;
    bool paperOut = false, fnFull = false;
};

void addEndpoint(CLI::App &app, EmulatorCommandLine &c, Texts &t)
{
    CLI::Option_group *where = app.add_option_group("endpoint", "where the registrar listens (one of)");
    where->add_option("--tcp", t.tcp, "HOST:PORT (port 0: any)")->check(hostPort(""));
    where->add_option("--serial", c.server.path, "an existing tty");
    where->add_option("--pty", c.server.path, "create a pseudo-terminal and a symlink LINK to it")
        ->option_text("LINK");
    where->require_option(1);
}

void addDevice(CLI::App &app, EmulatorCommandLine &c, Texts &t)
{
    DeviceConfig &d = c.server.device;
    app.add_option("--state", d.statePath, "keep the FN archive, registers and shift in FILE");
    app.add_option("--tape", d.tapePath, "append every printed line (UTF-8) to FILE");
    app.add_option("--fsync", t.fsync,
                   "fsync the state before each answer (off is still safe against kill -9, not against "
                   "a machine crash)")
        ->check(CLI::IsMember({"on", "off"}))
        ->default_str("on");
    app.add_option("--baud", c.server.baud, "throttle both directions to N baud (10 bits per byte)")
        ->check(CLI::NonNegativeNumber);
    app.add_flag("--strict-baud", c.server.strictBaud,
                 "with --pty and --baud: ignore the host while its side of the pty is set to another "
                 "speed (as a real UART would)");
    app.add_option("--print-ms-per-line", d.printMsPerLine,
                   "printing time per line (submode 5 while printing)")
        ->check(CLI::NonNegativeNumber);
    app.add_option("--turnaround-ms", t.turnaroundMs, "minimum delay before each reply (default 1)")
        ->check(CLI::NonNegativeNumber);
    app.add_option("--tcp-ff-quirk", t.ffQuirk, "send FFh after the host's ACK over TCP")
        ->check(CLI::IsMember({"on", "off"}))
        ->default_str("on");
    app.add_option("--control", t.control, "line-based control channel for fault injection (port 0: any)")
        ->check(hostPort("tcp:"));
    app.add_option("--model", t.model,
                   "250 ШТРИХ-М-01Ф (default), 252 ЛАЙТ-01Ф, 249 ФР-01Ф, 22 РИТЕЙЛ-01Ф, 50 МИНИ-01Ф, "
                   "25 ON-LINE")
        ->check(knownModel);
    app.add_option("--fn-number", d.fnNumber, "the 16-digit number of a fresh FN")
        ->check(CLI::Validator(
            [](const std::string &v) -> std::string {
                return v.size() == 16 && v.find_first_not_of("0123456789") == std::string::npos
                           ? std::string()
                           : "wants 16 digits";
            },
            "DIGITS"));
    app.add_option("--legacy-status", t.legacyStatus,
                   "the two legacy FM/EJ bytes of 10h in hex (default 0000; a real capture shows 1801)")
        ->check(CLI::Validator(
            [](const std::string &v) -> std::string {
                return v.size() == 4 && v.find_first_not_of("0123456789abcdefABCDEF") == std::string::npos
                           ? std::string()
                           : "wants four hex digits";
            },
            "HHHH"));
    app.add_flag("--cancel-receipt-on-power-up", d.cancelOpenReceiptOnPowerUp,
                 "annul an open receipt after a power loss (default: keep it)");
}

void addFaults(CLI::App &app, EmulatorCommandLine &c, Texts &t)
{
    app.add_option("--fault", c.faults,
                   "a control command applied at start (repeatable), e.g. --fault paper-out --fault "
                   "'ofd-backlog 3' --fault 'clock +25'");
    app.add_option("--marking-verdict", t.markingVerdict, "the FN's marking check answer")
        ->check(CLI::IsMember({"accept", "reject", "offline"}));
    app.add_flag("--paper-out", t.paperOut, "start without paper");
    app.add_flag("--fn-full", t.fnFull, "start with a full FN");
    app.add_option("--fn-expiry-days", t.fnExpiryDays, "the FN expires in N days");
    app.add_option("--ofd-backlog", t.ofdBacklog, "N documents not yet sent to the OFD");
    app.add_option("--clock-hours", t.clockHours, "move the registrar's clock by N hours");
}

// The options that need more than a plain assignment.
void apply(const CLI::App &app, const Texts &t, EmulatorCommandLine &c)
{
    ServerOptions &s = c.server;
    if (!t.tcp.empty())
        splitHostPort(t.tcp, s.host, s.port);
    s.endpoint = !t.tcp.empty()              ? ServerOptions::Endpoint::Tcp
                 : app.count("--serial") > 0 ? ServerOptions::Endpoint::Serial
                                             : ServerOptions::Endpoint::Pty;
    if (!t.control.empty())
        splitHostPort(t.control.substr(4), s.controlHost, s.controlPort);
    if (!t.fsync.empty())
        s.device.fsync = onOff(t.fsync);
    if (!t.ffQuirk.empty())
        s.tcpFfQuirk = onOff(t.ffQuirk);
    if (t.turnaroundMs >= 0)
        s.turnaround = std::chrono::milliseconds(t.turnaroundMs);
    if (t.model > 0)
        s.device.model = static_cast<std::uint8_t>(t.model);
    if (!t.legacyStatus.empty())
        for (int i = 0; i < 2; ++i)
            s.device.legacyStatus[i] =
                static_cast<std::uint8_t>(std::stoi(t.legacyStatus.substr(2 * i, 2), nullptr, 16));
    // The shorthands are control commands too, applied before the --fault ones.
    std::vector<std::string> shorthands;
    if (!t.markingVerdict.empty())
        shorthands.push_back("marking-verdict " + t.markingVerdict);
    if (t.paperOut)
        shorthands.push_back("paper-out");
    if (t.fnFull)
        shorthands.push_back("fn-full");
    if (!t.fnExpiryDays.empty())
        shorthands.push_back("fn-expiry " + t.fnExpiryDays);
    if (!t.ofdBacklog.empty())
        shorthands.push_back("ofd-backlog " + t.ofdBacklog);
    if (!t.clockHours.empty())
        shorthands.push_back("clock " + t.clockHours);
    c.faults.insert(c.faults.begin(), shorthands.begin(), shorthands.end());
}

} // namespace

std::variant<EmulatorCommandLine, int> parseEmulatorCommandLine(int argc, const char *const *argv)
{
    EmulatorCommandLine c;
    Texts t;
    CLI::App app{"A Shtrih-M registrar (ШТРИХ-М-01Ф with an FN) in software. Prints one \"listening ...\" "
                 "line when ready.",
                 "prilavok-fr-emulator"};
    addEndpoint(app, c, t);
    addDevice(app, c, t);
    addFaults(app, c, t);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp &e) {
        return app.exit(e);
    } catch (const CLI::ParseError &e) {
        std::cerr << "prilavok-fr-emulator: " << e.what() << " (see prilavok-fr-emulator --help)\n";
        return 2;
    }
    apply(app, t, c);
    return c;
}

} // namespace fiscal::emu
