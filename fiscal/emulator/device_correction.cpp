// Correction receipts in the FN: FF35h/FF36h (the FFD 1.0 form: the total and the operation) and
// FF4Ah (with the payments by kind, the taxes and the tax system), each archived as a fiscal
// document with the next FD number (reference §3.2).

#include "fiscal/codec/text.h"
#include "fiscal/codes.h"
#include "fiscal/emulator/device.h"
#include "fiscal/emulator/format.h"
#include "fiscal/emulator/receipttlv.h"

namespace fiscal::emu {

Device::Reply Device::fnBeginCorrection()
{
    if (!m_state.shiftOpen || m_state.receipt.open)
        return fail(deverr::FnWrongState);
    if (shiftExpired())
        return fail(deverr::FnShiftOver24h);
    m_state.fnDocument = fndoc::Correction;
    m_dirty = true;
    return ok();
}

Device::Reply Device::fnMakeCorrection(ByteReader &in)
{
    // FFD 1.0 correction: total(5), operation type(1) -> receipt#(2), FD(4), FP(4), DATE_TIME.
    auto total = in.le(MoneyWidth);
    auto op = in.u8();
    if (!total || !op)
        return fail(deverr::FnUnknownCommand);
    if (*op < 1 || *op > 4)
        return fail(deverr::FnBadParameters);
    if (!m_state.shiftOpen || m_state.receipt.open)
        return fail(deverr::FnWrongState);
    if (shiftExpired())
        return fail(deverr::FnShiftOver24h);
    if (auto e = fnWritable())
        return fail(e);
    if (auto gate = printGate())
        return fail(gate);
    return archiveTotalsCorrection(*op, static_cast<Kopecks>(*total), {tlvVln(1020, *total)});
}

Device::Reply Device::archiveTotalsCorrection(std::uint8_t op, Kopecks total, std::vector<Tlv> tags)
{
    // FF36h and FF4Ah: a correction by its totals, answered with receipt#(2), FD(4), FP(4), DATE_TIME.
    ++m_state.receiptInShift;
    Bytes extra = std::move(m_state.pendingTlv);
    m_state.pendingTlv.clear();
    std::vector<Tlv> tlvs{tlvUint32(1042, m_state.receiptInShift), tlvUint32(1038, m_state.shiftNumber),
                          tlvByte(1054, op)};
    tlvs.insert(tlvs.end(), tags.begin(), tags.end());
    const auto &doc = makeDocument(fdtype::Correction, op, total, std::move(tlvs), extra);
    incOperational(OregDocumentNumber);
    m_state.fnDocument = fndoc::None;
    printDocument({"КАССОВЫЙ ЧЕК КОРРЕКЦИИ", "ИТОГ =" + formatMoney(total),
                   "ФД " + std::to_string(doc.fd) + " ФП " + std::to_string(doc.fp),
                   "================================"});
    Bytes d;
    appendLE(d, m_state.receiptInShift, 2);
    appendDocumentAnswer(d, doc, true);
    return ok(std::move(d));
}

Device::Reply Device::fnCorrectionV2(ByteReader &in)
{
    // type(1), sign(1), total(5), cash, electronic, prepayment, postpayment, counter-provision,
    // six tax amounts (5 each), tax system(1) (§3.2 FF4Ah).
    auto type = in.u8();
    auto sign = in.u8();
    auto total = in.le(MoneyWidth);
    Kopecks pays[5] = {};
    for (auto &p : pays) {
        auto v = in.le(MoneyWidth);
        if (!v)
            return fail(deverr::FnUnknownCommand);
        p = static_cast<Kopecks>(*v);
    }
    if (!type || !sign || !total || !in.take(6 * MoneyWidth))
        return fail(deverr::FnUnknownCommand);
    auto taxSystem = in.u8();
    if (!taxSystem)
        return fail(deverr::FnUnknownCommand);
    if (*type > 1 || *sign < 1 || *sign > 4)
        return fail(deverr::FnBadParameters);
    if (!m_state.shiftOpen || m_state.receipt.open)
        return fail(deverr::FnWrongState);
    if (shiftExpired())
        return fail(deverr::FnShiftOver24h);
    if (auto e = fnWritable())
        return fail(e);
    if (auto gate = printGate())
        return fail(gate);
    Kopecks sum = 0;
    for (auto p : pays)
        sum += p;
    if (sum != static_cast<Kopecks>(*total))
        return fail(deverr::FnBadParameters);
    // Income corrections (1 приход, 4 возврат расхода) bring cash in; the others take it out.
    const bool cashOut = *sign == 2 || *sign == 3;
    if (cashOut && pays[0] > moneyRegister(RegCash))
        return fail(deverr::NotEnoughCash);
    addMoney(RegCash, cashOut ? -pays[0] : pays[0]);
    return archiveTotalsCorrection(
        *sign, static_cast<Kopecks>(*total),
        {tlvByte(1173, *type), tlvVln(1020, *total), tlvVln(1031, static_cast<std::uint64_t>(pays[0])),
         tlvVln(1081, static_cast<std::uint64_t>(pays[1])), tlvByte(1055, *taxSystem)});
}

} // namespace fiscal::emu
