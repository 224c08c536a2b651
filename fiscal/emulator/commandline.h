#pragma once

// prilavok-fr-emulator's command line (CLI11): where to listen, the device's configuration, and the
// faults to apply at start.

#include <string>
#include <variant>
#include <vector>

#include "fiscal/emulator/server.h"

namespace fiscal::emu {

struct EmulatorCommandLine
{
    ServerOptions server;
    std::vector<std::string> faults; // control-channel commands, applied in order at start
};

// The configuration, or the exit code to leave with (help printed: 0; bad usage: 2).
std::variant<EmulatorCommandLine, int> parseEmulatorCommandLine(int argc, const char *const *argv);

} // namespace fiscal::emu
