#pragma once

// prilavok-fr's command line (CLI11): options, one subcommand and its arguments, checked before the
// device is touched, since a typo must not cost a connection attempt.

#include <variant>

#include "fiscal/cli/tool.h"

namespace fiscal::cli {

// The options, or the exit code to leave with (help printed: 0; bad usage: 2, one line on stderr).
std::variant<Options, int> parseCommandLine(int argc, const char *const *argv);

} // namespace fiscal::cli
