// SalesService, returns: what is still returnable and the return receipt.
#include "app/sales/salesservice.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include "app/catalog/catalogservice.h"
#include "app/core/moneytext.h"
#include "app/core/tr.h"
#include "app/core/uuid.h"
#include "app/core/validation.h"
#include "app/sales/salesservice_p.h"
#include "app/sales/shiftservice.h"
#include "app/staff/auditlog.h"
#include "app/storage/database.h"
#include "app/sync/fiscaljobs.h"
#include "app/sync/outbox.h"

namespace app {

using namespace salesdetail;

std::optional<QHash<std::int64_t, Milli>> SalesService::returnable(std::int64_t originalSaleId)
{
    const auto original = sale(originalSaleId);
    if (!original || original->status != SaleStatus::Completed || original->kind != SaleKind::Sale)
        return std::nullopt;
    QHash<std::int64_t, Milli> left;
    for (const SaleLine &l : original->lines)
        left[l.id] = l.quantity;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT l.original_line_id, SUM(l.quantity) FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
        "WHERE s.original_sale_id = ? AND s.status = 2 AND l.original_line_id IS NOT NULL GROUP BY "
        "l.original_line_id"));
    q.addBindValue(qint64(originalSaleId));
    if (!q.exec())
        return std::nullopt;
    while (q.next())
        left[q.value(0).toLongLong()] -= q.value(1).toLongLong();
    return left;
}

Result<Sale> SalesService::createReturn(const Actor &actor, std::int64_t originalSaleId,
                                        const QList<ReturnLineInput> &lines,
                                        const QList<PaymentInput> &payments)
{
    if (auto ok = AccessControl::check(actor, Permission::Returns); !ok)
        return forward(ok);
    if (lines.isEmpty())
        return fail(Error::Code::Validation, Tr::tr("Choose at least one line to return."));
    Transaction tx(m_db);
    const auto original = sale(originalSaleId);
    if (!original || original->kind != SaleKind::Sale || original->status != SaleStatus::Completed)
        return fail(Error::Code::NotFound, Tr::tr("Only a completed sale can be returned."));
    auto left = returnable(originalSaleId);
    if (!left)
        return fail(Error::Code::NotFound, Tr::tr("Only a completed sale can be returned."));

    auto out = returnLines(*original, *left, lines);
    if (!out)
        return forward(out);
    Kopecks total = 0;
    for (const SaleLine &r : *out)
        total += r.total;
    QList<PaymentInput> refund = payments;
    if (refund.isEmpty() && total > 0)
        refund.append({PaymentType::Cash, total, 0, {}});
    auto settled = settle(actor, total, refund);
    if (!settled)
        return forward(settled);
    if (auto ok = checkDrawerCovers(*settled); !ok)
        return forward(ok);

    const auto returnId = insertReturn(actor, originalSaleId, total, *out);
    if (!returnId)
        return forward(returnId);
    auto done = finish(actor, *returnId, *settled, QStringLiteral("return.complete"));
    if (!done)
        return done;
    if (auto ok = tx.commit(); !ok)
        return forward(ok);
    return done;
}

// The return's lines: each a sold line of the original, no more than is left to return, with its
// share of the amount paid (discounts included) and its VAT.
Result<QList<SaleLine>> SalesService::returnLines(const Sale &original,
                                                  const QHash<std::int64_t, Milli> &left,
                                                  const QList<ReturnLineInput> &lines)
{
    QList<SaleLine> out;
    QHash<std::int64_t, Milli> asked;
    for (const ReturnLineInput &in : lines) {
        const SaleLine *sold = nullptr;
        for (const SaleLine &l : original.lines) {
            if (l.id == in.originalLineId)
                sold = &l;
        }
        if (!sold)
            return fail(Error::Code::NotFound, Tr::tr("No such line in the sale."));
        if (in.quantity <= 0)
            return fail(Error::Code::Validation, Tr::tr("The quantity must be positive."));
        const Milli already = sold->quantity - left.value(sold->id);
        asked[sold->id] += in.quantity;
        if (asked[sold->id] > left.value(sold->id))
            return fail(Error::Code::Validation,
                        Tr::tr("Cannot return more of %1 than was sold (%2 left to return).")
                            .arg(sold->name, displayQuantity(left.value(sold->id))));
        SaleLine r = *sold;
        r.id = 0;
        r.position = int(out.size()) + 1;
        r.originalLineId = sold->id;
        r.quantity = in.quantity;
        r.total = Pricing::refundFor(sold->total, sold->quantity, already + asked[sold->id] - in.quantity,
                                     in.quantity);
        const Kopecks gross = Pricing::lineAmount(r.price, r.quantity);
        r.itemDiscount = std::max<Kopecks>(0, gross - r.total);
        r.receiptDiscountShare = 0;
        r.vat = Pricing::vatInside(r.total, vatPercent(r.vatCode));
        r.markingCheck = in.markingCheck;                // the return's own check, not the sale's
        r.markingCheck.units = sold->markingCheck.units; // a part of a pack goes back as that part
        r.markingCheck.packUnits = sold->markingCheck.packUnits;
        out.append(r);
    }
    return out;
}

Result<void> SalesService::checkDrawerCovers(const QList<Payment> &settled)
{
    // The registrar refuses to pay out more cash than its drawer register holds (46h); say so
    // before anything is journaled, with what the cashier can do instead.
    Kopecks cashOut = 0;
    for (const Payment &p : settled)
        cashOut += p.type == PaymentType::Cash ? p.amount : 0;
    if (cashOut > 0) {
        if (const auto shift = currentShift()) {
            const auto totals = ShiftService(m_db, m_clock).totals(*shift);
            if (totals && cashOut > totals->cashInDrawer)
                return fail(
                    Error::Code::Validation,
                    Tr::tr("The drawer holds only %1 in cash, the refund needs %2: make a cash-in first "
                           "or refund to the card.")
                        .arg(displayRoubles(totals->cashInDrawer), displayRoubles(cashOut)));
        }
    }
    return {};
}

// The return's row and its lines, in the caller's transaction; the new sale id.
Result<std::int64_t> SalesService::insertReturn(const Actor &actor, std::int64_t originalSaleId,
                                                Kopecks total, const QList<SaleLine> &lines)
{
    const QString now = toStorage(m_clock());
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO sales(uuid, kind, calc_sign, status, cashier_id, "
                                              "original_sale_id, total, created_at, updated_at) "
                                              "VALUES (?, 1, 2, 1, ?, ?, ?, ?, ?)"));
    q.addBindValue(newUuid());
    q.addBindValue(qint64(actor.employeeId));
    q.addBindValue(qint64(originalSaleId));
    q.addBindValue(qint64(total));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return storage(q);
    const std::int64_t returnId = q.lastInsertId().toLongLong();
    QSqlQuery l = m_db.prepare(QStringLiteral("INSERT INTO sale_lines(sale_id, position, product_id, "
                                              "original_line_id, name, price, quantity, unit_code, "
                                              "vat_code, subject, payment_method, marking_code, "
                                              "item_discount, receipt_discount_share, total, vat_amount) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"));
    for (const SaleLine &r : lines) {
        l.bindValue(0, qint64(returnId));
        l.bindValue(1, r.position);
        l.bindValue(2, r.productId > 0 ? QVariant::fromValue<qint64>(r.productId) : QVariant());
        l.bindValue(3, qint64(r.originalLineId));
        l.bindValue(4, r.name);
        l.bindValue(5, qint64(r.price));
        l.bindValue(6, qint64(r.quantity));
        l.bindValue(7, r.unitCode);
        l.bindValue(8, r.vatCode);
        l.bindValue(9, r.subject);
        l.bindValue(10, r.paymentMethod);
        l.bindValue(11, sqlText(r.markingCode));
        l.bindValue(12, qint64(r.itemDiscount));
        l.bindValue(13, qint64(r.total));
        l.bindValue(14, qint64(r.vat));
        if (!l.exec())
            return storage(l);
        if (!r.markingCode.isEmpty() && r.markingCheck.outcome != MarkingLineCheck::None)
            if (auto ok = insertMarkingCheck(l.lastInsertId().toLongLong(), r.markingCheck); !ok)
                return forward(ok);
    }
    return returnId;
}

} // namespace app
