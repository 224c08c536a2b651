// SalesService: reading sales and their JSON for the outbox.
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
#include "app/sync/payloadoperations.h"
#include "app/sync/payloadv2.h"

namespace app {

using namespace salesdetail;

QJsonObject saleToJson(const Sale &s)
{
    // Payload v2 (cabinet/PROTOCOL.md): the cabinet's ids, VAT and payment methods by name, times
    // with the till's offset. SalesService::outboxPayload adds the point of sale and workplace.
    QJsonArray lines;
    for (const SaleLine &l : s.lines) {
        lines.append(QJsonObject{{QStringLiteral("position"), l.position},
                                 {QStringLiteral("product_id"), PayloadV2::productId(l.productUuid)},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("price"), qint64(l.price)},
                                 {QStringLiteral("quantity_milli"), qint64(l.quantity)},
                                 {QStringLiteral("unit"), l.unitName},
                                 {QStringLiteral("unit_code"), l.unitCode},
                                 {QStringLiteral("vat"), PayloadV2::vatName(l.vatCode)},
                                 {QStringLiteral("subject"), l.subject},
                                 {QStringLiteral("payment_method"), l.paymentMethod},
                                 {QStringLiteral("marking_code"), l.markingCode},
                                 {QStringLiteral("item_discount"), qint64(l.itemDiscount)},
                                 {QStringLiteral("receipt_discount"), qint64(l.receiptDiscountShare)},
                                 {QStringLiteral("total"), qint64(l.total)},
                                 {QStringLiteral("vat_amount"), qint64(l.vat)}});
    }
    QJsonArray payments;
    for (const Payment &p : s.payments) {
        payments.append(QJsonObject{{QStringLiteral("method"), PayloadV2::paymentMethod(p.type)},
                                    {QStringLiteral("amount"), qint64(p.amount)},
                                    {QStringLiteral("tendered"), qint64(p.tendered)},
                                    {QStringLiteral("change"), qint64(p.change)},
                                    {QStringLiteral("reference"), p.reference}});
    }
    QJsonObject o{{QStringLiteral("schema"), PayloadV2::Schema},
                  {QStringLiteral("uuid"), s.uuid},
                  {QStringLiteral("kind"), kindName(s.kind)},
                  {QStringLiteral("number"), s.number},
                  {QStringLiteral("calc_sign"), s.calcSign},
                  {QStringLiteral("employee_id"), s.cashierUuid},
                  {QStringLiteral("receipt_discount"), qint64(s.receiptDiscount)},
                  {QStringLiteral("total"), qint64(s.total)},
                  {QStringLiteral("comment"), s.comment},
                  {QStringLiteral("buyer_contact"), s.buyerContact},
                  {QStringLiteral("created_at"), PayloadV2::time(s.createdAt)},
                  {QStringLiteral("completed_at"),
                   s.completedAt.isValid() ? PayloadV2::time(s.completedAt) : QString()},
                  {QStringLiteral("lines"), lines},
                  {QStringLiteral("payments"), payments}};
    if (!s.shiftUuid.isEmpty())
        o.insert(QStringLiteral("shift_uuid"), s.shiftUuid);
    if (!s.originalSaleUuid.isEmpty())
        o.insert(QStringLiteral("refers_to"), s.originalSaleUuid);
    if (s.correctionType) {
        o.insert(QStringLiteral("correction_type"), *s.correctionType);
        o.insert(QStringLiteral("correction_date"), s.correctionDate.toString(Qt::ISODate));
        o.insert(QStringLiteral("correction_order"), s.correctionOrder);
        if (!s.correctionDescription.isEmpty())
            o.insert(QStringLiteral("correction_description"), s.correctionDescription);
    }
    if (s.fiscal) {
        o.insert(QStringLiteral("fiscal"),
                 QJsonObject{{QStringLiteral("fn"), s.fiscal->fn},
                             {QStringLiteral("fd"), s.fiscal->fd},
                             {QStringLiteral("fp"), QString::number(s.fiscal->fiscalSign)},
                             {QStringLiteral("shift"), s.fiscal->shiftNumber},
                             {QStringLiteral("receipt"), s.fiscal->receiptNumber},
                             {QStringLiteral("at"), PayloadV2::time(s.fiscal->at)}});
    }
    return o;
}

QJsonObject SalesService::outboxPayload(const Sale &s)
{
    QJsonObject o = saleToJson(s);
    // Only when there are some: a cash sale's payload (and its hash) stays as before.
    if (const QJsonArray ops = PayloadV2::paymentOperations(m_db, s.uuid); !ops.isEmpty())
        o.insert(QStringLiteral("payment_operations"), ops);
    PayloadV2::stamp(m_db, o);
    return o;
}

SalesService::SalesService(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{}

int SalesService::vatPercent(int vatCode)
{
    QSqlQuery &q =
        m_db.cached(QStringLiteral("SELECT COALESCE(percent, -1) FROM vat_rates WHERE code = ? LIMIT 1"));
    q.bindValue(0, vatCode);
    const int percent = q.exec() && q.next() ? q.value(0).toInt() : -1;
    q.finish();
    return percent;
}

std::optional<Sale> SalesService::sale(std::int64_t id)
{
    QSqlQuery q = m_db.prepare(selectSale + QStringLiteral("WHERE id = ?"));
    q.addBindValue(qint64(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    Sale s = readSaleRow(q);
    QSqlQuery l = m_db.prepare(QStringLiteral(
        "SELECT id, position, COALESCE(product_id, 0), COALESCE(original_line_id, 0), name, price, quantity, "
        "unit_code, vat_code, subject, payment_method, marking_code, item_discount, receipt_discount_share, "
        "total, vat_amount, COALESCE(m.outcome, 0), COALESCE(m.tag1265, ''), COALESCE(m.note, ''), "
        "(SELECT p.uuid FROM cloud_products c JOIN products p ON p.id = c.product_id "
        "WHERE c.product_id = sale_lines.product_id), (SELECT short_name FROM units WHERE code = "
        "sale_lines.unit_code), COALESCE(pp.units, 0), COALESCE(pp.pack_units, 0), "
        "COALESCE(pp.sold_before, 0) "
        "FROM sale_lines LEFT JOIN marking_line_checks m ON m.sale_line_id = sale_lines.id "
        "LEFT JOIN marking_line_parts pp ON pp.sale_line_id = sale_lines.id "
        "WHERE sale_id = ? ORDER BY position"));
    l.addBindValue(qint64(id));
    if (l.exec()) {
        while (l.next()) {
            SaleLine line;
            line.id = l.value(0).toLongLong();
            line.position = l.value(1).toInt();
            line.productId = l.value(2).toLongLong();
            line.originalLineId = l.value(3).toLongLong();
            line.name = l.value(4).toString();
            line.price = l.value(5).toLongLong();
            line.quantity = l.value(6).toLongLong();
            line.unitCode = l.value(7).toInt();
            line.vatCode = l.value(8).toInt();
            line.subject = l.value(9).toInt();
            line.paymentMethod = l.value(10).toInt();
            line.markingCode = l.value(11).toString();
            line.itemDiscount = l.value(12).toLongLong();
            line.receiptDiscountShare = l.value(13).toLongLong();
            line.total = l.value(14).toLongLong();
            line.vat = l.value(15).toLongLong();
            line.markingCheck = {l.value(16).toInt(), l.value(17).toString(), l.value(18).toString(),
                                 l.value(21).toInt(), l.value(22).toInt(),    l.value(23).toInt()};
            line.productUuid = l.value(19).toString();
            line.unitName = l.value(20).toString();
            s.lines.append(line);
        }
    }
    QSqlQuery p = m_db.prepare(QStringLiteral(
        "SELECT type, amount, tendered, change, reference FROM payments WHERE sale_id = ? ORDER BY id"));
    p.addBindValue(qint64(id));
    if (p.exec()) {
        while (p.next())
            s.payments.append({PaymentType(p.value(0).toInt()), p.value(1).toLongLong(),
                               p.value(2).toLongLong(), p.value(3).toLongLong(), p.value(4).toString()});
    }
    return s;
}

std::optional<Sale> SalesService::saleByUuid(const QString &uuid)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id FROM sales WHERE uuid = ?"));
    q.addBindValue(uuid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return sale(q.value(0).toLongLong());
}

QList<Sale> SalesService::parkedSales()
{
    QList<Sale> out;
    for (const Sale &s : openSales()) {
        if (s.parked)
            out.append(s);
    }
    return out;
}

QList<Sale> SalesService::openSales()
{
    QList<Sale> out;
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id FROM sales WHERE status IN (0, 1) ORDER BY id"));
    if (!q.exec())
        return out;
    QList<std::int64_t> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    for (const std::int64_t id : ids) {
        if (auto s = sale(id))
            out.append(*s);
    }
    return out;
}

} // namespace app
