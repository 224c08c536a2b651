#pragma once

// The device side of the standard Shtrih-M link layer (reference §1.3) as a pure state machine:
// bytes and their arrival times go in, bytes to send and "execute this command" come out. No I/O,
// so the byte-level behaviour is tested directly; the endpoint adds timing and the wire.
//
//   Idle ──STX──► Receiving ──good LRC──► (ACK) Executing ──answer──► Holding ──ACK──► Idle
//     ▲  ENQ→NAK      │ bad LRC → NAK             ENQ→ACK                │ ENQ → ACK + answer
//     └───────────────┘ byte timeout → abort                             │ NAK → wait for ENQ

#include <chrono>
#include <cstdint>
#include <optional>

#include "fiscal/codec/bytes.h"

namespace fiscal::emu {

class DeviceLink
{
public:
    using TimePoint = std::chrono::steady_clock::time_point;
    enum class State : std::uint8_t { Idle, Receiving, Executing, Holding };

    struct Actions
    {
        Bytes send;                   // control bytes (and a held answer) to send now, in order
        std::optional<Bytes> execute; // a command body (CMD + data) to execute
    };

    Actions onByte(std::uint8_t byte, TimePoint at);
    // The executed command's answer body (CMD + error + data). Returns the frame to send now;
    // empty when a fault swallowed it.
    Bytes answerReady(ByteView answerBody);
    // Power loss: any answer being prepared or held is gone (§1.4 "A power cycle loses any
    // pending answer"), a half-received frame too.
    void reset();

    void setByteTimeout(std::chrono::milliseconds t) { m_byteTimeout = t; }
    std::chrono::milliseconds byteTimeout() const { return m_byteTimeout; }
    void setTcpFfQuirk(bool on) { m_ffQuirk = on; }
    bool tcpFfQuirk() const { return m_ffQuirk; }

    // One-shot faults.
    void corruptNextAnswer() { m_corruptNext = true; } // the next answer frame goes out with a bad LRC
    void nakNextFrame() { m_nakNext = true; }          // the next good frame is NAKed, not executed
    void dropNextAnswer() { m_dropNext = true; }       // executed, answer discarded: ENQ gets NAK
    void loseNextAnswer() { m_loseNext = true; }       // executed, answer held but not sent: ENQ gets it

    State state() const { return m_state; }
    bool holdsAnswer() const { return m_state == State::Holding; }

private:
    void abortReceiving();
    Actions idleByte(std::uint8_t byte, TimePoint at);

    State m_state = State::Idle;
    State m_stateBeforeFrame = State::Idle;
    Bytes m_frame; // LEN + body while receiving
    std::size_t m_expected = 0;
    TimePoint m_lastByte{};
    Bytes m_held; // the answer frame until the host ACKs it
    std::chrono::milliseconds m_byteTimeout{50};
    bool m_ffQuirk = false;
    bool m_corruptNext = false;
    bool m_nakNext = false;
    bool m_dropNext = false;
    bool m_loseNext = false;
};

} // namespace fiscal::emu
