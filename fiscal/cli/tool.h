#pragma once

// What every prilavok-fr command shares: the options as parsed, the exit codes, and the two ways
// out (bad usage before the device is touched; a link or device error after).

#include <string>
#include <vector>

#include "fiscal/commands/request.h"
#include "fiscal/error.h"
#include "fiscal/transport/deviceurl.h"

namespace fiscal::cli {

inline constexpr int ExitOk = 0;
inline constexpr int ExitUsage = 2;
inline constexpr int ExitLink = 3;
inline constexpr int ExitDevice = 4;

struct Options
{
    std::string device;
    unsigned baud = DefaultBaud;
    Password password = DefaultSysAdminPassword;
    std::string cashier;
    bool trace = false;
    bool json = false;
    bool apply = false;
    std::string command;
    std::vector<std::string> args;
};

// One line on stderr, exit code 2.
int usage(const std::string &message);
// The error in words on stderr; exit code 4 for the device's own refusal, 3 for the link.
int fail(const Error &error);

} // namespace fiscal::cli
