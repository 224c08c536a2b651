#pragma once

// The byte pipe under the link layer. The link layer never opens a port itself: production code
// hands it a serial or TCP transport, tests a scripted one (see STYLE.md, "inject the transport").

#include <chrono>
#include <cstddef>
#include <string>

#include "fiscal/codec/bytes.h"
#include "fiscal/error.h"

namespace fiscal {

using Clock = std::chrono::steady_clock;
using Duration = std::chrono::milliseconds;

class Transport
{
public:
    virtual ~Transport() = default;

    virtual Result<void> write(ByteView bytes) = 0;
    // Waits at most `timeout` for at least one byte and returns what arrived (up to `maxBytes`).
    // An empty result means the timeout passed in silence; errors mean the link is gone.
    virtual Result<Bytes> read(std::size_t maxBytes, Duration timeout) = 0;
    // Drops whatever the peer sent that nobody has read yet.
    virtual void flushInput() = 0;
    virtual void close() = 0;
    // For logs and error lines: "serial:/dev/ttyUSB0@115200", "tcp:10.0.0.5:7778".
    virtual std::string describe() const = 0;

    // Time as the transport sees it: real time, except in the scripted transport whose clock
    // advances only when a read waits, so fault tests with 65 s timeouts run in microseconds.
    virtual Clock::time_point now() const { return Clock::now(); }
    virtual void pause(Duration d);
};

} // namespace fiscal
