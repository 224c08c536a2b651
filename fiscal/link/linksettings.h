#pragma once

// Timing and retry settings of the standard Shtrih-M link layer, with where each number comes from
// (reference §1.3). All of them are plain values so the CLI's `scan` can shorten them.

#include <chrono>
#include <optional>

#include "fiscal/codec/frame.h"

namespace fiscal {

struct LinkSettings
{
    using ms = std::chrono::milliseconds;

    // Wait for ACK/NAK after ENQ. The device waits one of its own byte timeouts (50 ms by
    // default) before it reacts, USB and TCP add their latency on top.
    ms enqTimeout{500};
    // Wait for ACK/NAK after a command frame (same reasoning as for ENQ).
    ms ackTimeout{500};
    // Gap allowed between two bytes of one answer frame.
    ms byteTimeout{500};
    // Added to each command's answer timeout: the vendor driver waits "command timeout + byte
    // timeout" for the STX of an answer.
    ms answerGrace{500};
    // Silence kept before every ENQ, i.e. between two frames on the wire. The device needs none
    // beyond its own turnaround; some USB-RS232 adapters that buffer output do.
    ms interFrameDelay{0};

    // ENQ without any reply: vendor JavaPOS maxEnqNumber is 10, the PHP driver and pyshtrih use 3.
    // Three keeps "no link" under two seconds, which matters for `scan`.
    int maxEnqAttempts = 3;
    // NAK to our command frame (the device saw a damaged frame): JavaPOS maxNakCommandNumber = 3.
    int maxCommandNaks = 3;
    // Damaged answers we NAK and fetch again with ENQ: JavaPOS maxNakAnswerNumber = 3.
    int maxAnswerNaks = 3;
    // Stale answers drained in one exchange before giving up: JavaPOS maxAckNumber = 3.
    int maxStaleAnswers = 3;

    // Replaces the per-command table below for every command (tests, impatient tools); nullopt
    // keeps the vendor's values.
    std::optional<ms> answerTimeoutOverride;
};

// How long a command may run before its answer is due (vendor commands.xml). Everything not listed,
// FFxx included, is 10 s.
std::chrono::milliseconds answerTimeout(CommandCode code);

} // namespace fiscal
