#include "fiscal/emulator/link.h"

#include <algorithm>

#include "fiscal/codec/frame.h"

namespace fiscal::emu {

namespace {
DeviceLink::Actions sendOnly(std::uint8_t byte)
{
    DeviceLink::Actions out;
    out.send.push_back(byte);
    return out;
}
} // namespace

void DeviceLink::reset()
{
    m_state = State::Idle;
    m_frame.clear();
    m_held.clear();
}

void DeviceLink::abortReceiving()
{
    m_frame.clear();
    m_state = m_stateBeforeFrame;
}

DeviceLink::Actions DeviceLink::idleByte(std::uint8_t byte, TimePoint at)
{
    Actions out;
    switch (byte) {
    case control::ENQ:
        if (m_state == State::Holding) {
            // The host lost or refused our answer: ACK, then the same answer again (§1.3 item 3).
            out.send.assign(m_held.size() + 1, control::ACK);
            std::copy(m_held.begin(), m_held.end(), out.send.begin() + 1);
        } else {
            out.send.push_back(control::NAK); // ready for a command
        }
        break;
    case control::STX:
        m_stateBeforeFrame = m_state;
        m_state = State::Receiving;
        m_frame.clear();
        m_expected = 0;
        m_lastByte = at;
        break;
    case control::ACK:
        if (m_state == State::Holding) {
            m_held.clear();
            m_state = State::Idle;
            if (m_ffQuirk)
                out.send.push_back(control::TcpFiller); // §1.5: one FFh after the host's ACK
        }
        break;
    case control::NAK:
        // The host wants the answer again: wait for its ENQ, never resend by ourselves (§1.3).
        break;
    default:
        break; // line noise outside a frame carries nothing
    }
    return out;
}

DeviceLink::Actions DeviceLink::onByte(std::uint8_t byte, TimePoint at)
{
    if (m_state == State::Executing) {
        Actions out;
        if (byte == control::ENQ)
            out.send.push_back(control::ACK); // "preparing an answer"; the frame follows
        return out;
    }
    if (m_state != State::Receiving)
        return idleByte(byte, at);

    if (at - m_lastByte > m_byteTimeout) {
        // A gap longer than the byte timeout aborts the frame; the byte starts over (§1.3 item 2).
        abortReceiving();
        return onByte(byte, at);
    }
    m_lastByte = at;
    m_frame.push_back(byte);
    if (m_frame.size() == 1) {
        if (byte == 0) {
            abortReceiving();
            return sendOnly(control::NAK);
        }
        m_expected = static_cast<std::size_t>(byte) + 2; // LEN, body, LRC
        return {};
    }
    if (m_frame.size() < m_expected)
        return {};

    const std::uint8_t got = m_frame.back();
    m_frame.pop_back();
    const bool good = lrc(m_frame) == got;
    Bytes body(m_frame.begin() + 1, m_frame.end());
    m_frame.clear();
    if (!good || m_nakNext) {
        m_nakNext = good ? false : m_nakNext;
        m_state = m_stateBeforeFrame;
        return sendOnly(control::NAK);
    }
    // A new command replaces an answer the host never acknowledged.
    m_held.clear();
    m_state = State::Executing;
    Actions out = sendOnly(control::ACK);
    out.execute = std::move(body);
    return out;
}

Bytes DeviceLink::answerReady(ByteView answerBody)
{
    if (m_state != State::Executing)
        return {};
    if (m_dropNext) {
        m_dropNext = false;
        m_state = State::Idle;
        return {};
    }
    m_held = encodeFrame(answerBody).value_or(Bytes{});
    if (m_held.empty()) {
        m_state = State::Idle; // nothing that fits a frame: behave as if no answer was prepared
        return {};
    }
    m_state = State::Holding;
    if (m_loseNext) {
        m_loseNext = false;
        return {};
    }
    Bytes frame = m_held;
    if (m_corruptNext && !frame.empty()) {
        m_corruptNext = false;
        frame.back() ^= 0x5A;
    }
    return frame;
}

} // namespace fiscal::emu
