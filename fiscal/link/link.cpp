#include "fiscal/link/link.h"

#include <algorithm>
#include <cstdio>

namespace fiscal {

namespace {

std::string codeText(CommandCode code)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, code > 0xFF ? "%04Xh" : "%02Xh", static_cast<unsigned>(code));
    return buf;
}

} // namespace

const char *toString(Link::State state)
{
    switch (state) {
    case Link::State::Idle:
        return "idle";
    case Link::State::SendingEnq:
        return "sending ENQ";
    case Link::State::AwaitingEnqReply:
        return "awaiting ENQ reply";
    case Link::State::DrainingStale:
        return "draining a stale answer";
    case Link::State::SendingFrame:
        return "sending frame";
    case Link::State::AwaitingAck:
        return "awaiting ACK";
    case Link::State::AwaitingAnswer:
        return "awaiting answer";
    case Link::State::AwaitingResend:
        return "awaiting resent answer";
    case Link::State::NeedsResync:
        return "needs resync";
    }
    return "?";
}

std::optional<Answer> splitAnswer(ByteView body)
{
    const auto split = splitCommand(body);
    if (!split || split->rest.empty())
        return std::nullopt;
    return Answer{split->code, split->rest[0], Bytes(split->rest.begin() + 1, split->rest.end())};
}

Link::Link(Transport &transport, LinkSettings settings)
    : m_transport(transport)
    , m_settings(settings)
{}

void Link::log(LogLevel level, const std::string &text) const
{
    if (m_log)
        m_log(level, text);
}

Result<void> Link::send(ByteView bytes)
{
    if (m_trace)
        m_trace(Direction::ToDevice, bytes);
    return m_transport.write(bytes);
}

Result<std::optional<std::uint8_t>> Link::readByte(Clock::time_point deadline)
{
    if (m_rx.empty()) {
        const auto now = m_transport.now();
        const auto left = deadline > now ? std::chrono::ceil<Duration>(deadline - now) : Duration{0};
        if (left.count() <= 0)
            return std::optional<std::uint8_t>{};
        auto got = m_transport.read(256, left);
        FISCAL_TRY(got);
        if (got->empty())
            return std::optional<std::uint8_t>{};
        if (m_trace)
            m_trace(Direction::FromDevice, *got);
        m_rx.insert(m_rx.end(), got->begin(), got->end());
    }
    const std::uint8_t b = m_rx.front();
    m_rx.pop_front();
    return std::optional<std::uint8_t>{b};
}

// A control byte (ACK, NAK, or the STX of a frame). FFh is what TCP/RNDIS devices send after our ACK
// of an answer (reference §1.5); the vendor driver skips it wherever it waits for a control byte.
Result<std::optional<std::uint8_t>> Link::readControlByte(Duration timeout)
{
    const auto deadline = m_transport.now() + timeout;
    for (;;) {
        auto b = readByte(deadline);
        if (!b || !*b)
            return b;
        if (**b == control::TcpFiller)
            continue;
        return b;
    }
}

// Waits for the STX of an answer, skipping filler and repeated control bytes.
Result<std::optional<std::uint8_t>> Link::waitForStx(Duration timeout)
{
    const auto deadline = m_transport.now() + timeout;
    for (;;) {
        auto b = readByte(deadline);
        if (!b || !*b)
            return b;
        if (**b == control::STX)
            return b;
        if (**b != control::TcpFiller && **b != control::ACK)
            log(LogLevel::Debug, "skipped byte " + toHex(ByteView(&**b, 1)) + " while waiting for an answer");
    }
}

Result<Link::FrameRead> Link::readFrameAfterStx()
{
    FrameRead out;
    Bytes raw{control::STX};
    auto len = readByte(m_transport.now() + m_settings.byteTimeout);
    FISCAL_TRY(len);
    if (!*len) {
        out.status = FrameStatus::Timeout;
        return out;
    }
    raw.push_back(**len);
    const std::size_t need = std::size_t{**len} + 1; // body + LRC
    for (std::size_t i = 0; i < need; ++i) {
        auto b = readByte(m_transport.now() + m_settings.byteTimeout);
        FISCAL_TRY(b);
        if (!*b) {
            out.status = FrameStatus::Timeout;
            return out;
        }
        raw.push_back(**b);
    }
    auto decoded = decodeFrame(raw);
    if (!decoded.frame) {
        out.status = FrameStatus::Damaged;
        return out;
    }
    out.status = FrameStatus::Ok;
    out.body = std::move(decoded.frame->body);
    return out;
}

void Link::resync()
{
    m_rx.clear();
    m_transport.flushInput();
}

void Link::noteDrained(const Answer &answer)
{
    log(LogLevel::Warning, "drained a late answer to command " + codeText(answer.code) + " (error " +
                               toHex(ByteView(&answer.error, 1)) + "h)");
    if (m_unanswered && *m_unanswered == answer.code)
        m_unanswered.reset();
    m_drained = answer;
}

std::optional<Answer> Link::takeDrainedAnswer()
{
    auto out = std::move(m_drained);
    m_drained.reset();
    return out;
}

Result<Answer> Link::exchange(CommandCode code, ByteView data)
{
    return exchange(code, data, m_settings.answerTimeoutOverride.value_or(answerTimeout(code)));
}

Result<Answer> Link::exchange(CommandCode code, ByteView data, Duration timeout)
{
    const auto frame = encodeCommandFrame(code, data);
    if (!frame)
        return unexpected(Error::link(LinkError::Malformed, code, "command frame longer than 255 bytes"));

    if (m_state == State::NeedsResync) {
        log(LogLevel::Debug, "resynchronising before " + codeText(code));
        resync();
    }

    int enqSilences = 0;
    int commandNaks = 0;
    int answerNaks = 0;
    int staleAnswers = 0;
    bool frameWritten = false; // the device may have our frame
    bool frameAcked = false;   // the device certainly has it and runs it
    bool resendingStale = false;

    // Every failure leaves the link needing a resync; outcomeUnknown says whether the command may
    // have run.
    auto fail = [&](Error error) -> Result<Answer> {
        error.command = code;
        error.outcomeUnknown = frameAcked || (frameWritten && !error.isLink(LinkError::NakLimit));
        if (error.outcomeUnknown)
            m_unanswered = code;
        log(LogLevel::Warning, "command " + codeText(code) + " failed in state " + toString(m_state) + ": " +
                                   error.detail + (error.outcomeUnknown ? " (outcome unknown)" : ""));
        m_state = State::NeedsResync;
        return unexpected(std::move(error));
    };
    auto linkError = [&](LinkError e, std::string detail) {
        return fail(Error::link(e, code, std::move(detail)));
    };

    State st = State::SendingEnq;
    for (;;) {
        m_state = st;
        switch (st) {
        case State::Idle:
        case State::NeedsResync:
            st = State::SendingEnq;
            break;

        case State::SendingEnq: {
            if (enqSilences >= m_settings.maxEnqAttempts) {
                if (frameWritten)
                    return linkError(LinkError::AnswerTimeout,
                                     "the device went silent after the command frame");
                return linkError(LinkError::NoLink, "no reply to ENQ from " + m_transport.describe());
            }
            if (m_settings.interFrameDelay.count() > 0)
                m_transport.pause(m_settings.interFrameDelay);
            const Bytes enq{control::ENQ};
            if (auto w = send(enq); !w)
                return fail(w.error());
            st = State::AwaitingEnqReply;
            break;
        }

        case State::AwaitingEnqReply: {
            auto b = readControlByte(m_settings.enqTimeout);
            if (!b)
                return fail(b.error());
            if (!*b) {
                ++enqSilences;
                st = State::SendingEnq;
            } else if (**b == control::NAK) {
                // Ready for a command and no answer pending.
                if (frameAcked)
                    return linkError(LinkError::AnswerTimeout,
                                     "the device accepted the command but holds no answer");
                if (frameWritten)
                    ++commandNaks; // our earlier frame never arrived whole: sending it again is safe
                enqSilences = 0;
                st = State::SendingFrame;
            } else if (**b == control::ACK) {
                // An answer is pending or being prepared: ours if the device took our frame.
                enqSilences = 0;
                st = frameWritten ? State::AwaitingAnswer : State::DrainingStale;
            } else if (**b == control::STX) {
                m_rx.push_front(control::STX); // a frame already on its way; read it as an answer
                st = frameWritten ? State::AwaitingAnswer : State::DrainingStale;
            } else {
                log(LogLevel::Debug, "unexpected byte " + toHex(ByteView(&**b, 1)) + " after ENQ");
                ++enqSilences;
                resync();
                st = State::SendingEnq;
            }
            break;
        }

        case State::SendingFrame: {
            if (commandNaks >= m_settings.maxCommandNaks)
                return linkError(LinkError::NakLimit, "the device refused the command frame " +
                                                          std::to_string(commandNaks) + " times");
            if (auto w = send(*frame); !w)
                return fail(w.error());
            frameWritten = true;
            st = State::AwaitingAck;
            break;
        }

        case State::AwaitingAck: {
            auto b = readControlByte(m_settings.ackTimeout);
            if (!b)
                return fail(b.error());
            if (!*b) {
                // Did the frame get through and only the ACK got lost? Ask with ENQ instead of
                // resending a command that may already run.
                ++enqSilences;
                st = State::SendingEnq;
            } else if (**b == control::ACK) {
                frameAcked = true;
                st = State::AwaitingAnswer;
            } else if (**b == control::NAK) {
                // A link error only: the frame arrived damaged and the command did not run.
                ++commandNaks;
                log(LogLevel::Debug, "NAK to the frame of " + codeText(code));
                st = State::SendingFrame;
            } else if (**b == control::STX) {
                frameAcked = true; // the ACK was lost but the answer is here
                m_rx.push_front(control::STX);
                st = State::AwaitingAnswer;
            } else {
                ++enqSilences;
                resync();
                st = State::SendingEnq;
            }
            break;
        }

        case State::DrainingStale:
        case State::AwaitingAnswer: {
            const bool ours = st == State::AwaitingAnswer;
            const Duration wait = ours ? timeout : answerTimeout(m_unanswered.value_or(0));
            auto stx = waitForStx(wait + m_settings.answerGrace);
            if (!stx)
                return fail(stx.error());
            if (!*stx) {
                if (ours)
                    return linkError(LinkError::AnswerTimeout,
                                     "no answer within " + std::to_string(timeout.count()) + " ms");
                return linkError(LinkError::Desync, "the device announced an answer but never sent it");
            }
            auto frameRead = readFrameAfterStx();
            if (!frameRead)
                return fail(frameRead.error());
            if (frameRead->status != FrameStatus::Ok) {
                // Damaged or cut short: NAK it and ask for it again (the device does not resend by
                // itself, it waits for our ENQ).
                if (++answerNaks > m_settings.maxAnswerNaks)
                    return linkError(frameRead->status == FrameStatus::Timeout ? LinkError::ByteTimeout
                                                                               : LinkError::BadLrc,
                                     "the answer arrived damaged " + std::to_string(answerNaks) + " times");
                resync();
                const Bytes nak{control::NAK};
                const Bytes enq{control::ENQ};
                if (auto w = send(nak); !w)
                    return fail(w.error());
                if (auto w = send(enq); !w)
                    return fail(w.error());
                resendingStale = !ours;
                st = State::AwaitingResend;
                break;
            }
            const Bytes ack{control::ACK};
            if (auto w = send(ack); !w)
                return fail(w.error());
            const auto answer = splitAnswer(frameRead->body);
            const auto split = splitCommand(frameRead->body);
            const bool forUs = ours && split && split->code == code;
            if (forUs) {
                if (!answer)
                    return linkError(LinkError::Malformed, "answer without an error byte");
                m_state = State::Idle;
                if (m_unanswered == code)
                    m_unanswered.reset();
                return *answer;
            }
            // An answer to an earlier command: acknowledged, kept aside, never paired with ours.
            if (answer)
                noteDrained(*answer);
            if (++staleAnswers > m_settings.maxStaleAnswers)
                return linkError(LinkError::Desync, "too many answers to other commands");
            // With our frame acknowledged the device still owes us our own answer; otherwise ask again.
            st = frameAcked ? State::AwaitingAnswer : State::SendingEnq;
            break;
        }

        case State::AwaitingResend: {
            auto b = readControlByte(m_settings.enqTimeout);
            if (!b)
                return fail(b.error());
            if (!*b) {
                if (++enqSilences >= m_settings.maxEnqAttempts)
                    return linkError(resendingStale ? LinkError::Desync : LinkError::AnswerTimeout,
                                     "no reply to ENQ after a damaged answer");
                const Bytes enq{control::ENQ};
                if (auto w = send(enq); !w)
                    return fail(w.error());
            } else if (**b == control::ACK) {
                st = resendingStale ? State::DrainingStale : State::AwaitingAnswer;
            } else if (**b == control::STX) {
                m_rx.push_front(control::STX);
                st = resendingStale ? State::DrainingStale : State::AwaitingAnswer;
            } else if (**b == control::NAK) {
                if (!resendingStale)
                    return linkError(LinkError::AnswerTimeout, "the device dropped the answer after our NAK");
                st = State::SendingFrame; // the stale answer is gone and the device is ready
            }
            break;
        }
        }
    }
}

Result<void> Link::probe()
{
    resync();
    int silences = 0;
    int stale = 0;
    while (silences < m_settings.maxEnqAttempts) {
        const Bytes enq{control::ENQ};
        if (auto w = send(enq); !w) {
            m_state = State::NeedsResync;
            return unexpected(w.error());
        }
        auto b = readControlByte(m_settings.enqTimeout);
        if (!b) {
            m_state = State::NeedsResync;
            return unexpected(b.error());
        }
        if (!*b) {
            ++silences;
            continue;
        }
        if (**b == control::NAK) {
            m_state = State::Idle;
            return {};
        }
        if ((**b == control::ACK || **b == control::STX) && stale++ < m_settings.maxStaleAnswers) {
            if (**b == control::STX)
                m_rx.push_front(control::STX);
            auto stx = waitForStx(answerTimeout(m_unanswered.value_or(0)) + m_settings.answerGrace);
            if (stx && *stx) {
                auto frame = readFrameAfterStx();
                if (frame && frame->status == FrameStatus::Ok) {
                    const Bytes ack{control::ACK};
                    (void)send(ack);
                    if (auto answer = splitAnswer(frame->body))
                        noteDrained(*answer);
                    continue;
                }
            }
            resync();
            continue;
        }
        ++silences;
        resync();
    }
    m_state = State::NeedsResync;
    return unexpected(Error::link(LinkError::NoLink, 0, "no reply to ENQ from " + m_transport.describe()));
}

} // namespace fiscal
