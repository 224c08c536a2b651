// prilavok-fr: the technician's command line for a Shtrih-M registrar.
//
//   prilavok-fr --device serial:/dev/ttyUSB0 --baud 115200 status
//   prilavok-fr --device tcp:192.168.137.111:7778 --json fn-status
//
// Exit codes: 0 ok, 2 bad usage, 3 no link or transport error, 4 device error.

#include <functional>
#include <iostream>
#include <map>
#include <string>

#include "fiscal/cli/cliparse.h"
#include "fiscal/cli/commandline.h"
#include "fiscal/cli/commands.h"
#include "fiscal/cli/output.h"

using namespace fiscal;
using namespace fiscal::cli;

namespace {

using Command = std::function<int(Registrar &, const Options &)>;

const std::map<std::string, Command> &commands()
{
    static const std::map<std::string, Command> table{
        {"status", cmdStatus},
        {"fn-status", cmdFnStatus},
        {"model", cmdModel},
        {"find-document", cmdFindDocument},
        {"cash-in", [](Registrar &r, const Options &o) { return cmdCash(r, o, true); }},
        {"cash-out", [](Registrar &r, const Options &o) { return cmdCash(r, o, false); }},
        {"recover", cmdRecover},
        {"raw", cmdRaw},
    };
    return table;
}

int runOnDevice(const Options &o)
{
    const auto url = parseDeviceUrl(o.device);
    if (!url)
        return usage("bad device '" + o.device + "': use serial:/dev/ttyUSB0 or tcp:HOST:PORT");
    auto transport = openTransport(*url, o.baud);
    if (!transport)
        return fail(transport.error());

    RegistrarSettings settings;
    settings.adminPassword = o.password;
    settings.operatorPassword = o.password;
    Registrar r(**transport, settings);
    if (o.trace)
        r.setTraceSink(traceBytes);
    const auto it = commands().find(o.command);
    return it != commands().end() ? it->second(r, o) : cmdOperation(r, o);
}

} // namespace

int main(int argc, char **argv)
{
    const auto parsed = parseCommandLine(argc, argv);
    if (const int *exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    const Options &o = std::get<Options>(parsed);
    if (o.command == "scan")
        return cmdScan(o);
    if (o.device.empty())
        return usage("no --device given (serial:/dev/ttyUSB0 or tcp:HOST:PORT)");
    return runOnDevice(o);
}
