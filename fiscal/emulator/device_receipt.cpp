// Receipts: 8Dh open, 80h-83h and FF46h lines, FF4Dh/FF0Ch tags, 89h subtotal, 88h cancel and
// the three closes 85h, 8Eh and FF45h (reference §3.1, §3.2, "Typical ФН-era receipt sequence").

#include <limits>

#include "fiscal/codec/text.h"
#include "fiscal/codes.h"
#include "fiscal/emulator/device.h"
#include "fiscal/emulator/format.h"
#include "fiscal/emulator/receipttlv.h"
#include "fiscal/emulator/tables.h"

namespace fiscal::emu {

namespace {

// price x quantity (in millionths), rounded half up; false on overflow.
bool lineAmount(Kopecks price, std::int64_t micro, Kopecks &amount)
{
    const std::int64_t whole = micro / 1000000, frac = micro % 1000000;
    if (whole > 0 && price > std::numeric_limits<std::int64_t>::max() / whole / 2)
        return false;
    if (frac > 0 && price > std::numeric_limits<std::int64_t>::max() / frac)
        return false;
    amount = price * whole + (price * frac + 500000) / 1000000;
    return amount <= static_cast<Kopecks>(maxForWidth(MoneyWidth));
}

bool hasMarkingCode(const ReceiptLine &line)
{
    auto tlvs = parseTlvs(line.tlv);
    return tlvs && findTlv(*tlvs, 2000) != nullptr;
}

} // namespace

std::uint8_t Device::beginLine(std::uint8_t receiptType)
{
    if (m_state.receipt.open)
        return m_state.receipt.type == receiptType ? deverr::Ok : deverr::WrongDocumentType;
    // The first line opens the receipt implicitly (§7 item 2: drivers normally send 8Dh first).
    if (!m_state.shiftOpen)
        return deverr::ShiftNotOpen;
    if (shiftExpired())
        return deverr::ShiftOver24h;
    if (auto e = fnWritable())
        return e;
    m_state.receipt = Receipt{};
    m_state.receipt.open = true;
    m_state.receipt.type = receiptType;
    m_state.receipt.operatorNumber = static_cast<std::uint8_t>(m_operator);
    m_state.receipt.tlv = std::move(m_state.pendingTlv);
    m_state.pendingTlv.clear();
    m_state.fnDocument = fndoc::Receipt;
    m_dirty = true;
    return deverr::Ok;
}

std::uint8_t Device::fnShiftGate() const
{
    // What an FFxxh receipt command checks first: an open shift within its 24 hours, and paper.
    if (!m_state.shiftOpen)
        return deverr::FnWrongState;
    if (shiftExpired())
        return deverr::FnShiftOver24h;
    return printGate();
}

Device::Reply Device::openCheck(ByteReader &in)
{
    auto type = in.u8();
    if (!type || *type > 3)
        return fail(deverr::BadParameters);
    if (m_state.receipt.open)
        return fail(deverr::ReceiptOpen);
    if (auto gate = printGate())
        return fail(gate);
    if (auto e = beginLine(*type))
        return fail(e);
    return opOnly();
}

Device::Reply Device::openCorrectionReceipt(ByteReader &in)
{
    // type(1) as 8Dh: 0 приход, 1 расход, 2 возврат прихода, 3 возврат расхода. FN errors: it is
    // an FFxxh command.
    auto type = in.u8();
    if (!type)
        return fail(deverr::FnUnknownCommand);
    if (*type > 3)
        return fail(deverr::FnBadParameters);
    if (m_state.receipt.open)
        return fail(deverr::FnWrongState);
    if (auto gate = fnShiftGate())
        return fail(gate);
    if (auto e = beginLine(*type))
        return fail(e);
    m_state.receipt.correction = true;
    m_state.fnDocument = fndoc::Correction;
    return ok();
}

Device::Reply Device::legacyOperation(ByteReader &in, std::uint8_t receiptType)
{
    // qty(5, 3 decimals), price(5), department(1), tax1..4, text(40 or more) (§3.1 80h).
    auto qty = in.le(LegacyQtyWidth);
    auto price = in.le(MoneyWidth);
    auto dept = in.u8();
    auto taxes = in.take(4);
    if (!qty || !price || !dept || !taxes)
        return fail(deverr::BadParameters);
    if (*dept > 16)
        return fail(deverr::DepartmentRange);
    if (m_state.receipt.open && shiftExpired())
        return fail(deverr::ShiftOver24h);
    if (auto gate = printGate())
        return fail(gate);
    ReceiptLine line;
    line.quantityMicro = static_cast<std::int64_t>(*qty) * 1000;
    line.price = static_cast<Kopecks>(*price);
    if (!lineAmount(line.price, line.quantityMicro, line.amount))
        return fail(deverr::MultiplicationOverflow);
    if (auto e = beginLine(receiptType))
        return fail(e);
    line.operation = operationForReceiptType(receiptType);
    line.department = *dept;
    for (auto group : *taxes)
        if (group >= 1 && group <= 4 && line.taxMask == 0)
            line.taxMask = static_cast<std::uint8_t>(1u << (group - 1));
    line.name = decodeFixedText(in.rest());
    m_state.receipt.lines.push_back(std::move(line));
    m_dirty = true;
    return opOnly();
}

Device::Reply Device::operationV2(ByteReader &in)
{
    // type(1), qty(6, 6 decimals), price(5), amount(5), tax amount(5), tax bits(1), dept(1),
    // method(1), subject(1), name(0..128) (§3.2 FF46h).
    auto op = in.u8();
    auto qty = in.le(Ff46QtyWidth);
    auto price = in.le(MoneyWidth);
    auto amount = in.le(MoneyWidth);
    auto tax = in.le(MoneyWidth);
    auto taxMask = in.u8();
    auto dept = in.u8();
    auto method = in.u8();
    auto subject = in.u8();
    if (!op || !qty || !price || !amount || !tax || !taxMask || !dept || !method || !subject)
        return fail(deverr::FnUnknownCommand);
    const std::uint8_t type = receiptTypeForOperation(*op);
    if (type == 0xFF || *dept > 16)
        return fail(deverr::FnBadParameters);
    if (auto gate = fnShiftGate())
        return fail(gate);
    ReceiptLine line;
    line.operation = *op;
    line.quantityMicro = static_cast<std::int64_t>(*qty);
    line.price = static_cast<Kopecks>(*price);
    Kopecks computed = 0;
    if (!lineAmount(line.price, line.quantityMicro, computed))
        return fail(deverr::MultiplicationOverflow);
    if (*amount == DeviceComputes) {
        line.amount = computed;
    } else {
        line.amount = static_cast<Kopecks>(*amount);
        // The device accepts the host's amount within one kopeck of price x quantity (§3.2 FF46h).
        if (line.amount > computed + 1 || line.amount < computed - 1)
            return fail(deverr::BadParameters);
    }
    if (auto e = beginLine(type))
        return fail(e);
    line.taxMask = *taxMask;
    line.department = *dept;
    line.method = *method;
    line.subject = *subject;
    // A leading "//" means "send to the OFD, do not print"; the name keeps it until printing.
    line.name = decodeFixedText(in.rest());
    m_state.receipt.lines.push_back(std::move(line));
    m_dirty = true;
    return ok();
}

Device::Reply Device::sendOperationTlv(ByteReader &in)
{
    const bool line = m_state.receipt.open && !m_state.receipt.lines.empty();
    return appendTlvBlock(in.rest(), line ? &m_state.receipt.lines.back().tlv : nullptr);
}

Device::Reply Device::sendDocumentTlv(ByteReader &in)
{
    // Tags go to the open receipt, or wait for the next document (shift report, correction).
    return appendTlvBlock(in.rest(), m_state.receipt.open ? &m_state.receipt.tlv : &m_state.pendingTlv);
}

Device::Reply Device::appendTlvBlock(ByteView raw, Bytes *target)
{
    if (raw.empty() || !parseTlvs(raw))
        return fail(deverr::FnBadParameters);
    if (!target)
        return fail(deverr::FnWrongState);
    target->insert(target->end(), raw.begin(), raw.end());
    m_dirty = true;
    return ok();
}

Device::Reply Device::subtotal()
{
    if (!m_state.receipt.open)
        return fail(deverr::ReceiptClosed);
    Bytes d{static_cast<std::uint8_t>(m_operator)};
    appendMoney(d, m_state.receipt.total());
    return ok(std::move(d));
}

Device::Reply Device::discountOrSurcharge(ByteReader &in, bool discount)
{
    // amount(5), taxes(4), text(40): a legacy discount or surcharge on the whole receipt [PYS 86h/87h].
    auto amount = in.le(MoneyWidth);
    if (!amount || !in.take(4))
        return fail(deverr::BadParameters);
    if (!m_state.receipt.open)
        return fail(deverr::ReceiptClosed);
    if (auto gate = printGate())
        return fail(gate);
    const auto sum = static_cast<Kopecks>(*amount);
    if (discount && sum > m_state.receipt.total())
        return fail(0x5A); // discount exceeds the receipt's accumulations
    (discount ? m_state.receipt.discounts : m_state.receipt.surcharges) += sum;
    m_dirty = true;
    return opOnly();
}

Device::Reply Device::cancelCheck()
{
    if (!m_state.receipt.open)
        return fail(deverr::ReceiptClosed);
    if (std::chrono::steady_clock::now() < m_printingUntil)
        return fail(deverr::PrintingPrevious);
    addMoney(regShiftAnnulled(m_state.receipt.type), m_state.receipt.total());
    incOperational(OregCancelledInShift);
    incOperational(OregAnnulments);
    incOperational(OregDocumentNumber);
    m_state.receipt = Receipt{};
    m_state.fnDocument = fndoc::None;
    m_state.acceptedCodes.clear();
    m_acceptedPlanned.clear();
    m_checkPending = false;
    m_dirty = true;
    print({"ЧЕК АННУЛИРОВАН"});
    return opOnly();
}

std::uint8_t Device::finishReceipt(const Payments &p, Kopecks &change, const ArchivedDocument *&doc)
{
    Receipt &r = m_state.receipt;
    if (auto e = closeGate(r))
        return e;
    Kopecks total = r.total();
    const Kopecks discount =
        (total * p.discountHundredths + (p.discountHundredths >= 0 ? 5000 : -5000)) / 10000;
    total -= discount + p.rounding;
    if (total < 0)
        return 0x5F; // negative receipt total
    Kopecks sum = 0;
    for (auto s : p.sums)
        sum += s;
    const Kopecks cash = p.sums[0];
    if (sum < total)
        return deverr::PaymentsLessThanTotal;
    if (sum - cash > total)
        return deverr::NonCashExceedsTotal;
    change = sum - total;
    const Kopecks cashNet = cash - change;
    const std::uint8_t op = r.type;
    // Sale and purchase return bring cash into the drawer; purchase and sale return take it out.
    const bool cashOut = op == 1 || op == 2;
    if (cashOut && cashNet > moneyRegister(RegCash))
        return deverr::NotEnoughCash;

    addToCounters(r, p, total, discount, cashNet);
    doc = &makeDocument(r.correction ? fdtype::Correction : fdtype::Receipt, operationForReceiptType(op),
                        total, receiptTlvs(r, p, total, cashNet), r.tlv);

    // The receipt is printed as a whole when it closes (lines are buffered while it is open), so a
    // paper-out hits after the FN has the document: fiscalised but not fully printed.
    const std::vector<std::string> out = receiptTape(r, p, total, discount, change, *doc);
    m_state.receipt = Receipt{};
    m_state.fnDocument = fndoc::None;
    m_state.acceptedCodes.clear();
    m_acceptedPlanned.clear();
    m_dirty = true;
    printDocument(out);
    return deverr::Ok;
}

// Why a receipt cannot close now: closed or empty, shift over 24 h, FN or paper, a correction
// without its type (1173) and basis (1174); 0 when it can.
std::uint8_t Device::closeGate(const Receipt &r) const
{
    if (!r.open)
        return deverr::ReceiptClosed;
    if (r.lines.empty())
        return deverr::ZeroTotal;
    if (shiftExpired())
        return deverr::ShiftOver24h;
    if (auto e = fnWritable())
        return e;
    if (auto gate = printGate())
        return gate;
    if (r.correction) {
        // The FN refuses a correction receipt without its type (1173) and basis (1174).
        auto tags = parseTlvs(r.tlv);
        if (!tags || !findTlv(*tags, 1173) || !findTlv(*tags, 1174))
            return deverr::FnBadParameters;
    }
    return deverr::Ok;
}

// The drawer, the shift's department, payment, total and adjustment registers, the receipt
// counters and the marking codes waiting to be reported.
void Device::addToCounters(const Receipt &r, const Payments &p, Kopecks total, Kopecks discount,
                           Kopecks cashNet)
{
    const std::uint8_t op = r.type;
    const bool cashOut = op == 1 || op == 2;
    addMoney(RegCash, cashOut ? -cashNet : cashNet);
    for (const auto &line : r.lines)
        addMoney(regShiftDepartment(line.department == 0 ? 0 : line.department - 1, op), line.amount);
    addMoney(regShiftPayment(1, op), cashNet);
    for (int pt = 2; pt <= 4; ++pt)
        addMoney(regShiftPayment(pt, op), p.sums[pt - 1]);
    addMoney(regShiftTotal(op), total);
    // Receipt-level adjustments: 86h/87h amounts and the percentage of the close command.
    addMoney(regShiftDiscounts(op), r.discounts + (discount > 0 ? discount : 0));
    addMoney(regShiftSurcharges(op), r.surcharges + (discount < 0 ? -discount : 0));
    incOperational(oregReceiptsInShift(op));
    incOperational(oregReceiptNumber(op));
    incOperational(OregDocumentNumber);
    ++m_state.receiptInShift;
    std::uint16_t codes = 0;
    for (const auto &line : r.lines) {
        if (hasMarkingCode(line))
            ++codes;
    }
    m_state.markingNotifications = static_cast<std::uint16_t>(m_state.markingNotifications + codes);
}

// The receipt's fiscal data: numbers, totals by payment type, tax system, cashier, lines.
std::vector<Tlv> Device::receiptTlvs(const Receipt &r, const Payments &p, Kopecks total,
                                     Kopecks cashNet) const
{
    const std::uint8_t op = r.type;
    Kopecks electronic = 0;
    for (int i = 1; i < 13; ++i)
        electronic += p.sums[i];
    std::vector<Tlv> tlvs{tlvUint32(1042, m_state.receiptInShift),
                          tlvUint32(1038, m_state.shiftNumber),
                          tlvByte(1054, operationForReceiptType(op)),
                          tlvVln(1020, static_cast<std::uint64_t>(total)),
                          tlvVln(1031, static_cast<std::uint64_t>(cashNet)),
                          tlvVln(1081, static_cast<std::uint64_t>(electronic)),
                          tlvVln(1215, static_cast<std::uint64_t>(p.sums[13])),
                          tlvVln(1216, static_cast<std::uint64_t>(p.sums[14])),
                          tlvVln(1217, static_cast<std::uint64_t>(p.sums[15]))};
    if (p.taxSystem != 0)
        tlvs.push_back(tlvByte(1055, p.taxSystem));
    bool cashierGiven = false;
    if (auto tags = parseTlvs(r.tlv))
        cashierGiven = findTlv(*tags, 1021) != nullptr;
    if (!cashierGiven)
        tlvs.push_back(tlvString(1021, decodeFixedText(tableValue(2, r.operatorNumber, 2))));
    for (const auto &line : r.lines)
        tlvs.push_back(lineTlv(line));
    return tlvs;
}

Device::Reply Device::closeCheck(ByteReader &in)
{
    // cash, type 2, type 3, type 4 (5 bytes each), discount(2 signed), taxes(4), text (§3.1 85h).
    Payments p;
    for (int i = 0; i < 4; ++i) {
        auto v = in.le(MoneyWidth);
        if (!v)
            return fail(deverr::BadParameters);
        p.sums[i] = static_cast<Kopecks>(*v);
    }
    return closeLegacy(in, p);
}

Device::Reply Device::closeCheckExtended(ByteReader &in)
{
    // 16 payment sums (cash first), discount(2), taxes(4), text (§3.1 8Eh).
    Payments p;
    for (auto &s : p.sums) {
        auto v = in.le(MoneyWidth);
        if (!v)
            return fail(deverr::BadParameters);
        s = static_cast<Kopecks>(*v);
    }
    return closeLegacy(in, p);
}

Device::Reply Device::closeLegacy(ByteReader &in, Payments &p)
{
    // The tail 85h and 8Eh share: discount(2 signed), taxes(4), text; the answer is op# + change.
    auto discount = in.le(2);
    if (!discount || !in.take(4))
        return fail(deverr::BadParameters);
    p.discountHundredths = static_cast<std::int16_t>(*discount);
    if (p.discountHundredths > 9999 || p.discountHundredths < -9999)
        return fail(0x40); // discount range overflow
    p.text = decodeFixedText(in.rest());
    Kopecks change = 0;
    const ArchivedDocument *doc = nullptr;
    if (auto e = finishReceipt(p, change, doc))
        return fail(e);
    Bytes d{static_cast<std::uint8_t>(m_operator)};
    appendMoney(d, change);
    return ok(std::move(d));
}

Device::Reply Device::closeCheckV2(ByteReader &in)
{
    // 16 sums, rounding(1), 6 tax amounts, tax system(1), text (§3.2 FF45h, request LEN 182).
    Payments p;
    for (auto &s : p.sums) {
        auto v = in.le(MoneyWidth);
        if (!v)
            return fail(deverr::FnUnknownCommand);
        s = static_cast<Kopecks>(*v);
    }
    auto rounding = in.u8();
    if (!rounding || !in.take(6 * MoneyWidth))
        return fail(deverr::FnUnknownCommand);
    auto taxSystem = in.u8();
    if (!taxSystem)
        return fail(deverr::FnUnknownCommand);
    p.rounding = *rounding;
    p.taxSystem = *taxSystem;
    p.text = decodeFixedText(in.rest());
    if (m_state.receipt.open && shiftExpired())
        return fail(deverr::FnShiftOver24h);
    Kopecks change = 0;
    const ArchivedDocument *doc = nullptr;
    if (auto e = finishReceipt(p, change, doc))
        return fail(e);
    Bytes d;
    appendMoney(d, change);
    appendDocumentAnswer(d, *doc, true);
    return ok(std::move(d));
}

} // namespace fiscal::emu
