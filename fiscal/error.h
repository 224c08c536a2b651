#pragma once

// The three error tiers of a talk with a registrar, as plain values. fiscal/ returns codes; app/
// turns them into translated text with the next step for a person.

#include <cstdint>
#include <string>

#include "fiscal/expected.h"

namespace fiscal {

enum class TransportError : std::uint8_t {
    NotFound = 1,     // no such port or host
    PermissionDenied, // the port exists but we may not open it (dialout group)
    Busy,             // another program holds the port
    OpenFailed,       // any other failure to open or connect
    WriteFailed,
    ReadFailed,
    Closed, // the peer or the OS closed the link (USB cable pulled, TCP reset)
};

enum class LinkError : std::uint8_t {
    NoLink = 1,     // no reply to ENQ at all: nothing answers on this port
    AnswerTimeout,  // the command was accepted but no answer came within its timeout
    ByteTimeout,    // a frame stopped in the middle
    BadLrc,         // answers kept arriving damaged after every retry
    NakLimit,       // the device refused the frame (NAK) every time
    UnexpectedByte, // a byte that makes no sense at this point of the exchange
    Desync,         // could not drain a pending answer before a new command
    AnswerMismatch, // the answer echoes another command than the one sent
    Malformed,      // the answer frame is too short for its command
};

struct Error
{
    enum class Tier : std::uint8_t { Transport, Link, Device };

    Tier tier = Tier::Link;
    int code = 0;              // TransportError, LinkError or the device's error byte
    std::uint16_t command = 0; // the command that failed (0 when none)
    std::string detail;        // technical detail for logs and the CLI, never shown to a cashier
    // The command frame reached the device but its answer never did: it may or may not have run.
    // Never resend a fiscal command after this; read the FN state and reconcile (ARCHITECTURE.md).
    bool outcomeUnknown = false;

    static Error transport(TransportError e, std::string detail = {})
    {
        return {Tier::Transport, static_cast<int>(e), 0, std::move(detail), false};
    }
    static Error link(LinkError e, std::uint16_t command = 0, std::string detail = {})
    {
        return {Tier::Link, static_cast<int>(e), command, std::move(detail), false};
    }
    static Error device(std::uint8_t code, std::uint16_t command, std::string detail = {})
    {
        return {Tier::Device, code, command, std::move(detail), false};
    }

    bool isDevice(std::uint8_t deviceCode) const { return tier == Tier::Device && code == deviceCode; }
    bool isLink(LinkError e) const { return tier == Tier::Link && code == static_cast<int>(e); }
    bool isTransport() const { return tier == Tier::Transport; }
};

template<class T>
using Result = Expected<T, Error>;

} // namespace fiscal
