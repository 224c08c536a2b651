#pragma once

// Shared by the files of SalesService (the open cart, settlement, returns, corrections): the
// sale row reader and small helpers. Not for use outside app/sales.

#include <QSqlQuery>

#include "app/core/result.h"
#include "app/sales/sale.h"
#include "app/storage/database.h"

namespace app::salesdetail {

inline app::Unexpected<Error> storage(const QSqlQuery &q)
{
    return {Database::storageError(q)};
}

template<class T>
inline app::Unexpected<Error> forward(const Result<T> &r)
{
    return {r.error()};
}

inline const QString selectSale = QStringLiteral(
    "SELECT id, uuid, COALESCE(number, 0), kind, calc_sign, status, parked, COALESCE(shift_id, 0), "
    "cashier_id, "
    "COALESCE(original_sale_id, 0), receipt_discount, total, comment, buyer_contact, correction_type, "
    "correction_date, correction_order, fn, fd, fiscal_sign, fiscal_shift, fiscal_receipt, fiscal_at, "
    "created_at, "
    "completed_at, (SELECT description FROM correction_basis WHERE sale_id = sales.id), "
    "(SELECT uuid FROM employees WHERE id = sales.cashier_id), (SELECT uuid FROM shifts WHERE id = "
    "sales.shift_id), (SELECT o.uuid FROM sales o WHERE o.id = sales.original_sale_id) FROM sales ");

inline Sale readSaleRow(const QSqlQuery &q)
{
    Sale s;
    s.id = q.value(0).toLongLong();
    s.uuid = q.value(1).toString();
    s.number = q.value(2).toInt();
    s.kind = SaleKind(q.value(3).toInt());
    s.calcSign = q.value(4).toInt();
    s.status = SaleStatus(q.value(5).toInt());
    s.parked = q.value(6).toBool();
    s.shiftId = q.value(7).toLongLong();
    s.cashierId = q.value(8).toLongLong();
    s.originalSaleId = q.value(9).toLongLong();
    s.receiptDiscount = q.value(10).toLongLong();
    s.total = q.value(11).toLongLong();
    s.comment = q.value(12).toString();
    s.buyerContact = q.value(13).toString();
    if (!q.value(14).isNull())
        s.correctionType = q.value(14).toInt();
    s.correctionDate = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    s.correctionOrder = q.value(16).toString();
    if (!q.value(17).isNull()) {
        s.fiscal = FiscalAttributes{q.value(17).toString(),   q.value(18).toLongLong(),
                                    q.value(19).toLongLong(), q.value(20).toInt(),
                                    q.value(21).toInt(),      fromStorage(q.value(22).toString())};
    }
    s.createdAt = fromStorage(q.value(23).toString());
    if (!q.value(24).isNull())
        s.completedAt = fromStorage(q.value(24).toString());
    s.correctionDescription = q.value(25).toString();
    s.cashierUuid = q.value(26).toString();
    s.shiftUuid = q.value(27).toString();
    s.originalSaleUuid = q.value(28).toString();
    return s;
}

inline bool isOpen(SaleStatus status)
{
    return status == SaleStatus::Created || status == SaleStatus::InProgress;
}

inline QString kindName(SaleKind kind)
{
    switch (kind) {
    case SaleKind::Sale:
        return QStringLiteral("sale");
    case SaleKind::Return:
        return QStringLiteral("return");
    case SaleKind::Correction:
        return QStringLiteral("correction");
    }
    return {};
}

} // namespace app::salesdetail
