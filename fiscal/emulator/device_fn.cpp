// The fiscal storage (FN) and the shift: FF01h..FF4Ah, E0h, 40h/41h, 50h/51h (reference §3.2).
// Every fiscal document gets the next FD number and a deterministic fiscal sign, and is kept in
// the archive for FF0Ah and FF3Ah/FF3Bh.

#include <algorithm>

#include "fiscal/codec/text.h"
#include "fiscal/codes.h"
#include "fiscal/emulator/device.h"
#include "fiscal/emulator/format.h"
#include "fiscal/emulator/receipttlv.h"

namespace fiscal::emu {

namespace {

constexpr std::int64_t Day = 24 * 3600;

// FNV-1a over the FN number, the FD number and the content: the same document always gets the
// same sign, different documents practically never collide. Stands in for the FN's crypto.
std::uint32_t fiscalSign(const std::string &fn, std::uint32_t fd, ByteView content)
{
    std::uint32_t h = 2166136261u;
    auto mix = [&h](std::uint8_t b) {
        h ^= b;
        h *= 16777619u;
    };
    for (char c : fn)
        mix(static_cast<std::uint8_t>(c));
    for (int i = 0; i < 4; ++i)
        mix(static_cast<std::uint8_t>(fd >> (8 * i)));
    for (auto b : content)
        mix(b);
    return h;
}

FnDateTime fnDateTime(std::int64_t t)
{
    const auto c = calendar(t);
    return FnDateTime{Date{c.year, c.month, c.day}, c.hour, c.minute};
}

std::string stamp(std::int64_t t)
{
    const auto c = calendar(t);
    return two(c.day) + "." + two(c.month) + "." + std::to_string(c.year) + " " + two(c.hour) + ":" +
           two(c.minute);
}

} // namespace

std::uint8_t Device::fnWritable() const
{
    if (now() >= m_state.fnExpiry)
        return deverr::FnExpired;
    if (m_state.fnFull)
        return deverr::FnArchiveFull;
    return deverr::Ok;
}

const ArchivedDocument &Device::makeDocument(std::uint8_t type, std::uint8_t operation, Kopecks amount,
                                             std::vector<Tlv> tlvs, ByteView extraTlv)
{
    ArchivedDocument doc;
    doc.fd = ++m_state.lastFd;
    doc.type = type;
    doc.time = now();
    doc.operation = operation;
    doc.amount = amount;
    doc.shift = m_state.shiftNumber;
    std::vector<Tlv> all{tlvUint32(1012, static_cast<std::uint32_t>(doc.time)), tlvUint32(1040, doc.fd),
                         tlvString(1041, m_state.fnNumber)};
    all.insert(all.end(), tlvs.begin(), tlvs.end());
    doc.tlv = encodeTlvs(all);
    doc.tlv.insert(doc.tlv.end(), extraTlv.begin(), extraTlv.end());
    doc.fp = fiscalSign(m_state.fnNumber, doc.fd, doc.tlv);
    const Bytes fp{static_cast<std::uint8_t>(doc.fp >> 24), static_cast<std::uint8_t>(doc.fp >> 16),
                   static_cast<std::uint8_t>(doc.fp >> 8), static_cast<std::uint8_t>(doc.fp)};
    appendTlv(doc.tlv, 1077, Bytes{0, 0, fp[0], fp[1], fp[2], fp[3]}); // ФПД: 6 bytes, sign in the low 4
    if (!m_state.ofdAutoAck)
        ++m_state.ofdBacklog;
    m_state.archive.push_back(std::move(doc));
    m_dirty = true;
    return m_state.archive.back();
}

void Device::appendDocumentAnswer(Bytes &out, const ArchivedDocument &doc, bool withDateTime) const
{
    appendLE(out, doc.fd, 4);
    appendLE(out, doc.fp, 4);
    if (withDateTime)
        appendFnDateTime(out, fnDateTime(doc.time));
}

// ---- shift --------------------------------------------------------------------------------------

std::uint8_t Device::openShiftNow()
{
    if (auto e = fnWritable())
        return e;
    ++m_state.shiftNumber;
    m_state.shiftOpen = true;
    m_state.shiftOpenedAt = now();
    m_state.receiptInShift = 0;
    std::vector<Tlv> tlvs{tlvUint32(1038, m_state.shiftNumber)};
    Bytes extra = std::move(m_state.pendingTlv);
    m_state.pendingTlv.clear();
    bool cashierGiven = false;
    if (auto tags = parseTlvs(extra))
        cashierGiven = findTlv(*tags, 1021) != nullptr;
    if (!cashierGiven)
        tlvs.push_back(tlvString(1021, decodeFixedText(tableValue(2, m_operator, 2))));
    const auto &doc = makeDocument(fdtype::ShiftOpen, 0, 0, std::move(tlvs), extra);
    incOperational(OregDocumentNumber);
    m_state.fnDocument = fndoc::None;
    printDocument({"ОТЧЕТ ОБ ОТКРЫТИИ СМЕНЫ", "СМЕНА " + std::to_string(m_state.shiftNumber), stamp(doc.time),
                   "ФН " + m_state.fnNumber, "ФД " + std::to_string(doc.fd) + " ФП " + std::to_string(doc.fp),
                   "================================"});
    return deverr::Ok;
}

std::uint8_t Device::closeShiftNow()
{
    // The Z-report may run on an expired FN's last day too; only the archive being full stops it.
    if (m_state.fnFull)
        return deverr::FnArchiveFull;
    std::vector<std::string> out{"ОТЧЕТ О ЗАКРЫТИИ СМЕНЫ (Z)",
                                 "СМЕНА " + std::to_string(m_state.shiftNumber)};
    static const char *ops[] = {"ПРИХОД", "РАСХОД", "ВОЗВРАТ ПРИХОДА", "ВОЗВРАТ РАСХОДА"};
    for (int op = 0; op < 4; ++op)
        out.push_back(std::string(ops[op]) + " " +
                      std::to_string(operationalRegister(oregReceiptsInShift(op))) + " =" +
                      formatMoney(moneyRegister(regShiftTotal(op))));
    out.push_back("ВНЕСЕНИЙ =" + formatMoney(moneyRegister(RegCashInShift)));
    out.push_back("ВЫПЛАТ =" + formatMoney(moneyRegister(RegCashOutShift)));
    out.push_back("НАЛИЧНЫХ В КАССЕ =" + formatMoney(moneyRegister(RegCash)));
    std::vector<Tlv> tlvs{tlvUint32(1038, m_state.shiftNumber), tlvUint32(1118, m_state.receiptInShift),
                          tlvUint32(1097, m_state.ofdBacklog)};
    Bytes extra = std::move(m_state.pendingTlv);
    m_state.pendingTlv.clear();
    const auto &doc = makeDocument(fdtype::ShiftClose, 0, 0, std::move(tlvs), extra);
    out.push_back(stamp(doc.time));
    out.push_back("ФН " + m_state.fnNumber);
    out.push_back("ФД " + std::to_string(doc.fd) + " ФП " + std::to_string(doc.fp));
    out.push_back("================================");
    // Z clears the shift registers (departments, payments, totals, cash in/out, annulled) and the
    // per-shift counters; the cash in the drawer (241) and the running numbers stay.
    for (auto it = m_state.money.begin(); it != m_state.money.end();) {
        const int reg = it->first;
        const bool shiftReg = (reg >= 0x79 && reg <= 0xF0) || reg == RegCashInShift ||
                              reg == RegCashOutShift || (reg >= 0xF5 && reg <= 0xFC) || reg < 0x79;
        it = shiftReg ? m_state.money.erase(it) : std::next(it);
    }
    for (int op = 0; op < 4; ++op)
        m_state.operational.erase(oregReceiptsInShift(op));
    m_state.operational.erase(OregCashInsInShift);
    m_state.operational.erase(OregCashOutsInShift);
    m_state.operational.erase(OregCancelledInShift);
    incOperational(OregDocumentNumber);
    m_state.shiftOpen = false;
    m_state.fnDocument = fndoc::None;
    m_dirty = true;
    printDocument(out);
    return deverr::Ok;
}

Device::Reply Device::openShiftLegacy()
{
    return legacyShiftCommand(true);
}

Device::Reply Device::zReport()
{
    return legacyShiftCommand(false);
}

Device::Reply Device::legacyShiftCommand(bool open)
{
    // E0h and 41h: device errors, and the FN document made by the command itself.
    if (m_state.receipt.open)
        return fail(deverr::ReceiptOpen);
    if (m_state.shiftOpen == open)
        return fail(open ? deverr::ShiftOpen : deverr::ShiftNotOpen);
    if (auto gate = printGate())
        return fail(gate);
    if (auto e = open ? openShiftNow() : closeShiftNow())
        return fail(e);
    return opOnly();
}

Device::Reply Device::xReport()
{
    if (m_state.receipt.open)
        return fail(deverr::ReceiptOpen);
    if (shiftExpired())
        return fail(deverr::ShiftOver24h);
    if (auto gate = printGate())
        return fail(gate);
    incOperational(OregXReportNumber);
    incOperational(OregDocumentNumber);
    std::vector<std::string> out{"ОТЧЕТ БЕЗ ГАШЕНИЯ (X)", "СМЕНА " + std::to_string(m_state.shiftNumber)};
    static const char *ops[] = {"ПРИХОД", "РАСХОД", "ВОЗВРАТ ПРИХОДА", "ВОЗВРАТ РАСХОДА"};
    for (int op = 0; op < 4; ++op)
        out.push_back(std::string(ops[op]) + " " +
                      std::to_string(operationalRegister(oregReceiptsInShift(op))) + " =" +
                      formatMoney(moneyRegister(regShiftTotal(op))));
    out.push_back("ВНЕСЕНИЙ =" + formatMoney(moneyRegister(RegCashInShift)));
    out.push_back("ВЫПЛАТ =" + formatMoney(moneyRegister(RegCashOutShift)));
    out.push_back("НАЛИЧНЫХ В КАССЕ =" + formatMoney(moneyRegister(RegCash)));
    out.push_back(stamp(now()));
    out.push_back("================================");
    m_dirty = true;
    printDocument(out);
    return opOnly();
}

Device::Reply Device::cashInOut(ByteReader &in, bool cashIn)
{
    auto amount = in.le(MoneyWidth);
    if (!amount)
        return fail(deverr::BadParameters);
    if (m_state.receipt.open)
        return fail(deverr::ReceiptOpen);
    if (!m_state.shiftOpen)
        return fail(deverr::ShiftNotOpen);
    if (shiftExpired())
        return fail(deverr::ShiftOver24h);
    if (auto gate = printGate())
        return fail(gate);
    const auto sum = static_cast<Kopecks>(*amount);
    if (!cashIn && sum > moneyRegister(RegCash))
        return fail(deverr::NotEnoughCash);
    addMoney(RegCash, cashIn ? sum : -sum);
    addMoney(cashIn ? RegCashInShift : RegCashOutShift, sum);
    incOperational(cashIn ? OregCashInsInShift : OregCashOutsInShift);
    incOperational(cashIn ? OregCashInNumber : OregCashOutNumber);
    incOperational(OregDocumentNumber);
    m_dirty = true;
    printDocument({cashIn ? "ВНЕСЕНИЕ" : "ВЫПЛАТА", "СУММА =" + formatMoney(sum), stamp(now()),
                   "НАЛИЧНЫХ В КАССЕ =" + formatMoney(moneyRegister(RegCash)),
                   "================================"});
    Bytes d{static_cast<std::uint8_t>(m_operator)};
    appendLE(d, operationalRegister(OregDocumentNumber) & 0xFFFF, 2);
    return ok(std::move(d));
}

// ---- FN commands --------------------------------------------------------------------------------

Device::Reply Device::fnStatus()
{
    // lifecycle, current document, data received, shift state, warnings, DATE_TIME, FN number,
    // last FD: 30 bytes after the error, LEN 21h like the real capture (§6).
    Bytes d;
    d.push_back(0x03); // configured, fiscal mode open
    std::uint8_t current = m_state.fnDocument;
    if (m_state.receipt.open)
        current = m_state.receipt.correction ? fndoc::Correction : fndoc::Receipt;
    d.push_back(current);
    d.push_back(m_state.receipt.open && !m_state.receipt.lines.empty() ? 1 : 0);
    d.push_back(m_state.shiftOpen ? 1 : 0);
    std::uint8_t warnings = 0;
    const std::int64_t left = m_state.fnExpiry - now();
    if (left < 3 * Day)
        warnings |= 0x01; // urgent replacement
    if (left < 30 * Day)
        warnings |= 0x02; // resource runs out within 30 days
    if (m_state.fnFull)
        warnings |= 0x04; // archive 99% full
    if (m_state.ofdBacklog > 0 && m_state.lastFd >= m_state.ofdBacklog) {
        const std::uint32_t first = m_state.lastFd - m_state.ofdBacklog + 1;
        for (const auto &doc : m_state.archive)
            if (doc.fd == first && now() - doc.time > 30 * Day)
                warnings |= 0x08; // OFD answer overdue
    }
    d.push_back(warnings);
    appendFnDateTime(d, fnDateTime(now()));
    Bytes number = encodeText(m_state.fnNumber, CodePage::Cp1251);
    number.resize(16, '0');
    d.insert(d.end(), number.begin(), number.end());
    appendLE(d, m_state.lastFd, 4);
    return ok(std::move(d));
}

Device::Reply Device::fnNumber()
{
    Bytes d = encodeText(m_state.fnNumber, CodePage::Cp1251);
    d.resize(16, '0');
    return ok(std::move(d));
}

Device::Reply Device::fnExpiry()
{
    const auto c = calendar(m_state.fnExpiry);
    Bytes d;
    appendDateYmd(d, Date{c.year, c.month, c.day});
    // Re-registrations left and done [JPOS FSReadExpDate]; the same numbers as 11h reports.
    d.push_back(29);
    d.push_back(1);
    return ok(std::move(d));
}

Device::Reply Device::fnVersion()
{
    Bytes d = encodeText("fn debug v 2.13", CodePage::Cp1251);
    d.resize(16, ' ');
    d.push_back(1); // serial FN
    return ok(std::move(d));
}

Device::Reply Device::fnFreeMemory()
{
    Bytes d;
    appendLE(d, m_state.fnFull ? 0 : 250000 - m_state.lastFd, 4);
    appendLE(d, m_state.fnFull ? 0 : 2048, 4);
    d.push_back(0);
    return ok(std::move(d));
}

Device::Reply Device::fnCancelDocument()
{
    // Cancels whatever document the FN has open, an open receipt included (annulled like 88h).
    if (m_state.receipt.open) {
        addMoney(regShiftAnnulled(m_state.receipt.type), m_state.receipt.total());
        incOperational(OregCancelledInShift);
        incOperational(OregAnnulments);
        m_state.receipt = Receipt{};
        m_state.acceptedCodes.clear();
        m_acceptedPlanned.clear();
        m_tape.print("ЧЕК АННУЛИРОВАН");
    }
    m_state.fnDocument = fndoc::None;
    m_state.pendingTlv.clear();
    m_dirty = true;
    return ok();
}

Device::Reply Device::fnFindDocument(ByteReader &in)
{
    auto fd = in.le(4);
    if (!fd)
        return fail(deverr::FnUnknownCommand);
    for (const auto &doc : m_state.archive) {
        if (doc.fd != *fd)
            continue;
        Bytes d{doc.type, static_cast<std::uint8_t>(doc.fd + m_state.ofdBacklog <= m_state.lastFd ? 1 : 0)};
        appendFnDateTime(d, fnDateTime(doc.time));
        appendLE(d, doc.fd, 4);
        appendLE(d, doc.fp, 4);
        switch (doc.type) {
        case fdtype::Receipt:
        case fdtype::Correction:
            // operation type and amount [PHP test mock; JPOS FSFindDocumentTests]
            d.push_back(doc.operation);
            appendMoney(d, doc.amount);
            break;
        case fdtype::ShiftOpen:
        case fdtype::ShiftClose:
            appendLE(d, doc.shift, 2);
            break;
        case fdtype::Registration: {
            const Bytes inn = encodeText("7700000000  ", CodePage::Cp1251);
            const Bytes rnm = encodeText("0000000001012345    ", CodePage::Cp1251);
            d.insert(d.end(), inn.begin(), inn.end());
            d.insert(d.end(), rnm.begin(), rnm.end());
            d.push_back(0x01); // tax systems: ОСН
            d.push_back(0x00); // work mode
            break;
        }
        default:
            break;
        }
        return ok(std::move(d));
    }
    return fail(deverr::FnNoData);
}

Device::Reply Device::fnBeginOpenShift()
{
    if (m_state.shiftOpen || m_state.receipt.open)
        return fail(deverr::FnWrongState);
    if (auto e = fnWritable())
        return fail(e);
    m_state.fnDocument = fndoc::ShiftOpenReport;
    m_dirty = true;
    return ok();
}

Device::Reply Device::fnOpenShift()
{
    // Accepted without FF41h as well (lenient; the real FN wants FF41h first).
    if (m_state.shiftOpen || m_state.receipt.open)
        return fail(deverr::FnWrongState);
    if (auto gate = printGate())
        return fail(gate);
    if (auto e = openShiftNow())
        return fail(e);
    Bytes d;
    appendLE(d, m_state.shiftNumber, 2);
    appendDocumentAnswer(d, m_state.archive.back(), false);
    return ok(std::move(d));
}

Device::Reply Device::fnBeginCloseShift()
{
    if (!m_state.shiftOpen || m_state.receipt.open)
        return fail(deverr::FnWrongState);
    m_state.fnDocument = fndoc::ShiftCloseReport;
    m_dirty = true;
    return ok();
}

Device::Reply Device::fnCloseShift()
{
    if (!m_state.shiftOpen || m_state.receipt.open)
        return fail(deverr::FnWrongState);
    if (auto gate = printGate())
        return fail(gate);
    const std::uint16_t closed = m_state.shiftNumber;
    if (auto e = closeShiftNow())
        return fail(e);
    Bytes d;
    appendLE(d, closed, 2);
    appendDocumentAnswer(d, m_state.archive.back(), true);
    return ok(std::move(d));
}

Device::Reply Device::fnShiftParams()
{
    Bytes d{static_cast<std::uint8_t>(m_state.shiftOpen ? 1 : 0)};
    appendLE(d, m_state.shiftNumber, 2);
    // The number of the next receipt while open (FN convention), else of the last one.
    appendLE(d, m_state.shiftOpen ? m_state.receiptInShift + 1u : m_state.receiptInShift, 2);
    return ok(std::move(d));
}

Device::Reply Device::fnExchangeStatus()
{
    // status bits, reading flag, queued count, first unsent FD number and its DATE_TIME.
    Bytes d;
    // Bit 0 transport connection up, bit 1 a message waits for the OFD [JPOS FSReadCommStatus]:
    // with auto-acknowledge the emulated OFD is reachable; with a backlog it is not.
    std::uint8_t status = m_state.ofdAutoAck ? 0x01 : 0x00;
    if (m_state.ofdBacklog > 0)
        status |= 0x02;
    d.push_back(status);
    d.push_back(0);
    appendLE(d, m_state.ofdBacklog, 2);
    std::uint32_t first = 0;
    std::int64_t firstTime = 0;
    if (m_state.ofdBacklog > 0) {
        first = m_state.lastFd - m_state.ofdBacklog + 1;
        for (const auto &doc : m_state.archive)
            if (doc.fd == first)
                firstTime = doc.time;
    }
    appendLE(d, first, 4);
    if (first != 0)
        appendFnDateTime(d, fnDateTime(firstTime));
    else
        d.insert(d.end(), {0, 0, 0, 0, 0});
    return ok(std::move(d));
}

Device::Reply Device::fnUnconfirmedCount()
{
    Bytes d;
    appendLE(d, m_state.ofdBacklog, 2);
    return ok(std::move(d));
}

Device::Reply Device::fnReadDocumentBegin(ByteReader &in)
{
    auto fd = in.le(4);
    if (!fd)
        return fail(deverr::FnUnknownCommand);
    for (const auto &doc : m_state.archive) {
        if (doc.fd != *fd)
            continue;
        m_readBack = doc.tlv;
        m_readBackPos = 0;
        m_readBackActive = true;
        Bytes d;
        appendLE(d, doc.type, 2);
        appendLE(d, m_readBack.size(), 2);
        return ok(std::move(d));
    }
    m_readBackActive = false;
    return fail(deverr::FnNoData);
}

Device::Reply Device::fnReadDocumentBlock()
{
    // One top-level TLV per call; a TLV too long for one answer is sent in raw slices. The end is
    // reported with FN error 08h "no data" (§3.2).
    if (!m_readBackActive || m_readBackPos >= m_readBack.size()) {
        m_readBackActive = false;
        return fail(deverr::FnNoData);
    }
    constexpr std::size_t MaxBlock = 240;
    std::size_t len = MaxBlock;
    if (auto l = readLE(m_readBack, m_readBackPos + 2, 2))
        len = static_cast<std::size_t>(*l) + 4;
    len = std::min({len, MaxBlock, m_readBack.size() - m_readBackPos});
    Bytes d(m_readBack.begin() + static_cast<std::ptrdiff_t>(m_readBackPos),
            m_readBack.begin() + static_cast<std::ptrdiff_t>(m_readBackPos + len));
    m_readBackPos += len;
    return ok(std::move(d));
}

} // namespace fiscal::emu
