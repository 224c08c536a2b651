#include "fiscal/link/link.h"

#include <algorithm>
#include <cstdio>

namespace fiscal {

std::string codeText(CommandCode code)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, code > 0xFF ? "%04Xh" : "%02Xh", static_cast<unsigned>(code));
    return buf;
}

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

// Drops everything on the line until it has been quiet for one ENQ timeout: the device answers an
// ENQ within that, so no reply to an earlier ENQ of ours can still be on its way afterwards. An
// answer it holds is not lost by this: it comes again at our next ENQ (reference §1.3 item 3).
void Link::settleLine()
{
    m_rx.clear();
    for (;;) {
        auto b = readByte(m_transport.now() + m_settings.enqTimeout);
        if (!b || !*b)
            break;
    }
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
    auto frame = encodeCommandFrame(code, data);
    if (!frame)
        return unexpected(Error::link(LinkError::Malformed, code, "command frame longer than 255 bytes"));

    if (m_state == State::NeedsResync) {
        log(LogLevel::Debug, "resynchronising before " + codeText(code));
        resync();
    }
    Exchange x{code, std::move(*frame), timeout};
    State st = State::SendingEnq;
    for (;;) {
        m_state = st;
        Step step = advance(x, st);
        if (auto *done = std::get_if<Result<Answer>>(&step))
            return std::move(*done);
        st = std::get<State>(step);
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
