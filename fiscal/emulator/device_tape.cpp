// The printed body of a closed receipt, laid out as a ШТРИХ-М-01Ф prints it: the lines with their
// VAT, the totals and payments, the VAT sums, the tax system, the cashier (1021/1203), the user and
// the place of settlement (table 18 unless the host sent 1187/1009), the registration and serial
// numbers, FN, FD and FP, the FNS site and the OFD. The header and advertising rows of table 4 are
// added around it by printDocument().

#include <map>

#include "fiscal/codec/text.h"
#include "fiscal/emulator/clock.h"
#include "fiscal/emulator/device.h"
#include "fiscal/emulator/format.h"
#include "fiscal/emulator/receipttlv.h"

namespace fiscal::emu {

namespace {

struct VatRate
{
    std::string name;         // "НДС 20%"
    std::uint64_t hundredths; // 2000; 0 for 0 % and without VAT
    bool none = false;        // without VAT: no sum printed
};

const char *receiptKind(std::uint8_t type)
{
    static const char *titles[] = {"ПРИХОД", "РАСХОД", "ВОЗВРАТ ПРИХОДА", "ВОЗВРАТ РАСХОДА"};
    return type < 4 ? titles[type] : "ЧЕК";
}

std::string taxSystemName(std::uint8_t bit)
{
    switch (bit) {
    case 1:
        return "ОСН";
    case 2:
        return "УСН ДОХОД";
    case 4:
        return "УСН ДОХОД-РАСХОД";
    case 8:
        return "ЕНВД";
    case 16:
        return "ЕСХН";
    case 32:
        return "ПСН";
    default:
        return std::to_string(bit);
    }
}

std::string tagText(const std::vector<Tlv> &tags, Tag tag)
{
    const Tlv *t = findTlv(tags, tag);
    return t ? tlvAsString(*t) : std::string();
}

Kopecks vatOf(Kopecks amount, std::uint64_t hundredths)
{
    const auto rate = static_cast<Kopecks>(hundredths);
    return rate == 0 ? 0 : (amount * rate + (10000 + rate) / 2) / (10000 + rate);
}

} // namespace

std::vector<std::string> Device::receiptTape(const Receipt &r, const Payments &p, Kopecks total,
                                             Kopecks discount, Kopecks change,
                                             const ArchivedDocument &doc) const
{
    // FF46h tax bits -> the rate printed: groups 1..6 from table 6, the УСН rates of 2025 (high bit).
    auto rateFor = [this](std::uint8_t mask) -> VatRate {
        switch (mask) {
        case 0x81:
            return {"НДС 5%", 500};
        case 0x82:
            return {"НДС 7%", 700};
        case 0x84:
            return {"НДС 5/105", 500};
        case 0x90:
            return {"НДС 7/107", 700};
        default:
            break;
        }
        int group = 0;
        for (int bit = 0; bit < 6; ++bit)
            if (mask == (1u << bit))
                group = bit + 1;
        if (group == 0)
            return {"НДС ?", 0};
        VatRate v{decodeFixedText(tableValue(6, group, 2)),
                  readLE(tableValue(6, group, 1), 0, 2).value_or(0)};
        v.none = group == 4;
        return v;
    };
    const std::vector<Tlv> tags = parseTlvs(r.tlv).value_or(std::vector<Tlv>{});

    std::vector<std::string> out;
    out.push_back(r.correction ? "КАССОВЫЙ ЧЕК КОРРЕКЦИИ" : "КАССОВЫЙ ЧЕК");
    out.push_back(receiptKind(r.type));
    if (r.correction)
        if (const Tlv *type = findTlv(tags, 1173); type && !type->value.empty())
            out.push_back(type->value[0] == 1 ? "КОРРЕКЦИЯ ПО ПРЕДПИСАНИЮ" : "КОРРЕКЦИЯ САМОСТОЯТЕЛЬНО");
    std::map<std::string, std::pair<Kopecks, VatRate>> vatTotals; // by printed rate name
    for (const auto &line : r.lines) {
        if (line.name.rfind("//", 0) != 0)
            out.push_back(line.name);
        out.push_back(formatQuantityMicro(line.quantityMicro) + " x " + formatMoney(line.price) + " = " +
                      formatMoney(line.amount));
        const VatRate rate = rateFor(line.taxMask);
        out.push_back(rate.none ? "  " + rate.name
                                : "  " + rate.name + " =" + formatMoney(vatOf(line.amount, rate.hundredths)));
        auto &sum = vatTotals[rate.name];
        sum.first += line.amount;
        sum.second = rate;
    }
    if (discount != 0)
        out.push_back((discount > 0 ? "СКИДКА " : "НАДБАВКА ") +
                      formatMoney(discount > 0 ? discount : -discount));
    out.push_back("ИТОГ =" + formatMoney(total));
    appendPayments(out, p, change);
    for (const auto &[name, sum] : vatTotals)
        out.push_back(sum.second.none
                          ? "СУММА БЕЗ НДС =" + formatMoney(sum.first)
                          : "СУММА " + name + " =" + formatMoney(vatOf(sum.first, sum.second.hundredths)));
    if (!p.text.empty())
        out.push_back(p.text);

    appendFooter(out, r, p, total, doc, tags);
    out.push_back("================================");
    return out;
}

// Cash, the electronic sum of types 2..13, types 14..16 one by one, and the change.
void Device::appendPayments(std::vector<std::string> &out, const Payments &p, Kopecks change)
{
    Kopecks electronic = 0;
    for (int i = 1; i < 13; ++i)
        electronic += p.sums[i];
    if (p.sums[0] > 0)
        out.push_back("НАЛИЧНЫМИ =" + formatMoney(p.sums[0]));
    if (electronic > 0)
        out.push_back("БЕЗНАЛИЧНЫМИ =" + formatMoney(electronic));
    for (int i = 13; i < 16; ++i)
        if (p.sums[i] > 0)
            out.push_back("ОПЛАТА " + std::to_string(i + 1) + " =" + formatMoney(p.sums[i]));
    if (change > 0)
        out.push_back("СДАЧА =" + formatMoney(change));
}

// The tax system, the cashier, the user and the place of settlement, the shift and time, the
// registration numbers, FN, FD and FP, the FNS site, the OFD and the QR code's content.
void Device::appendFooter(std::vector<std::string> &out, const Receipt &r, const Payments &p, Kopecks total,
                          const ArchivedDocument &doc, const std::vector<Tlv> &tags) const
{
    const auto tableText = [this](int field) { return decodeFixedText(tableValue(18, 1, field)); };
    const std::uint8_t taxSystem =
        p.taxSystem != 0 ? p.taxSystem
                         : static_cast<std::uint8_t>(readLE(tableValue(18, 1, 5), 0, 1).value_or(1));
    out.push_back("СНО: " + taxSystemName(taxSystem));
    std::string cashier = tagText(tags, 1021);
    if (cashier.empty())
        cashier = decodeFixedText(tableValue(2, r.operatorNumber, 2));
    out.push_back("КАССИР: " + cashier);
    if (auto inn = tagText(tags, 1203); !inn.empty())
        out.push_back("ИНН КАССИРА: " + inn);
    if (auto contact = tagText(tags, 1008); !contact.empty())
        out.push_back("ЭЛ. АДР. ПОКУПАТЕЛЯ: " + contact);
    out.push_back("ПОЛЬЗОВАТЕЛЬ: " + tableText(7));
    out.push_back("ИНН: " + tableText(2));
    std::string place = tagText(tags, 1187);
    out.push_back("МЕСТО РАСЧЕТОВ: " + (place.empty() ? tableText(9) : place));
    std::string address = tagText(tags, 1009);
    out.push_back("АДРЕС РАСЧЕТОВ: " + (address.empty() ? tableText(8) : address));
    const auto c = calendar(doc.time);
    out.push_back("СМЕНА " + std::to_string(m_state.shiftNumber) + " ЧЕК " +
                  std::to_string(m_state.receiptInShift));
    out.push_back(two(c.day) + "." + two(c.month) + "." + std::to_string(c.year) + " " + two(c.hour) + ":" +
                  two(c.minute));
    out.push_back("РН ККТ: " + tableText(3));
    out.push_back("ЗН ККТ: " + tableText(1));
    out.push_back("ФН " + m_state.fnNumber);
    out.push_back("ФД " + std::to_string(doc.fd) + " ФП " + std::to_string(doc.fp));
    out.push_back("САЙТ ФНС: www.nalog.gov.ru");
    out.push_back("ОФД: " + tableText(10));
    // The content of the receipt's QR code (the FNS format a buyer's app scans).
    out.push_back("QR: t=" + std::to_string(c.year) + two(c.month) + two(c.day) + "T" + two(c.hour) +
                  two(c.minute) + "&s=" + formatMoney(total) + "&fn=" + m_state.fnNumber +
                  "&i=" + std::to_string(doc.fd) + "&fp=" + std::to_string(doc.fp) +
                  "&n=" + std::to_string(operationForReceiptType(r.type)));
}

} // namespace fiscal::emu
