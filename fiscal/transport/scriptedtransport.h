#pragma once

// An in-memory device for link-layer tests: "expect these bytes from the host, then reply those
// bytes after that delay". Time is virtual: a read that would wait past a reply's arrival time
// returns nothing and moves the clock on by the timeout, so timeouts cost no wall time.

#include <deque>
#include <string>
#include <vector>

#include "fiscal/transport/transport.h"

namespace fiscal {

class ScriptedTransport final : public Transport
{
public:
    ScriptedTransport() = default;

    // The host must write exactly these bytes next (writes may come in pieces).
    ScriptedTransport &expect(ByteView bytes);
    ScriptedTransport &expectHex(std::string_view hex);
    // The device sends these bytes `delay` after the previous expectation was met (or after the
    // previous reply of the same expectation).
    ScriptedTransport &reply(ByteView bytes, Duration delay = Duration{0});
    ScriptedTransport &replyHex(std::string_view hex, Duration delay = Duration{0});
    // After the previous expectation is met the link drops: reads and writes fail with Closed.
    ScriptedTransport &disconnect();

    Result<void> write(ByteView bytes) override;
    Result<Bytes> read(std::size_t maxBytes, Duration timeout) override;
    void flushInput() override;
    void close() override { m_closed = true; }
    std::string describe() const override { return "script"; }
    Clock::time_point now() const override { return m_now; }
    void pause(Duration d) override { m_now += d; }

    // True when every scripted step ran and the host wrote nothing unscripted.
    bool finished() const { return m_steps.empty() && m_mismatches.empty() && m_pendingWrite.empty(); }
    // Human-readable list of what went wrong, for test failure messages.
    std::string report() const;
    const Bytes &written() const { return m_written; }
    Duration elapsed() const { return std::chrono::duration_cast<Duration>(m_now - Clock::time_point{}); }

private:
    struct Step
    {
        enum class Kind { Expect, Reply, Disconnect } kind;
        Bytes bytes;
        Duration delay{0};
    };
    struct Incoming
    {
        Clock::time_point at;
        std::uint8_t byte;
    };

    void releaseReplies();

    std::deque<Step> m_steps;
    std::deque<Incoming> m_incoming;
    Bytes m_pendingWrite;
    Bytes m_written;
    std::vector<std::string> m_mismatches;
    Clock::time_point m_now{};
    bool m_closed = false;
    bool m_disconnected = false;
};

} // namespace fiscal
