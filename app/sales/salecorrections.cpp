// SalesService, corrections: the correction receipt (FFD 1.2 tag 1173).
#include "app/sales/salesservice.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include "app/catalog/catalogservice.h"
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

Result<Sale> SalesService::createCorrection(const Actor &actor, const CorrectionInput &input)
{
    if (auto ok = AccessControl::check(actor, Permission::Corrections); !ok)
        return forward(ok);
    if (auto ok = checkCorrectionBasis(input); !ok)
        return forward(ok);
    auto cart = correctionCart(input.lines);
    if (!cart)
        return forward(cart);
    CartTotals totals;
    if (!Pricing::price(*cart, 0, totals))
        return fail(Error::Code::Validation, Tr::tr("The quantity must be positive."));
    Transaction tx(m_db);
    if (input.originalSaleId) {
        const auto original = sale(input.originalSaleId);
        if (!original || original->status != SaleStatus::Completed)
            return fail(Error::Code::NotFound, Tr::tr("No such sale."));
    }
    auto settled = settle(actor, totals.total, input.payments);
    if (!settled)
        return forward(settled);
    const auto id = insertCorrection(actor, input, totals);
    if (!id)
        return forward(id);
    auto done = finish(actor, *id, *settled, QStringLiteral("correction.complete"));
    if (!done)
        return done;
    if (auto ok = tx.commit(); !ok)
        return forward(ok);
    return done;
}

// The calculation sign, the type (self-initiated or by order, with its number), the date of the
// settlement corrected and at least one line.
Result<void> SalesService::checkCorrectionBasis(const CorrectionInput &input)
{
    if (input.calcSign < CalcSign::Income || input.calcSign > CalcSign::ExpenseReturn)
        return fail(Error::Code::Validation, Tr::tr("Unknown calculation sign."));
    if (input.type != 0 && input.type != 1)
        return fail(Error::Code::Validation,
                    Tr::tr("The correction type must be self-initiated or by order."));
    if (!input.basisDate.isValid() || input.basisDate > m_clock().date())
        return fail(Error::Code::Validation,
                    Tr::tr("The correction needs the date of the uncorrected settlement."));
    if (input.type == 1 && input.orderNumber.trimmed().isEmpty())
        return fail(Error::Code::Validation, Tr::tr("A correction by order needs the order number."));
    if (input.lines.isEmpty())
        return fail(Error::Code::Validation, Tr::tr("The correction has no lines."));
    return {};
}

// Each line checked as a product would be, priced with its VAT rate.
Result<std::vector<CartLineInput>> SalesService::correctionCart(const QList<CorrectionLineInput> &lines)
{
    std::vector<CartLineInput> cart;
    for (const CorrectionLineInput &l : lines) {
        Product check;
        check.name = l.name;
        check.price = l.price;
        check.unitCode = l.unitCode;
        check.vatCode = l.vatCode;
        check.subject = l.subject;
        if (const QString why = validateProduct(check); !why.isEmpty())
            return fail(Error::Code::Validation, why);
        cart.push_back({l.price, l.quantity, 0, vatPercent(l.vatCode), l.vatCode});
    }
    return cart;
}

// The correction's row, its basis text and its lines, in the caller's transaction; the new sale id.
Result<std::int64_t> SalesService::insertCorrection(const Actor &actor, const CorrectionInput &input,
                                                    const CartTotals &totals)
{
    const QString now = toStorage(m_clock());
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO sales(uuid, kind, calc_sign, status, cashier_id, original_sale_id, total, "
        "correction_type, correction_date, correction_order, created_at, updated_at) "
        "VALUES (?, 2, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(newUuid());
    q.addBindValue(input.calcSign);
    q.addBindValue(qint64(actor.employeeId));
    q.addBindValue(input.originalSaleId ? QVariant(qint64(input.originalSaleId))
                                        : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(qint64(totals.total));
    q.addBindValue(input.type);
    q.addBindValue(input.basisDate.toString(Qt::ISODate));
    q.addBindValue(sqlText(input.orderNumber.trimmed()));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return storage(q);
    const std::int64_t id = q.lastInsertId().toLongLong();
    if (const QString description = input.description.trimmed(); !description.isEmpty()) {
        QSqlQuery b =
            m_db.prepare(QStringLiteral("INSERT INTO correction_basis(sale_id, description) VALUES (?, ?)"));
        b.addBindValue(qint64(id));
        b.addBindValue(description);
        if (!b.exec())
            return storage(b);
    }
    QSqlQuery l = m_db.prepare(QStringLiteral("INSERT INTO sale_lines(sale_id, position, name, price, "
                                              "quantity, unit_code, vat_code, subject, total, "
                                              "vat_amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < input.lines.size(); ++i) {
        const CorrectionLineInput &in = input.lines[i];
        l.bindValue(0, qint64(id));
        l.bindValue(1, int(i + 1));
        l.bindValue(2, in.name.trimmed());
        l.bindValue(3, qint64(in.price));
        l.bindValue(4, qint64(in.quantity));
        l.bindValue(5, in.unitCode);
        l.bindValue(6, in.vatCode);
        l.bindValue(7, in.subject);
        l.bindValue(8, qint64(totals.lines[std::size_t(i)].total));
        l.bindValue(9, qint64(totals.lines[std::size_t(i)].vat));
        if (!l.exec())
            return storage(l);
    }
    return id;
}

} // namespace app
