#include "fiscal/cli/output.h"

#include <cstdio>
#include <iostream>

#include "fiscal/errortable.h"

namespace fiscal::cli {

int usage(const std::string &message)
{
    std::cerr << "prilavok-fr: " << message << " (see prilavok-fr --help)\n";
    return ExitUsage;
}

int fail(const Error &error)
{
    std::cerr << "prilavok-fr: " << describe(error) << "\n";
    return error.tier == Error::Tier::Device ? ExitDevice : ExitLink;
}

std::string dateText(const Date &d)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

std::string dateTimeText(const FnDateTime &dt)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d", dt.date.year, dt.date.month, dt.date.day,
                  dt.hour, dt.minute);
    return buf;
}

const char *modeName(std::uint8_t mode)
{
    switch (mode) {
    case 0:
        return "working";
    case 1:
        return "data dump";
    case 2:
        return "shift open";
    case 3:
        return "shift open, over 24 h";
    case 4:
        return "shift closed";
    case 5:
        return "locked (wrong tax inspector password)";
    case 6:
        return "waiting for date confirmation";
    case 7:
        return "decimal point change allowed";
    case 8:
        return "document open";
    case 9:
        return "technological reset allowed";
    case 10:
        return "test run";
    case 11:
        return "printing full fiscal report";
    case 12:
        return "fiscal slip document";
    case 13:
        return "slip printing";
    case 14:
        return "fiscal slip formed";
    }
    return "unknown";
}

const char *submodeName(std::uint8_t submode)
{
    switch (submode) {
    case 0:
        return "paper present, idle";
    case 1:
        return "no paper";
    case 2:
        return "paper ran out while printing";
    case 3:
        return "paper refilled, waiting for continue-print";
    case 4:
        return "printing a long report";
    case 5:
        return "printing";
    }
    return "unknown";
}

void traceBytes(Direction direction, ByteView bytes)
{
    std::cerr << (direction == Direction::ToDevice ? "> " : "< ") << toHex(bytes) << "\n";
}

int printOutcome(const Options &o, const PrintOutcome &p, const std::string &what)
{
    if (o.json) {
        std::cout << JsonObject()
                         .add("result", what)
                         .addBool("printed", p.complete)
                         .add("paper", toString(p.paper))
                         .str()
                  << "\n";
    } else {
        std::cout << what << (p.complete ? "" : std::string("; printing stopped: paper ") + toString(p.paper))
                  << "\n";
    }
    return ExitOk;
}

} // namespace fiscal::cli
