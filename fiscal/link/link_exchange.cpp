// Link::exchange's states, one function each (reference §1.3-1.5). Each reads or writes one thing
// and names the next state; every failure goes through failExchange, which decides whether the
// command may have run (outcomeUnknown) and leaves the link needing a resync.

#include "fiscal/link/link.h"

namespace fiscal {

Link::Step Link::advance(Exchange &x, State st)
{
    switch (st) {
    case State::Idle:
    case State::NeedsResync:
    case State::SendingEnq:
        return sendEnq(x);
    case State::AwaitingEnqReply:
        return onEnqReply(x);
    case State::SendingFrame:
        return sendFrame(x);
    case State::AwaitingAck:
        return onAck(x);
    case State::DrainingStale:
        return readAnswer(x, false);
    case State::AwaitingAnswer:
        return readAnswer(x, true);
    case State::AwaitingResend:
        return onResend(x);
    }
    return linkError(x, LinkError::Desync, "unknown link state");
}

Link::Step Link::failExchange(Exchange &x, Error error)
{
    error.command = x.code;
    error.outcomeUnknown = x.frameAcked || (x.frameWritten && !error.isLink(LinkError::NakLimit));
    if (error.outcomeUnknown)
        m_unanswered = x.code;
    log(LogLevel::Warning, "command " + codeText(x.code) + " failed in state " + toString(m_state) + ": " +
                               error.detail + (error.outcomeUnknown ? " (outcome unknown)" : ""));
    m_state = State::NeedsResync;
    return Result<Answer>(unexpected(std::move(error)));
}

Link::Step Link::linkError(Exchange &x, LinkError e, std::string detail)
{
    return failExchange(x, Error::link(e, x.code, std::move(detail)));
}

Link::Step Link::sendEnq(Exchange &x)
{
    if (x.enqSilences >= m_settings.maxEnqAttempts) {
        if (x.frameWritten)
            return linkError(x, LinkError::AnswerTimeout, "the device went silent after the command frame");
        return linkError(x, LinkError::NoLink, "no reply to ENQ from " + m_transport.describe());
    }
    if (m_settings.interFrameDelay.count() > 0)
        m_transport.pause(m_settings.interFrameDelay);
    const Bytes enq{control::ENQ};
    if (auto w = send(enq); !w)
        return failExchange(x, w.error());
    return State::AwaitingEnqReply;
}

Link::Step Link::onEnqReply(Exchange &x)
{
    auto b = readControlByte(m_settings.enqTimeout);
    if (!b)
        return failExchange(x, b.error());
    if (!*b) {
        ++x.enqSilences;
        return State::SendingEnq;
    }
    if (**b == control::NAK) {
        // Ready for a command and no answer pending.
        if (x.frameAcked)
            return linkError(x, LinkError::AnswerTimeout,
                             "the device accepted the command but holds no answer");
        if (x.frameWritten && !x.nakConfirmed) {
            // NAK says our frame never arrived whole, so sending it again would be safe. But when the
            // line is out of step, NAKs the device sent to earlier ENQs of ours are still queued,
            // and one of them read here while the device runs our command makes it run twice (two
            // stale NAKs did so in the 10,000-operation soak: a line registered twice, the receipt
            // refused at closing). Let the line go quiet and ask once more; that answer is current.
            log(LogLevel::Debug, "NAK to ENQ after the frame of " + codeText(x.code) + ": asking again");
            settleLine();
            x.nakConfirmed = true;
            return State::SendingEnq;
        }
        if (x.frameWritten)
            ++x.commandNaks; // our earlier frame never arrived whole: sending it again is safe
        x.nakConfirmed = false;
        x.enqSilences = 0;
        return State::SendingFrame;
    }
    if (**b == control::ACK || **b == control::STX) {
        // An answer is pending or already on its way: ours if the device took our frame.
        if (**b == control::STX)
            m_rx.push_front(control::STX);
        x.enqSilences = 0;
        return x.frameWritten ? State::AwaitingAnswer : State::DrainingStale;
    }
    log(LogLevel::Debug, "unexpected byte " + toHex(ByteView(&**b, 1)) + " after ENQ");
    ++x.enqSilences;
    resync();
    return State::SendingEnq;
}

Link::Step Link::sendFrame(Exchange &x)
{
    if (x.commandNaks >= m_settings.maxCommandNaks)
        return linkError(x, LinkError::NakLimit,
                         "the device refused the command frame " + std::to_string(x.commandNaks) + " times");
    if (auto w = send(x.frame); !w)
        return failExchange(x, w.error());
    x.frameWritten = true;
    return State::AwaitingAck;
}

Link::Step Link::onAck(Exchange &x)
{
    auto b = readControlByte(m_settings.ackTimeout);
    if (!b)
        return failExchange(x, b.error());
    if (!*b) {
        // Did the frame get through and only the ACK got lost? Ask with ENQ instead of resending a
        // command that may already run.
        ++x.enqSilences;
        return State::SendingEnq;
    }
    if (**b == control::ACK) {
        x.frameAcked = true;
        return State::AwaitingAnswer;
    }
    if (**b == control::NAK) {
        // Most likely the frame arrived damaged and the command did not run. But a NAK the device
        // sent to an earlier ENQ of ours, still on the line, reads the same, and resending then runs
        // the command twice (an item registered twice, the receipt refused at closing: seen in the
        // soak). So ask with ENQ: NAK means nothing ran and the frame goes again (counted there),
        // ACK means our command is running and its answer follows.
        log(LogLevel::Debug, "NAK to the frame of " + codeText(x.code));
        return State::SendingEnq;
    }
    if (**b == control::STX) {
        x.frameAcked = true; // the ACK was lost but the answer is here
        m_rx.push_front(control::STX);
        return State::AwaitingAnswer;
    }
    ++x.enqSilences;
    resync();
    return State::SendingEnq;
}

Link::Step Link::readAnswer(Exchange &x, bool ours)
{
    const Duration wait = ours ? x.timeout : answerTimeout(m_unanswered.value_or(0));
    auto stx = waitForStx(wait + m_settings.answerGrace);
    if (!stx)
        return failExchange(x, stx.error());
    if (!*stx) {
        if (ours)
            return linkError(x, LinkError::AnswerTimeout,
                             "no answer within " + std::to_string(x.timeout.count()) + " ms");
        return linkError(x, LinkError::Desync, "the device announced an answer but never sent it");
    }
    auto frameRead = readFrameAfterStx();
    if (!frameRead)
        return failExchange(x, frameRead.error());
    if (frameRead->status != FrameStatus::Ok) {
        // Damaged or cut short: NAK it and ask for it again (the device does not resend by itself,
        // it waits for our ENQ).
        if (++x.answerNaks > m_settings.maxAnswerNaks)
            return linkError(
                x, frameRead->status == FrameStatus::Timeout ? LinkError::ByteTimeout : LinkError::BadLrc,
                "the answer arrived damaged " + std::to_string(x.answerNaks) + " times");
        resync();
        const Bytes nak{control::NAK};
        const Bytes enq{control::ENQ};
        if (auto w = send(nak); !w)
            return failExchange(x, w.error());
        if (auto w = send(enq); !w)
            return failExchange(x, w.error());
        x.resendingStale = !ours;
        return State::AwaitingResend;
    }
    const Bytes ack{control::ACK};
    if (auto w = send(ack); !w)
        return failExchange(x, w.error());
    const auto answer = splitAnswer(frameRead->body);
    const auto split = splitCommand(frameRead->body);
    if (ours && split && split->code == x.code) {
        if (!answer)
            return linkError(x, LinkError::Malformed, "answer without an error byte");
        m_state = State::Idle;
        if (m_unanswered == x.code)
            m_unanswered.reset();
        return Result<Answer>(*answer);
    }
    // An answer to an earlier command: acknowledged, kept aside, never paired with ours.
    if (answer)
        noteDrained(*answer);
    if (++x.staleAnswers > m_settings.maxStaleAnswers)
        return linkError(x, LinkError::Desync, "too many answers to other commands");
    // With our frame acknowledged the device still owes us our own answer; otherwise ask again.
    return x.frameAcked ? State::AwaitingAnswer : State::SendingEnq;
}

Link::Step Link::onResend(Exchange &x)
{
    auto b = readControlByte(m_settings.enqTimeout);
    if (!b)
        return failExchange(x, b.error());
    if (!*b) {
        if (++x.enqSilences >= m_settings.maxEnqAttempts)
            return linkError(x, x.resendingStale ? LinkError::Desync : LinkError::AnswerTimeout,
                             "no reply to ENQ after a damaged answer");
        const Bytes enq{control::ENQ};
        if (auto w = send(enq); !w)
            return failExchange(x, w.error());
        return State::AwaitingResend;
    }
    if (**b == control::ACK || **b == control::STX) {
        if (**b == control::STX)
            m_rx.push_front(control::STX);
        return x.resendingStale ? State::DrainingStale : State::AwaitingAnswer;
    }
    if (**b == control::NAK) {
        if (!x.resendingStale)
            return linkError(x, LinkError::AnswerTimeout, "the device dropped the answer after our NAK");
        return State::SendingFrame; // the stale answer is gone and the device is ready
    }
    return State::AwaitingResend;
}

} // namespace fiscal
