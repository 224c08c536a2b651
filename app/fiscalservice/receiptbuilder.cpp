#include "app/fiscalservice/receiptbuilder.h"

#include "app/core/tr.h"
#include "app/fiscalservice/fndocument.h"

namespace app {
namespace {

fiscal::ReceiptType receiptType(int calcSign)
{
    switch (calcSign) {
    case CalcSign::IncomeReturn:
        return fiscal::ReceiptType::SaleReturn;
    case CalcSign::Expense:
        return fiscal::ReceiptType::Purchase;
    case CalcSign::ExpenseReturn:
        return fiscal::ReceiptType::PurchaseReturn;
    default:
        return fiscal::ReceiptType::Sale;
    }
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}

bool wholeUnits(Milli quantity)
{
    return quantity % MilliPerUnit == 0;
}

// Price × quantity as the device computes it (half up), to see whether `amount` passes its
// "within one kopeck" check.
Kopecks deviceAmount(Kopecks price, Milli quantity)
{
    return (price * quantity + MilliPerUnit / 2) / MilliPerUnit;
}

// Discounts are already spread over the lines by the model: a line's total is what the buyer
// pays. The FN wants the discounted unit price (1079) with price × quantity matching the amount,
// so a line whose total does not divide evenly is sent as two lines of whole units.
// Tag 1260 "отраслевой реквизит предмета расчета" of a marked line checked under the permissive
// mode: 1262 ФОИВ "030" (Минпромторг), 1263/1264 the basis document ПП РФ №1944 of 21.11.2023,
// 1265 what the check returned (UUID and time of the answer, plus Inst/Ver for the local module).
fiscal::Tlv tag1260(const QString &value1265)
{
    return fiscal::tlvStlv(1260, {fiscal::tlvString(1262, "030"), fiscal::tlvString(1263, "21.11.2023"),
                                  fiscal::tlvString(1264, "1944"), fiscal::tlvString(1265, utf8(value1265))});
}

void appendLines(std::vector<fiscal::ReceiptLine> &out, const fiscal::ReceiptLine &base, const SaleLine &line)
{
    fiscal::ReceiptLine one = base;
    const Kopecks total = line.total;
    const Milli qty = line.quantity;
    const Kopecks unitPrice = (total * MilliPerUnit + qty / 2) / qty;
    if (std::llabs(deviceAmount(unitPrice, qty) - total) <= 1 || !wholeUnits(qty) || qty == MilliPerUnit) {
        one.price = unitPrice;
        one.quantity = qty;
        one.amount = total;
        out.push_back(one);
        return;
    }
    const Kopecks units = qty / MilliPerUnit;
    const Kopecks low = total / units;
    const Kopecks dearer = total - low * units; // this many units cost one kopeck more
    one.price = low;
    one.quantity = (units - dearer) * MilliPerUnit;
    one.amount = low * (units - dearer);
    out.push_back(one);
    fiscal::ReceiptLine two = base;
    two.price = low + 1;
    two.quantity = dearer * MilliPerUnit;
    two.amount = (low + 1) * dearer;
    two.marking.reset(); // a marked line is one unit, so it never splits; keep the code once
    out.push_back(two);
}

} // namespace

std::optional<std::uint8_t> taxBitsForVatCode(int vatCode)
{
    return fiscal::taxBitsForVat1199(vatCode);
}

fiscal::PlannedStatus plannedStatusFor(const Sale &sale, const SaleLine &line)
{
    const bool measured = !wholeUnits(line.quantity) || line.unitCode != 0 || line.markingCheck.units > 0;
    if (sale.calcSign == CalcSign::IncomeReturn)
        return measured ? fiscal::PlannedStatus::MeasuredReturned : fiscal::PlannedStatus::PieceReturned;
    return measured ? fiscal::PlannedStatus::MeasuredSold : fiscal::PlannedStatus::PieceSold;
}

Milli packPartQuantity(const MarkingLineCheck &c)
{
    if (c.units <= 0 || c.packUnits <= 0)
        return MilliPerUnit;
    return std::max<Milli>(1, (Milli(c.units) * MilliPerUnit + c.packUnits / 2) / c.packUnits);
}

fiscal::Bytes markingCheckTlvs(const MarkingLineCheck &c)
{
    if (c.units <= 0 || c.packUnits <= 0)
        return {};
    return fiscal::encodeTlvs({fiscal::packPartTlv(std::uint64_t(c.units), std::uint64_t(c.packUnits))});
}

BuiltReceipt buildReceipt(const Sale &sale, const std::optional<CashierInfo> &cashier, int taxSystem)
{
    BuiltReceipt out;
    fiscal::Receipt &r = out.receipt;
    r.type = receiptType(sale.calcSign);
    if (taxSystem != 0)
        r.taxSystem = static_cast<std::uint8_t>(taxSystem);
    if (cashier && !cashier->name.isEmpty())
        r.cashier = fiscal::Cashier{utf8(cashier->name), utf8(cashier->inn)};
    r.buyerContact = utf8(sale.buyerContact);
    for (const SaleLine &line : sale.lines) {
        const auto bits = taxBitsForVatCode(line.vatCode);
        if (!bits) {
            out.error =
                Tr::tr("The registrar cannot print VAT rate code %1 (line “%2”): update its firmware or "
                       "change the product's rate.")
                    .arg(line.vatCode)
                    .arg(line.name);
            return out;
        }
        if (line.quantity <= 0) {
            out.error = Tr::tr("Line “%1” has no quantity.").arg(line.name);
            return out;
        }
        fiscal::ReceiptLine base;
        base.name = utf8(line.name);
        base.taxBits = *bits;
        base.method = static_cast<fiscal::PaymentMethod>(line.paymentMethod);
        base.subject = static_cast<fiscal::PaymentSubject>(line.subject);
        base.tags.push_back(fiscal::tlvByte(2108, static_cast<std::uint8_t>(line.unitCode)));
        if (!line.markingCheck.tag1265.isEmpty())
            base.tags.push_back(tag1260(line.markingCheck.tag1265));
        if (line.markingCheck.units > 0 && line.markingCheck.packUnits > 0) // with the operation too
            base.tags.push_back(fiscal::packPartTlv(std::uint64_t(line.markingCheck.units),
                                                    std::uint64_t(line.markingCheck.packUnits)));
        if (!line.markingCode.isEmpty()) {
            fiscal::MarkedItem item;
            item.code = line.markingCode.toStdString();
            item.planned = plannedStatusFor(sale, line);
            item.checkTlvs = markingCheckTlvs(line);
            item.alreadyChecked = true; // the worker checks (FF61h/FF69h) before the receipt opens
            base.marking = item;
        }
        appendLines(r.lines, base, line);
    }
    Kopecks cash = 0;
    Kopecks electronic = 0;
    for (const Payment &p : sale.payments) {
        if (p.type == PaymentType::Cash)
            cash += std::max(p.amount, p.tendered); // the registrar prints the change itself
        else
            electronic += p.amount;
    }
    r.payments[fiscal::CashSlot] = cash;
    r.payments[fiscal::ElectronicSlot] = electronic;
    if (r.lines.empty())
        out.error = Tr::tr("The document has no lines.");
    out.expected.type = fndoctype::Receipt;
    out.expected.operation = static_cast<std::uint8_t>(sale.calcSign);
    out.expected.total = sale.total;
    return out;
}

BuiltReceipt buildCorrectionReceipt(const Sale &sale, const std::optional<CashierInfo> &cashier,
                                    int taxSystem)
{
    BuiltReceipt out = buildReceipt(sale, cashier, taxSystem);
    fiscal::CorrectionBasis basis;
    basis.type = static_cast<std::uint8_t>(sale.correctionType.value_or(0));
    basis.description = utf8(sale.correctionDescription);
    basis.settlementDate =
        fiscal::Date{sale.correctionDate.year(), sale.correctionDate.month(), sale.correctionDate.day()};
    basis.orderNumber = utf8(sale.correctionOrder);
    out.receipt.correction = basis;
    out.receipt.buyerContact.clear();
    if (out.error.isEmpty() && !sale.correctionDate.isValid())
        out.error = Tr::tr("The correction needs the date of the uncorrected settlement.");
    out.expected.type = fndoctype::Correction;
    return out;
}

} // namespace app
