// Marking codes (FFD 1.2): FF61h check, FF69h accept/reject, FF67h bind, FF70h status (§3.2).
// The verdict of the marking server (ОИСМ) is configurable; a fault can reject the next code.

#include <algorithm>

#include "fiscal/codes.h"
#include "fiscal/emulator/device.h"

namespace fiscal::emu {

namespace {

// Tag 2106 bits: 0 checked by the FN, 1 FN check positive, 2 checked by the ОИСМ, 3 ОИСМ status OK.
constexpr std::uint8_t ResultAccepted = 0x0F;
constexpr std::uint8_t ResultRejected = 0x07;
constexpr std::uint8_t ResultOffline = 0x03;

// Tag 2100 "recognised code type": a long code with GS-separated crypto tail is a КМ with a
// verification code (our guess at the firmware's classification, enough for the app).
std::uint8_t codeType(const std::string &code)
{
    return code.size() >= 29 ? 5 : 1;
}

std::string hexOf(ByteView bytes)
{
    static const char digits[] = "0123456789ABCDEF";
    std::string out;
    for (std::uint8_t b : bytes) {
        out.push_back(digits[b >> 4]);
        out.push_back(digits[b & 0x0F]);
    }
    return out;
}

// The TLVs of FF61h must parse; a 1291 (part of a pack) needs 1293 and 1294 with 0 < N <= D.
bool checkTlvsValid(ByteView tlv)
{
    if (tlv.empty())
        return true;
    const auto items = parseTlvs(tlv);
    if (!items)
        return false;
    const Tlv *part = findTlv(*items, 1291);
    if (!part)
        return true;
    const auto children = parseTlvs(part->value);
    if (!children)
        return false;
    const Tlv *n = findTlv(*children, 1293);
    const Tlv *d = findTlv(*children, 1294);
    if (!n || !d)
        return false;
    const std::uint64_t numerator = tlvAsUnsigned(*n).value_or(0);
    const std::uint64_t denominator = tlvAsUnsigned(*d).value_or(0);
    return numerator > 0 && numerator <= denominator;
}

} // namespace

Device::Reply Device::checkMarking(ByteReader &in)
{
    // planned status(1, tag 2003), mode(1), code length(1), TLV length(1), code, TLV.
    auto planned = in.u8();
    auto mode = in.u8();
    auto codeLen = in.u8();
    auto tlvLen = in.u8();
    if (!planned || !mode || !codeLen || !tlvLen || *codeLen == 0)
        return fail(deverr::FnUnknownCommand);
    auto code = in.take(*codeLen);
    auto tlv = in.take(*tlvLen);
    if (!code || !tlv)
        return fail(deverr::FnUnknownCommand);
    if (*planned < 1 || !checkTlvsValid(*tlv))
        return fail(deverr::FnBadParameters);
    if (m_checkPending)
        return fail(deverr::MarkingSequence); // the previous code waits for FF69h
    if (m_state.acceptedCodes.size() >= 128)
        return fail(deverr::MarkingTableFull);
    MarkingVerdict verdict = m_config.markingVerdict;
    if (m_rejectNextMarking) {
        verdict = MarkingVerdict::Reject;
        m_rejectNextMarking = false;
    }
    m_checkedCode.assign(code->begin(), code->end());
    m_checkPending = true;
    m_checkedPlanned = *planned;
    if (m_markingLog.size() >= 64)
        m_markingLog.erase(m_markingLog.begin());
    m_markingLog.push_back(std::to_string(*planned) + ":" + hexOf(*tlv) + ":" +
                           m_checkedCode.substr(0, m_checkedCode.find('\x1d')));
    Bytes d{0x03, 0x00, codeType(m_checkedCode)}; // 2004: checked by the FN, valid; checked
    if (verdict == MarkingVerdict::Offline) {
        // No answer from the marking server: no extra parameters at all (length 0, §3.2 FF61h);
        // the host learns the 2106 result from FF69h.
        m_checkedResult = ResultOffline;
        d.push_back(0);
    } else {
        m_checkedResult = verdict == MarkingVerdict::Accept ? ResultAccepted : ResultRejected;
        // 2005: result of the ОИСМ query, bit 0 "code valid" plus bit 1 "status correct" (accept)
        const Tlv answer = tlvByte(2005, verdict == MarkingVerdict::Accept ? 0x03 : 0x01);
        const Bytes server = encodeTlvs({answer});
        d.push_back(static_cast<std::uint8_t>(2 + server.size()));
        d.push_back(0x00); // answer code: OK
        d.push_back(m_checkedResult);
        d.insert(d.end(), server.begin(), server.end());
    }
    return ok(std::move(d));
}

Device::Reply Device::acceptMarking(ByteReader &in)
{
    auto decision = in.u8();
    if (!decision || *decision > 1)
        return fail(deverr::FnBadParameters);
    if (!m_checkPending)
        return fail(deverr::MarkingSequence);
    m_checkPending = false;
    if (*decision == 1) {
        m_state.acceptedCodes.push_back(m_checkedCode);
        m_acceptedPlanned[m_checkedCode] = m_checkedPlanned;
        m_dirty = true;
    }
    return ok({m_checkedResult});
}

Device::Reply Device::bindMarking(ByteReader &in)
{
    auto len = in.u8();
    if (!len || *len == 0)
        return fail(deverr::FnUnknownCommand);
    auto code = in.take(*len);
    if (!code)
        return fail(deverr::FnUnknownCommand);
    if (!m_state.receipt.open || m_state.receipt.lines.empty())
        return fail(deverr::FnWrongState);
    if (m_checkPending)
        return fail(deverr::MarkingSequence);
    const std::string km(code->begin(), code->end());
    auto it = std::find(m_state.acceptedCodes.begin(), m_state.acceptedCodes.end(), km);
    if (it == m_state.acceptedCodes.end()) {
        // Not checked before: the device checks it itself (§3.2 FF67h) and needs a positive verdict.
        if (m_config.markingVerdict != MarkingVerdict::Accept || m_rejectNextMarking) {
            m_rejectNextMarking = false;
            return fail(deverr::MarkingNotChecked);
        }
    } else {
        m_state.acceptedCodes.erase(it);
    }
    auto &tlv = m_state.receipt.lines.back().tlv;
    appendTlv(tlv, 2000, *code);
    if (const auto planned = m_acceptedPlanned.find(km); planned != m_acceptedPlanned.end()) {
        appendTlv(tlv, 2110, Bytes{planned->second}); // 2110: the status the FN assigned
        m_acceptedPlanned.erase(planned);
    }
    m_dirty = true;
    // Recognised code type (2 bytes; 444Dh "DM", the FFD 1162 prefix of a Data Matrix marking code,
    // is our guess) and the Data Matrix type [JPOS FSBindMC]: 0 КМ88, 3 КМ44.
    Bytes d;
    appendLE(d, 0x444D, 2);
    d.push_back(code->size() >= 80 ? 0 : 3);
    return ok(std::move(d));
}

std::string Device::markingLog() const
{
    std::string out;
    for (const std::string &entry : m_markingLog)
        out += (out.empty() ? "" : " ") + entry;
    return out;
}

Device::Reply Device::markingStatus()
{
    std::uint8_t inReceipt = 0;
    if (m_state.receipt.open)
        for (const auto &line : m_state.receipt.lines)
            if (auto tlvs = parseTlvs(line.tlv); tlvs && findTlv(*tlvs, 2000))
                ++inReceipt;
    Bytes d;
    d.push_back(m_checkPending ? 1 : (m_state.acceptedCodes.empty() ? 0 : 2)); // check state
    d.push_back(m_state.receipt.open ? 1 : 0);                                 // notification state
    d.push_back(0x0F);                                                         // allowed commands
    d.push_back(static_cast<std::uint8_t>(std::min<std::size_t>(m_state.acceptedCodes.size(), 255)));
    d.push_back(inReceipt);
    d.push_back(0); // notification area under 50%
    appendLE(d, m_state.markingNotifications, 2);
    return ok(std::move(d));
}

} // namespace fiscal::emu
