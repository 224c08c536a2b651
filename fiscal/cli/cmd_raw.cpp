// raw HEX: one command as typed, the answer as received.

#include <iostream>

#include "fiscal/cli/commands.h"
#include "fiscal/cli/output.h"
#include "fiscal/errortable.h"

namespace fiscal::cli {

int cmdRaw(Registrar &r, const Options &o)
{
    std::string hex;
    for (const std::string &a : o.args)
        hex += a;
    const auto raw = parseRawCommand(hex);
    if (!raw)
        return usage("raw needs hex bytes: the command code, then its data");
    auto answer = r.exchangeRaw(raw->code, raw->data);
    if (!answer)
        return fail(answer.error());
    if (o.json) {
        std::cout << JsonObject()
                         .add("command", commandName(answer->code))
                         .add("error", int{answer->error})
                         .add("data", toHex(answer->data))
                         .str()
                  << "\n";
    } else {
        std::cout << "command " << commandName(answer->code) << ", error "
                  << toHex(ByteView(&answer->error, 1)) << "h";
        if (answer->error != 0)
            std::cout << " (" << describeDeviceError(answer->error, answer->code) << ")";
        std::cout << "\n";
        if (!answer->data.empty())
            std::cout << toHex(answer->data) << "\n";
    }
    if (answer->error != 0) {
        if (o.json)
            std::cerr << "prilavok-fr: " << describe(Error::device(answer->error, answer->code)) << "\n";
        return ExitDevice;
    }
    return ExitOk;
}

} // namespace fiscal::cli
