#pragma once

// The host side of the standard Shtrih-M link layer (reference §1.3-1.5) as an explicit state
// machine over an injected Transport. One exchange = ENQ, command frame, answer frame, ACK.
//
// Every command starts with ENQ, so an answer the device still holds (ours lost earlier, or a late
// one) is drained and acknowledged before a new command goes out: answers are never paired with the
// wrong command. A command whose frame reached the device but whose answer did not is never resent;
// the error says outcomeUnknown and the caller reconciles from the device state.

#include <deque>
#include <optional>
#include <string>
#include <variant>

#include "fiscal/codec/frame.h"
#include "fiscal/error.h"
#include "fiscal/link/linksettings.h"
#include "fiscal/log.h"
#include "fiscal/transport/transport.h"

namespace fiscal {

// An answer frame split into its parts: the echoed command code, the error byte and the rest.
struct Answer
{
    CommandCode code = 0;
    std::uint8_t error = 0;
    Bytes data; // after the error byte
    friend bool operator==(const Answer &, const Answer &) = default;
};

class Link
{
public:
    enum class State {
        Idle,             // in step with the device
        SendingEnq,       // asking whether the device is ready or holds an answer
        AwaitingEnqReply, // NAK = ready, ACK = an answer follows
        DrainingStale,    // reading an answer to an earlier command so it cannot be mistaken for ours
        SendingFrame,
        AwaitingAck,    // did the device take our frame?
        AwaitingAnswer, // the command runs; its answer frame is due within the command timeout
        AwaitingResend, // we NAKed a damaged answer and sent ENQ; the device repeats it after ACK
        NeedsResync,    // the last exchange failed: flush and drain before the next command
    };

    explicit Link(Transport &transport, LinkSettings settings = {});

    // Sends one command and returns its answer. The device's error byte is in Answer::error; only
    // transport and link failures come back as errors here.
    Result<Answer> exchange(CommandCode code, ByteView data);
    Result<Answer> exchange(CommandCode code, ByteView data, Duration answerTimeout);

    // ENQ until the device answers; drains a pending answer. NoLink when nothing replies.
    Result<void> probe();

    State state() const { return m_state; }
    const LinkSettings &settings() const { return m_settings; }
    void setSettings(const LinkSettings &settings) { m_settings = settings; }
    Transport &transport() { return m_transport; }

    // The last answer that arrived for an earlier command (a late answer drained by ENQ). The
    // reconciliation after an outcomeUnknown error looks here first.
    std::optional<Answer> takeDrainedAnswer();

    void setLogSink(LogSink sink) { m_log = std::move(sink); }
    void setTraceSink(TraceSink sink) { m_trace = std::move(sink); }

private:
    enum class FrameStatus { Ok, Timeout, Damaged };
    struct FrameRead
    {
        FrameStatus status = FrameStatus::Timeout;
        Bytes body;
    };

    // One exchange's counters and flags, handed from state to state (link_exchange.cpp).
    struct Exchange
    {
        CommandCode code = 0;
        Bytes frame;
        Duration timeout{};
        int enqSilences = 0;
        int commandNaks = 0;
        int answerNaks = 0;
        int staleAnswers = 0;
        bool frameWritten = false; // the device may have our frame
        bool frameAcked = false;   // the device certainly has it and runs it
        bool resendingStale = false;
        bool nakConfirmed = false; // the line was let go quiet before this NAK to ENQ was read
    };
    // A state's work ends in the next state or in the exchange's result.
    using Step = std::variant<State, Result<Answer>>;
    Step advance(Exchange &x, State st);
    Step sendEnq(Exchange &x);
    Step onEnqReply(Exchange &x);
    Step sendFrame(Exchange &x);
    Step onAck(Exchange &x);
    Step readAnswer(Exchange &x, bool ours);
    Step onResend(Exchange &x);
    Step failExchange(Exchange &x, Error error);
    Step linkError(Exchange &x, LinkError e, std::string detail);

    Result<void> send(ByteView bytes);
    Result<std::optional<std::uint8_t>> readByte(Clock::time_point deadline);
    Result<std::optional<std::uint8_t>> readControlByte(Duration timeout);
    Result<std::optional<std::uint8_t>> waitForStx(Duration timeout);
    Result<FrameRead> readFrameAfterStx();
    void resync();
    void settleLine();
    void log(LogLevel level, const std::string &text) const;
    void noteDrained(const Answer &answer);

    Transport &m_transport;
    LinkSettings m_settings;
    State m_state = State::NeedsResync; // a fresh host starts by draining (reference §1.4)
    std::deque<std::uint8_t> m_rx;      // bytes read from the transport but not yet consumed
    std::optional<Answer> m_drained;
    std::optional<CommandCode> m_unanswered; // command whose answer we lost, for the drain timeout
    LogSink m_log;
    TraceSink m_trace;
};

const char *toString(Link::State state);
// "10h", "FF01h": a command code as the reference writes it.
std::string codeText(CommandCode code);

// Splits an answer body (CMD + error + data); nullopt when it has no error byte.
std::optional<Answer> splitAnswer(ByteView body);

} // namespace fiscal
