// prilavok-fr-emulator: a Shtrih-M registrar (ШТРИХ-М-01Ф with an FN) in software, on TCP, on an
// existing tty, or on a pseudo-terminal it creates. Prints one "listening ..." line when ready.

#include <charconv>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>

#include "fiscal/emulator/server.h"

namespace {

void usage(std::FILE *out)
{
    std::fputs(
        "usage: prilavok-fr-emulator (--tcp HOST:PORT | --serial DEVICE | --pty LINK) [options]\n"
        "  --state FILE              keep the FN archive, registers and shift in FILE\n"
        "  --tape FILE               append every printed line (UTF-8) to FILE\n"
        "  --fsync on|off            fsync the state before each answer (default on; off is still\n"
        "                            safe against kill -9, not against a machine crash)\n"
        "  --baud N                  throttle both directions to N baud (10 bits per byte)\n"
        "  --strict-baud             with --pty and --baud: ignore the host while its side of the pty\n"
        "                            is set to another speed (as a real UART would)\n"
        "  --print-ms-per-line N     printing time per line (submode 5 while printing)\n"
        "  --turnaround-ms N         minimum delay before each reply (default 1)\n"
        "  --tcp-ff-quirk on|off     send FFh after the host's ACK over TCP (default on)\n"
        "  --control tcp:HOST:PORT   line-based control channel for fault injection (port 0 = any)\n"
        "  --model N                 250 ШТРИХ-М-01Ф (default), 252 ЛАЙТ-01Ф, 249 ФР-01Ф, 22 РИТЕЙЛ-01Ф,\n"
        "                            50 МИНИ-01Ф, 25 ON-LINE\n"
        "  --fn-number DIGITS        the 16-digit number of a fresh FN\n"
        "  --legacy-status HHHH      the two legacy FM/EJ bytes of 10h in hex (default 0000; a real\n"
        "                            capture shows 1801)\n"
        "  --marking-verdict accept|reject|offline\n"
        "  --cancel-receipt-on-power-up  annul an open receipt after a power loss (default: keep it)\n"
        "  --fault COMMAND           a control command applied at start (repeatable), e.g.\n"
        "                            --fault 'paper-out' --fault 'ofd-backlog 3' --fault 'clock +25'\n"
        "  --paper-out, --fn-full, --fn-expiry-days N, --ofd-backlog N, --clock-hours N  shorthands\n",
        out);
}

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

bool toInt(const std::string &s, int &out)
{
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
}

} // namespace

int main(int argc, char **argv)
{
    using fiscal::emu::ServerOptions;
    ServerOptions options;
    bool endpointGiven = false;
    std::vector<std::string> faults;
    std::vector<std::string> args(argv + 1, argv + argc);
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        auto value = [&](std::string &out) {
            if (i + 1 >= args.size())
                return false;
            out = args[++i];
            return true;
        };
        std::string v;
        int n = 0;
        if (a == "-h" || a == "--help") {
            usage(stdout);
            return 0;
        } else if (a == "--tcp" && value(v)) {
            if (!splitHostPort(v, options.host, options.port)) {
                std::fprintf(stderr, "prilavok-fr-emulator: --tcp wants HOST:PORT\n");
                return 2;
            }
            options.endpoint = ServerOptions::Endpoint::Tcp;
            endpointGiven = true;
        } else if (a == "--serial" && value(v)) {
            options.endpoint = ServerOptions::Endpoint::Serial;
            options.path = v;
            endpointGiven = true;
        } else if (a == "--pty" && value(v)) {
            options.endpoint = ServerOptions::Endpoint::Pty;
            options.path = v;
            endpointGiven = true;
        } else if (a == "--state" && value(v)) {
            options.device.statePath = v;
        } else if (a == "--fsync" && value(v) && (v == "on" || v == "off")) {
            options.device.fsync = v == "on";
        } else if (a == "--tape" && value(v)) {
            options.device.tapePath = v;
        } else if (a == "--baud" && value(v) && toInt(v, n) && n >= 0) {
            options.baud = n;
        } else if (a == "--strict-baud") {
            options.strictBaud = true;
        } else if (a == "--print-ms-per-line" && value(v) && toInt(v, n) && n >= 0) {
            options.device.printMsPerLine = n;
        } else if (a == "--turnaround-ms" && value(v) && toInt(v, n) && n >= 0) {
            options.turnaround = std::chrono::milliseconds(n);
        } else if (a == "--tcp-ff-quirk" && value(v) && (v == "on" || v == "off")) {
            options.tcpFfQuirk = v == "on";
        } else if (a == "--control" && value(v)) {
            if (v.rfind("tcp:", 0) != 0 ||
                !splitHostPort(v.substr(4), options.controlHost, options.controlPort)) {
                std::fprintf(stderr, "prilavok-fr-emulator: --control wants tcp:HOST:PORT\n");
                return 2;
            }
        } else if (a == "--model" && value(v) && toInt(v, n) && n > 0 && n < 256 &&
                   !fiscal::emu::modelName(static_cast<std::uint8_t>(n)).empty()) {
            options.device.model = static_cast<std::uint8_t>(n);
        } else if (a == "--fn-number" && value(v) && v.size() == 16 &&
                   v.find_first_not_of("0123456789") == std::string::npos) {
            options.device.fnNumber = v;
        } else if (a == "--legacy-status" && value(v) && v.size() == 4 &&
                   v.find_first_not_of("0123456789abcdefABCDEF") == std::string::npos) {
            options.device.legacyStatus[0] =
                static_cast<std::uint8_t>(std::stoi(v.substr(0, 2), nullptr, 16));
            options.device.legacyStatus[1] =
                static_cast<std::uint8_t>(std::stoi(v.substr(2, 2), nullptr, 16));
        } else if (a == "--marking-verdict" && value(v)) {
            faults.push_back("marking-verdict " + v);
        } else if (a == "--cancel-receipt-on-power-up") {
            options.device.cancelOpenReceiptOnPowerUp = true;
        } else if (a == "--fault" && value(v)) {
            faults.push_back(v);
        } else if (a == "--paper-out") {
            faults.push_back("paper-out");
        } else if (a == "--fn-full") {
            faults.push_back("fn-full");
        } else if (a == "--fn-expiry-days" && value(v)) {
            faults.push_back("fn-expiry " + v);
        } else if (a == "--ofd-backlog" && value(v)) {
            faults.push_back("ofd-backlog " + v);
        } else if (a == "--clock-hours" && value(v)) {
            faults.push_back("clock " + v);
        } else {
            std::fprintf(stderr, "prilavok-fr-emulator: bad option %s\n", a.c_str());
            usage(stderr);
            return 2;
        }
    }
    if (!endpointGiven) {
        usage(stderr);
        return 2;
    }

    std::signal(SIGPIPE, SIG_IGN);
    boost::asio::io_context io;
    fiscal::emu::Server server(io, options);
    std::string error;
    if (!server.start(error)) {
        std::fprintf(stderr, "prilavok-fr-emulator: %s\n", error.c_str());
        return 1;
    }
    for (const auto &f : faults) {
        const std::string answer = server.control(f);
        if (answer.rfind("ok", 0) != 0) {
            std::fprintf(stderr, "prilavok-fr-emulator: --fault %s: %s\n", f.c_str(), answer.c_str());
            return 2;
        }
    }
    boost::asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&](const boost::system::error_code &, int) {
        server.stop();
        io.stop();
    });
    if (server.controlPort() != 0)
        std::printf("control tcp %s:%u\n", options.controlHost.c_str(), unsigned(server.controlPort()));
    std::printf("listening %s\n", server.where().c_str());
    std::fflush(stdout);
    io.run();
    return 0;
}
