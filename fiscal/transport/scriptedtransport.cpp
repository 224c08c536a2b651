#include "fiscal/transport/scriptedtransport.h"

#include <algorithm>

namespace fiscal {

ScriptedTransport &ScriptedTransport::expect(ByteView bytes)
{
    m_steps.push_back({Step::Kind::Expect, Bytes(bytes.begin(), bytes.end()), {}});
    return *this;
}

ScriptedTransport &ScriptedTransport::expectHex(std::string_view hex)
{
    return expect(fromHex(hex).value_or(Bytes{}));
}

ScriptedTransport &ScriptedTransport::reply(ByteView bytes, Duration delay)
{
    m_steps.push_back({Step::Kind::Reply, Bytes(bytes.begin(), bytes.end()), delay});
    // Replies scripted before any expectation are unsolicited bytes already on the wire.
    releaseReplies();
    return *this;
}

ScriptedTransport &ScriptedTransport::replyHex(std::string_view hex, Duration delay)
{
    return reply(fromHex(hex).value_or(Bytes{}), delay);
}

ScriptedTransport &ScriptedTransport::disconnect()
{
    m_steps.push_back({Step::Kind::Disconnect, {}, {}});
    releaseReplies();
    return *this;
}

// Moves the replies at the head of the script onto the wire timeline.
void ScriptedTransport::releaseReplies()
{
    Clock::time_point at = m_now;
    if (!m_incoming.empty())
        at = std::max(at, m_incoming.back().at);
    while (!m_steps.empty() && m_steps.front().kind != Step::Kind::Expect) {
        Step step = std::move(m_steps.front());
        m_steps.pop_front();
        if (step.kind == Step::Kind::Disconnect) {
            m_disconnected = true;
            continue;
        }
        at += step.delay;
        for (std::uint8_t b : step.bytes)
            m_incoming.push_back({at, b});
    }
}

Result<void> ScriptedTransport::write(ByteView bytes)
{
    if (m_closed || m_disconnected)
        return unexpected(Error::transport(TransportError::Closed, "script: link dropped"));
    m_written.insert(m_written.end(), bytes.begin(), bytes.end());
    m_pendingWrite.insert(m_pendingWrite.end(), bytes.begin(), bytes.end());
    while (!m_pendingWrite.empty()) {
        if (m_steps.empty() || m_steps.front().kind != Step::Kind::Expect) {
            m_mismatches.push_back("unscripted write: " + toHex(m_pendingWrite));
            m_pendingWrite.clear();
            break;
        }
        const Bytes &want = m_steps.front().bytes;
        const std::size_t n = std::min(want.size(), m_pendingWrite.size());
        if (!std::equal(want.begin(), want.begin() + static_cast<std::ptrdiff_t>(n),
                        m_pendingWrite.begin())) {
            m_mismatches.push_back("expected " + toHex(want) + ", host wrote " + toHex(m_pendingWrite));
            m_pendingWrite.clear();
            m_steps.pop_front();
            releaseReplies();
            break;
        }
        if (n < want.size())
            break; // the rest of the expected bytes comes with the next write
        m_pendingWrite.erase(m_pendingWrite.begin(), m_pendingWrite.begin() + static_cast<std::ptrdiff_t>(n));
        m_steps.pop_front();
        releaseReplies();
    }
    return {};
}

Result<Bytes> ScriptedTransport::read(std::size_t maxBytes, Duration timeout)
{
    if (m_closed)
        return unexpected(Error::transport(TransportError::Closed, "script: transport closed"));
    const Clock::time_point deadline = m_now + timeout;
    if (m_incoming.empty() || m_incoming.front().at > deadline) {
        if (m_disconnected && m_incoming.empty())
            return unexpected(Error::transport(TransportError::Closed, "script: link dropped"));
        m_now = deadline;
        return Bytes{};
    }
    m_now = std::max(m_now, m_incoming.front().at);
    Bytes out;
    while (!m_incoming.empty() && out.size() < maxBytes && m_incoming.front().at <= m_now) {
        out.push_back(m_incoming.front().byte);
        m_incoming.pop_front();
    }
    return out;
}

void ScriptedTransport::flushInput()
{
    while (!m_incoming.empty() && m_incoming.front().at <= m_now)
        m_incoming.pop_front();
}

std::string ScriptedTransport::report() const
{
    std::string out;
    for (const std::string &m : m_mismatches)
        out += m + "\n";
    if (!m_pendingWrite.empty())
        out += "incomplete write: " + toHex(m_pendingWrite) + "\n";
    for (const Step &s : m_steps) {
        out += s.kind == Step::Kind::Expect ? "never written: " : "never sent: ";
        out += toHex(s.bytes) + "\n";
    }
    return out;
}

} // namespace fiscal
