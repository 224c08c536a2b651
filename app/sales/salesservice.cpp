#include "app/sales/salesservice.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include "app/catalog/catalogservice.h"
#include "app/core/tr.h"
#include "app/core/uuid.h"
#include "app/core/validation.h"
#include "app/sales/shiftservice.h"
#include "app/staff/auditlog.h"
#include "app/storage/database.h"
#include "app/sync/fiscaljobs.h"
#include "app/sync/outbox.h"

namespace app {
namespace {

fiscal::Unexpected<Error> storage(const QSqlQuery &q)
{
    return {Database::storageError(q)};
}

template<class T>
fiscal::Unexpected<Error> forward(const Result<T> &r)
{
    return {r.error()};
}

const QString selectSale = QStringLiteral(
    "SELECT id, uuid, COALESCE(number, 0), kind, calc_sign, status, parked, COALESCE(shift_id, 0), "
    "cashier_id, "
    "COALESCE(original_sale_id, 0), receipt_discount, total, comment, buyer_contact, correction_type, "
    "correction_date, correction_order, fn, fd, fiscal_sign, fiscal_shift, fiscal_receipt, fiscal_at, "
    "created_at, "
    "completed_at, (SELECT description FROM correction_basis WHERE sale_id = sales.id) FROM sales ");

Sale readSaleRow(const QSqlQuery &q)
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
    return s;
}

bool isOpen(SaleStatus status)
{
    return status == SaleStatus::Created || status == SaleStatus::InProgress;
}

QString kindName(SaleKind kind)
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

} // namespace

QJsonObject saleToJson(const Sale &s)
{
    QJsonArray lines;
    for (const SaleLine &l : s.lines) {
        lines.append(QJsonObject{{QStringLiteral("position"), l.position},
                                 {QStringLiteral("product_id"), qint64(l.productId)},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("price"), qint64(l.price)},
                                 {QStringLiteral("quantity_milli"), qint64(l.quantity)},
                                 {QStringLiteral("unit"), l.unitCode},
                                 {QStringLiteral("vat"), l.vatCode},
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
        payments.append(QJsonObject{{QStringLiteral("type"), int(p.type)},
                                    {QStringLiteral("amount"), qint64(p.amount)},
                                    {QStringLiteral("tendered"), qint64(p.tendered)},
                                    {QStringLiteral("change"), qint64(p.change)},
                                    {QStringLiteral("reference"), p.reference}});
    }
    QJsonObject o{
        {QStringLiteral("v"), 1},
        {QStringLiteral("uuid"), s.uuid},
        {QStringLiteral("kind"), kindName(s.kind)},
        {QStringLiteral("number"), s.number},
        {QStringLiteral("calc_sign"), s.calcSign},
        {QStringLiteral("cashier_id"), qint64(s.cashierId)},
        {QStringLiteral("receipt_discount"), qint64(s.receiptDiscount)},
        {QStringLiteral("total"), qint64(s.total)},
        {QStringLiteral("comment"), s.comment},
        {QStringLiteral("buyer_contact"), s.buyerContact},
        {QStringLiteral("created_at"), toStorage(s.createdAt)},
        {QStringLiteral("completed_at"), s.completedAt.isValid() ? toStorage(s.completedAt) : QString()},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("payments"), payments}};
    if (s.correctionType) {
        o.insert(QStringLiteral("correction_type"), *s.correctionType);
        o.insert(QStringLiteral("correction_date"), s.correctionDate.toString(Qt::ISODate));
        o.insert(QStringLiteral("correction_order"), s.correctionOrder);
        if (!s.correctionDescription.isEmpty())
            o.insert(QStringLiteral("correction_description"), s.correctionDescription);
    }
    if (s.fiscal) {
        o.insert(QStringLiteral("fiscal"), QJsonObject{{QStringLiteral("fn"), s.fiscal->fn},
                                                       {QStringLiteral("fd"), s.fiscal->fd},
                                                       {QStringLiteral("fp"), s.fiscal->fiscalSign},
                                                       {QStringLiteral("shift"), s.fiscal->shiftNumber},
                                                       {QStringLiteral("receipt"), s.fiscal->receiptNumber},
                                                       {QStringLiteral("at"), toStorage(s.fiscal->at)}});
    }
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
        "total, "
        "vat_amount FROM sale_lines WHERE sale_id = ? ORDER BY position"));
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

Result<Sale> SalesService::create(const Actor &actor)
{
    if (auto ok = AccessControl::check(actor, Permission::Sell); !ok)
        return forward(ok);
    const QString now = toStorage(m_clock());
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO sales(uuid, kind, calc_sign, status, cashier_id, "
                                              "created_at, updated_at) VALUES (?, 0, 1, 0, ?, ?, ?)"));
    const QString uuid = newUuid();
    q.addBindValue(uuid);
    q.addBindValue(qint64(actor.employeeId));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return storage(q);
    return *sale(q.lastInsertId().toLongLong());
}

Result<Sale> SalesService::editable(std::int64_t saleId)
{
    auto s = sale(saleId);
    if (!s)
        return fail(Error::Code::NotFound, Tr::tr("No such sale."));
    if (!isOpen(s->status) || s->kind != SaleKind::Sale)
        return fail(Error::Code::Conflict, Tr::tr("The sale is already completed or cancelled."));
    return *s;
}

Result<void> SalesService::recalculate(std::int64_t saleId)
{
    auto s = sale(saleId);
    if (!s)
        return fail(Error::Code::NotFound, Tr::tr("No such sale."));
    std::vector<CartLineInput> inputs;
    for (const SaleLine &l : s->lines)
        inputs.push_back({l.price, l.quantity, l.itemDiscount, vatPercent(l.vatCode), l.vatCode});
    CartTotals totals;
    if (!Pricing::price(inputs, s->receiptDiscount, totals))
        return fail(Error::Code::Validation, Tr::tr("The discounts exceed the amount of the sale."));
    QSqlQuery u = m_db.prepare(QStringLiteral(
        "UPDATE sale_lines SET receipt_discount_share = ?, total = ?, vat_amount = ? WHERE id = ?"));
    for (qsizetype i = 0; i < s->lines.size(); ++i) {
        const PricedLine &p = totals.lines[std::size_t(i)];
        u.bindValue(0, qint64(p.receiptDiscountShare));
        u.bindValue(1, qint64(p.total));
        u.bindValue(2, qint64(p.vat));
        u.bindValue(3, qint64(s->lines[i].id));
        if (!u.exec())
            return storage(u);
    }
    QSqlQuery t = m_db.prepare(QStringLiteral("UPDATE sales SET total = ?, updated_at = ?, status = CASE "
                                              "WHEN ? > 0 THEN 1 ELSE status END WHERE id = ?"));
    t.addBindValue(qint64(totals.total));
    t.addBindValue(toStorage(m_clock()));
    t.addBindValue(int(s->lines.size()));
    t.addBindValue(qint64(saleId));
    if (!t.exec())
        return storage(t);
    return {};
}

Result<void> SalesService::checkDiscountPolicy(bool receipt, Kopecks amount, Kopecks base)
{
    if (amount == 0)
        return {};
    const DiscountSettings settings = OrganisationService(m_db, m_clock).discountSettings();
    if (receipt ? !settings.receiptDiscounts : !settings.itemDiscounts)
        return fail(Error::Code::Validation,
                    receipt ? Tr::tr("Receipt discounts are switched off in the settings.")
                            : Tr::tr("Item discounts are switched off in the settings."));
    // amount / base <= max% without division: amount × 100 <= base × max.
    if (amount * 100 > base * settings.maxPercent)
        return fail(Error::Code::Validation,
                    Tr::tr("The discount is above the allowed %1 percent.").arg(settings.maxPercent));
    return {};
}

Result<SaleLine> SalesService::addLine(const Actor &actor, std::int64_t saleId, const LineInput &input)
{
    return addLine(actor, saleId, input, std::nullopt);
}

Result<SaleLine> SalesService::addFreeItem(const Actor &actor, std::int64_t saleId, const FreeItem &item,
                                           Kopecks price, Milli quantity)
{
    LineInput input;
    input.quantity = quantity;
    input.price = price;
    return addLine(actor, saleId, input, item);
}

Result<SaleLine> SalesService::addLine(const Actor &actor, std::int64_t saleId, const LineInput &input,
                                       const std::optional<FreeItem> &freeItem)
{
    if (auto ok = AccessControl::check(actor, Permission::Sell); !ok)
        return forward(ok);
    if (input.price) {
        if (auto ok = AccessControl::check(actor, Permission::FreePrice); !ok)
            return forward(ok);
    }
    if (input.itemDiscount > 0) {
        if (auto ok = AccessControl::check(actor, Permission::Discounts); !ok)
            return forward(ok);
    }
    if (input.quantity <= 0 || input.quantity > MaxQuantity)
        return fail(Error::Code::Validation, Tr::tr("The quantity must be positive."));
    CatalogService catalog(m_db, m_clock);
    std::optional<Product> product;
    if (freeItem) {
        const QString name = freeItem->name.simplified();
        if (name.isEmpty() || name.size() > 128)
            return fail(Error::Code::Validation, Tr::tr("Enter the item name (up to 128 characters)."));
        product = Product{};
        product->name = name;
        product->vatCode = freeItem->vatCode;
        product->unitCode = freeItem->unitCode;
        product->subject = freeItem->subject;
        product->weighted = freeItem->unitCode != 0;
    } else {
        product = catalog.product(input.productId);
    }
    if (!product || !product->active)
        return fail(Error::Code::NotFound, Tr::tr("No such product."));
    if (!product->weighted && product->unitCode == 0 && input.quantity % MilliPerUnit != 0)
        return fail(Error::Code::Validation, Tr::tr("%1 is sold in whole pieces only.").arg(product->name));
    if (product->marked && input.markingCode.isEmpty())
        return fail(Error::Code::Validation,
                    Tr::tr("%1 is marked: scan its marking code.").arg(product->name));
    if (!catalog.vatRate(product->vatCode, m_clock().date()))
        return fail(Error::Code::Validation,
                    Tr::tr("The VAT rate of %1 is not valid today; update the product.").arg(product->name));
    const Kopecks price = input.price.value_or(product->price);
    if (price < 0 || price > MaxPrice)
        return fail(Error::Code::Validation, Tr::tr("The price is out of range."));
    if (input.itemDiscount < 0 || input.itemDiscount > Pricing::lineAmount(price, input.quantity))
        return fail(Error::Code::Validation, Tr::tr("The discount exceeds the line amount."));
    if (auto ok = checkDiscountPolicy(false, input.itemDiscount, Pricing::lineAmount(price, input.quantity));
        !ok)
        return forward(ok);

    Transaction tx(m_db);
    auto s = editable(saleId);
    if (!s)
        return forward(s);
    if (!input.markingCode.isEmpty()) {
        // The same marked item cannot be sold twice in one receipt.
        for (const SaleLine &l : s->lines) {
            if (l.markingCode == input.markingCode)
                return fail(Error::Code::Conflict, Tr::tr("This marking code is already in the receipt."));
        }
    }
    SaleLine line;
    line.position = s->lines.isEmpty() ? 1 : s->lines.last().position + 1;
    line.productId = product->id;
    line.name = product->name;
    line.price = price;
    line.quantity = input.quantity;
    line.unitCode = product->unitCode;
    line.vatCode = product->vatCode;
    line.subject =
        product->marked && product->subject == Subject::Goods ? Subject::MarkedGoods : product->subject;
    line.markingCode = input.markingCode;
    line.itemDiscount = input.itemDiscount;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO sale_lines(sale_id, position, product_id, name, price, quantity, unit_code, vat_code, "
        "subject, "
        "payment_method, marking_code, item_discount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(qint64(saleId));
    q.addBindValue(line.position);
    q.addBindValue(line.productId ? QVariant(qint64(line.productId))
                                  : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(line.name);
    q.addBindValue(qint64(line.price));
    q.addBindValue(qint64(line.quantity));
    q.addBindValue(line.unitCode);
    q.addBindValue(line.vatCode);
    q.addBindValue(line.subject);
    q.addBindValue(line.paymentMethod);
    q.addBindValue(sqlText(line.markingCode));
    q.addBindValue(qint64(line.itemDiscount));
    if (!q.exec())
        return storage(q);
    line.id = q.lastInsertId().toLongLong();
    if (auto ok = recalculate(saleId); !ok)
        return forward(ok);
    if (input.price && *input.price != product->price)
        AuditLog::record(
            m_db, actor.employeeId, QStringLiteral("sale.free_price"),
            QStringLiteral("sale %1 product %2 price %3").arg(saleId).arg(product->id).arg(price), m_clock());
    if (auto ok = tx.commit(); !ok)
        return forward(ok);
    if (const auto updated = sale(saleId)) {
        for (const SaleLine &l : updated->lines) {
            if (l.id == line.id)
                return l;
        }
    }
    return line;
}

Result<void> SalesService::setQuantity(const Actor &actor, std::int64_t saleId, std::int64_t lineId,
                                       Milli quantity)
{
    if (auto ok = AccessControl::check(actor, Permission::Sell); !ok)
        return ok;
    if (quantity <= 0 || quantity > MaxQuantity)
        return fail(Error::Code::Validation, Tr::tr("The quantity must be positive."));
    Transaction tx(m_db);
    auto s = editable(saleId);
    if (!s)
        return forward(s);
    for (const SaleLine &l : s->lines) {
        if (l.id != lineId)
            continue;
        // Lowering a quantity takes goods off the receipt: that is a void.
        if (quantity < l.quantity) {
            if (auto ok = AccessControl::check(actor, Permission::VoidSale); !ok)
                return ok;
        }
        if (!l.markingCode.isEmpty() && quantity != MilliPerUnit)
            return fail(Error::Code::Validation, Tr::tr("A marked item is one piece per marking code."));
        if (l.itemDiscount > Pricing::lineAmount(l.price, quantity))
            return fail(Error::Code::Validation, Tr::tr("The discount exceeds the line amount."));
        QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE sale_lines SET quantity = ? WHERE id = ?"));
        q.addBindValue(qint64(quantity));
        q.addBindValue(qint64(lineId));
        if (!q.exec())
            return storage(q);
        if (auto ok = recalculate(saleId); !ok)
            return ok;
        return tx.commit();
    }
    return fail(Error::Code::NotFound, Tr::tr("No such line in the sale."));
}

Result<void> SalesService::removeLine(const Actor &actor, std::int64_t saleId, std::int64_t lineId)
{
    if (auto ok = AccessControl::check(actor, Permission::VoidSale); !ok)
        return ok;
    Transaction tx(m_db);
    if (auto s = editable(saleId); !s)
        return forward(s);
    QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM sale_lines WHERE id = ? AND sale_id = ?"));
    q.addBindValue(qint64(lineId));
    q.addBindValue(qint64(saleId));
    if (!q.exec())
        return storage(q);
    if (q.numRowsAffected() != 1)
        return fail(Error::Code::NotFound, Tr::tr("No such line in the sale."));
    // A receipt discount larger than what is left goes with the removed goods.
    QSqlQuery clamp = m_db.prepare(
        QStringLiteral("UPDATE sales SET receipt_discount = MIN(receipt_discount, (SELECT "
                       "COALESCE(SUM(MAX(0, (price * quantity + 500) / 1000"
                       " - item_discount)), 0) FROM sale_lines WHERE sale_id = ?)) WHERE id = ?"));
    clamp.addBindValue(qint64(saleId));
    clamp.addBindValue(qint64(saleId));
    if (!clamp.exec())
        return storage(clamp);
    if (auto ok = recalculate(saleId); !ok)
        return ok;
    AuditLog::record(m_db, actor.employeeId, QStringLiteral("sale.void_line"),
                     QStringLiteral("sale %1 line %2").arg(saleId).arg(lineId), m_clock());
    return tx.commit();
}

Result<void> SalesService::setItemDiscount(const Actor &actor, std::int64_t saleId, std::int64_t lineId,
                                           Kopecks amount)
{
    if (auto ok = AccessControl::check(actor, Permission::Discounts); !ok)
        return ok;
    Transaction tx(m_db);
    auto s = editable(saleId);
    if (!s)
        return forward(s);
    for (const SaleLine &l : s->lines) {
        if (l.id != lineId)
            continue;
        if (amount < 0 || amount > Pricing::lineAmount(l.price, l.quantity))
            return fail(Error::Code::Validation, Tr::tr("The discount exceeds the line amount."));
        if (auto ok = checkDiscountPolicy(false, amount, Pricing::lineAmount(l.price, l.quantity)); !ok)
            return ok;
        QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE sale_lines SET item_discount = ? WHERE id = ?"));
        q.addBindValue(qint64(amount));
        q.addBindValue(qint64(lineId));
        if (!q.exec())
            return storage(q);
        if (auto ok = recalculate(saleId); !ok)
            return ok;
        AuditLog::record(m_db, actor.employeeId, QStringLiteral("sale.item_discount"),
                         QStringLiteral("sale %1 line %2 amount %3").arg(saleId).arg(lineId).arg(amount),
                         m_clock());
        return tx.commit();
    }
    return fail(Error::Code::NotFound, Tr::tr("No such line in the sale."));
}

Result<void> SalesService::setReceiptDiscount(const Actor &actor, std::int64_t saleId, Kopecks amount)
{
    if (auto ok = AccessControl::check(actor, Permission::Discounts); !ok)
        return ok;
    if (amount < 0)
        return fail(Error::Code::Validation, Tr::tr("The discounts exceed the amount of the sale."));
    Transaction tx(m_db);
    auto s = editable(saleId);
    if (!s)
        return forward(s);
    Kopecks base = 0;
    for (const SaleLine &l : s->lines)
        base += Pricing::lineAmount(l.price, l.quantity) - l.itemDiscount;
    if (amount <= base) {
        if (auto ok = checkDiscountPolicy(true, amount, base); !ok)
            return ok;
    }
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE sales SET receipt_discount = ? WHERE id = ?"));
    q.addBindValue(qint64(amount));
    q.addBindValue(qint64(saleId));
    if (!q.exec())
        return storage(q);
    if (auto ok = recalculate(saleId); !ok)
        return ok; // the guard rolls the discount back
    AuditLog::record(m_db, actor.employeeId, QStringLiteral("sale.receipt_discount"),
                     QStringLiteral("sale %1 amount %2").arg(saleId).arg(amount), m_clock());
    return tx.commit();
}

Result<void> SalesService::setDetails(const Actor &actor, std::int64_t saleId, const QString &comment,
                                      const QString &buyerContact)
{
    if (auto ok = AccessControl::check(actor, Permission::Sell); !ok)
        return ok;
    QString contact = buyerContact.trimmed();
    if (!contact.isEmpty()) {
        QString phone;
        if (normalisePhone(contact, phone))
            contact = phone;
        else if (!isPlausibleEmail(contact))
            return fail(Error::Code::Validation,
                        Tr::tr("The buyer contact must be a phone number (+7...) or an e-mail address."));
    }
    if (comment.size() > 1000)
        return fail(Error::Code::Validation, Tr::tr("The comment is limited to 1000 characters."));
    Transaction tx(m_db);
    if (auto s = editable(saleId); !s)
        return forward(s);
    QSqlQuery q =
        m_db.prepare(QStringLiteral("UPDATE sales SET comment = ?, buyer_contact = ? WHERE id = ?"));
    q.addBindValue(sqlText(comment));
    q.addBindValue(sqlText(contact));
    q.addBindValue(qint64(saleId));
    if (!q.exec())
        return storage(q);
    return tx.commit();
}

Result<void> SalesService::park(const Actor &actor, std::int64_t saleId)
{
    return setParked(actor, saleId, true);
}

Result<void> SalesService::resume(const Actor &actor, std::int64_t saleId)
{
    return setParked(actor, saleId, false);
}

Result<void> SalesService::setParked(const Actor &actor, std::int64_t saleId, bool parked)
{
    if (auto ok = AccessControl::check(actor, Permission::Sell); !ok)
        return ok;
    Transaction tx(m_db);
    if (auto s = editable(saleId); !s)
        return forward(s);
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE sales SET parked = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(parked ? 1 : 0);
    q.addBindValue(toStorage(m_clock()));
    q.addBindValue(qint64(saleId));
    if (!q.exec())
        return storage(q);
    return tx.commit();
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

Result<std::int64_t> SalesService::currentShift()
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT id FROM shifts WHERE closed_at IS NULL ORDER BY id DESC LIMIT 1"));
    if (!q.exec())
        return storage(q);
    if (!q.next())
        return fail(Error::Code::Conflict, Tr::tr("No shift is open. Open a shift first."));
    return std::int64_t(q.value(0).toLongLong());
}

Result<QList<Payment>> SalesService::settle(const Actor &actor, Kopecks total,
                                            const QList<PaymentInput> &inputs)
{
    OrganisationService organisation(m_db, m_clock);
    QList<Payment> out;
    Kopecks sum = 0;
    Kopecks cashless = 0;
    for (const PaymentInput &in : inputs) {
        if (in.amount <= 0 || in.amount > MaxPrice)
            return fail(Error::Code::Validation, Tr::tr("Every payment must be a positive amount."));
        if (!organisation.paymentAllowed(actor.role, in.type))
            return fail(Error::Code::PermissionDenied,
                        Tr::tr("This payment method is not enabled for %1.").arg(roleName(actor.role)));
        Payment p{in.type, in.amount, 0, 0, in.reference};
        if (in.type == PaymentType::Cash) {
            p.tendered = in.tendered > 0 ? in.tendered : in.amount;
            if (p.tendered < p.amount)
                return fail(Error::Code::Validation,
                            Tr::tr("The cash handed over is less than the cash amount."));
            p.change = p.tendered - p.amount;
        } else {
            cashless += in.amount;
        }
        sum += in.amount;
        out.append(p);
    }
    if (cashless > total)
        return fail(Error::Code::Validation, Tr::tr("Card and SBP payments cannot exceed the total."));
    if (sum != total)
        return fail(Error::Code::Validation, Tr::tr("The payments (%1) do not match the total (%2).")
                                                 .arg(formatKopecks(sum), formatKopecks(total)));
    return out;
}

Result<Sale> SalesService::finish(const Actor &actor, std::int64_t saleId, const QList<Payment> &payments,
                                  const QString &auditAction)
{
    // Runs inside the caller's transaction: document, payments, outbox and fiscal job together.
    auto shift = currentShift();
    if (!shift)
        return forward(shift);
    const QDateTime now = m_clock();
    QSqlQuery n = m_db.prepare(
        QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM sales WHERE shift_id = ? AND status = 2"));
    n.addBindValue(qint64(*shift));
    if (!n.exec() || !n.next())
        return storage(n);
    const int number = n.value(0).toInt();
    n.finish();
    QSqlQuery pay = m_db.prepare(QStringLiteral("INSERT INTO payments(sale_id, type, amount, tendered, "
                                                "change, reference) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const Payment &p : payments) {
        pay.bindValue(0, qint64(saleId));
        pay.bindValue(1, int(p.type));
        pay.bindValue(2, qint64(p.amount));
        pay.bindValue(3, qint64(p.tendered));
        pay.bindValue(4, qint64(p.change));
        pay.bindValue(5, sqlText(p.reference));
        if (!pay.exec())
            return storage(pay);
    }
    QSqlQuery u = m_db.prepare(QStringLiteral(
        "UPDATE sales SET status = 2, parked = 0, number = ?, shift_id = ?, completed_at = ?, updated_at = ? "
        "WHERE id = ? AND status IN (0, 1)"));
    u.addBindValue(number);
    u.addBindValue(qint64(*shift));
    u.addBindValue(toStorage(now));
    u.addBindValue(toStorage(now));
    u.addBindValue(qint64(saleId));
    if (!u.exec())
        return storage(u);
    if (u.numRowsAffected() != 1)
        return fail(Error::Code::Conflict, Tr::tr("The sale is already completed or cancelled."));
    auto done = sale(saleId);
    if (!done)
        return fail(Error::Code::NotFound, Tr::tr("No such sale."));
    const QString kind = kindName(done->kind);
    if (auto ok = Outbox::enqueue(m_db, done->uuid, kind, saleToJson(*done), now); !ok)
        return forward(ok);
    FiscalJobRepository jobs(m_db);
    if (auto ok = jobs.enqueue(kind, done->uuid, now); !ok)
        return forward(ok);
    AuditLog::record(m_db, actor.employeeId, auditAction,
                     QStringLiteral("%1 %2 total %3").arg(kind, done->uuid, formatKopecks(done->total)), now);
    return *done;
}

Result<Sale> SalesService::complete(const Actor &actor, std::int64_t saleId,
                                    const QList<PaymentInput> &payments)
{
    if (auto ok = AccessControl::check(actor, Permission::Sell); !ok)
        return forward(ok);
    Transaction tx(m_db);
    auto s = editable(saleId);
    if (!s)
        return forward(s);
    if (s->lines.isEmpty())
        return fail(Error::Code::Validation, Tr::tr("The sale has no lines."));
    auto settled = settle(actor, s->total, payments);
    if (!settled)
        return forward(settled);
    auto done = finish(actor, saleId, *settled, QStringLiteral("sale.complete"));
    if (!done)
        return done;
    if (auto ok = tx.commit(); !ok)
        return forward(ok);
    return done;
}

Result<void> SalesService::cancel(const Actor &actor, std::int64_t saleId)
{
    Transaction tx(m_db);
    auto s = editable(saleId);
    if (!s)
        return forward(s);
    // An empty sale is just closed; one with goods in it is a void.
    if (auto ok = AccessControl::check(actor, s->lines.isEmpty() ? Permission::Sell : Permission::VoidSale);
        !ok)
        return ok;
    QSqlQuery q =
        m_db.prepare(QStringLiteral("UPDATE sales SET status = 3, parked = 0, updated_at = ? WHERE id = ?"));
    q.addBindValue(toStorage(m_clock()));
    q.addBindValue(qint64(saleId));
    if (!q.exec())
        return storage(q);
    AuditLog::record(m_db, actor.employeeId, QStringLiteral("sale.cancel"),
                     QStringLiteral("sale %1 total %2").arg(saleId).arg(s->total), m_clock());
    return tx.commit();
}

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

    QList<SaleLine> out;
    Kopecks total = 0;
    QHash<std::int64_t, Milli> asked;
    for (const ReturnLineInput &in : lines) {
        const SaleLine *sold = nullptr;
        for (const SaleLine &l : original->lines) {
            if (l.id == in.originalLineId)
                sold = &l;
        }
        if (!sold)
            return fail(Error::Code::NotFound, Tr::tr("No such line in the sale."));
        if (in.quantity <= 0)
            return fail(Error::Code::Validation, Tr::tr("The quantity must be positive."));
        const Milli already = sold->quantity - left->value(sold->id);
        asked[sold->id] += in.quantity;
        if (asked[sold->id] > left->value(sold->id))
            return fail(Error::Code::Validation,
                        Tr::tr("Cannot return more of %1 than was sold (%2 left to return).")
                            .arg(sold->name, formatMilli(left->value(sold->id))));
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
        total += r.total;
        out.append(r);
    }
    QList<PaymentInput> refund = payments;
    if (refund.isEmpty() && total > 0)
        refund.append({PaymentType::Cash, total, 0, {}});
    auto settled = settle(actor, total, refund);
    if (!settled)
        return forward(settled);
    // The registrar refuses to pay out more cash than its drawer register holds (46h); say so
    // before anything is journaled, with what the cashier can do instead.
    Kopecks cashOut = 0;
    for (const Payment &p : *settled)
        cashOut += p.type == PaymentType::Cash ? p.amount : 0;
    if (cashOut > 0) {
        if (const auto shift = currentShift()) {
            const auto totals = ShiftService(m_db, m_clock).totals(*shift);
            if (totals && cashOut > totals->cashInDrawer)
                return fail(
                    Error::Code::Validation,
                    Tr::tr("The drawer holds only %1 in cash, the refund needs %2: make a cash-in first "
                           "or refund to the card.")
                        .arg(formatKopecks(totals->cashInDrawer), formatKopecks(cashOut)));
        }
    }

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
    for (const SaleLine &r : out) {
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
    }
    auto done = finish(actor, returnId, *settled, QStringLiteral("return.complete"));
    if (!done)
        return done;
    if (auto ok = tx.commit(); !ok)
        return forward(ok);
    return done;
}

Result<Sale> SalesService::createCorrection(const Actor &actor, const CorrectionInput &input)
{
    if (auto ok = AccessControl::check(actor, Permission::Corrections); !ok)
        return forward(ok);
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
    std::vector<CartLineInput> cart;
    for (const CorrectionLineInput &l : input.lines) {
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
    CartTotals totals;
    if (!Pricing::price(cart, 0, totals))
        return fail(Error::Code::Validation, Tr::tr("The quantity must be positive."));
    Transaction tx(m_db);
    auto settled = settle(actor, totals.total, input.payments);
    if (!settled)
        return forward(settled);
    const QString now = toStorage(m_clock());
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO sales(uuid, kind, calc_sign, status, cashier_id, total, correction_type, "
                       "correction_date, "
                       "correction_order, created_at, updated_at) VALUES (?, 2, ?, 1, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(newUuid());
    q.addBindValue(input.calcSign);
    q.addBindValue(qint64(actor.employeeId));
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
    auto done = finish(actor, id, *settled, QStringLiteral("correction.complete"));
    if (!done)
        return done;
    if (auto ok = tx.commit(); !ok)
        return forward(ok);
    return done;
}

Result<void> SalesService::setFiscalAttributes(std::int64_t saleId, const FiscalAttributes &a)
{
    Transaction tx(m_db);
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE sales SET fn = ?, fd = ?, fiscal_sign = ?, "
                                              "fiscal_shift = ?, fiscal_receipt = ?, fiscal_at = ? "
                                              "WHERE id = ? AND status = 2"));
    q.addBindValue(a.fn);
    q.addBindValue(a.fd);
    q.addBindValue(a.fiscalSign);
    q.addBindValue(a.shiftNumber);
    q.addBindValue(a.receiptNumber);
    q.addBindValue(toStorage(a.at));
    q.addBindValue(qint64(saleId));
    if (!q.exec())
        return storage(q);
    if (q.numRowsAffected() != 1)
        return fail(Error::Code::Conflict, Tr::tr("Only a completed document gets fiscal attributes."));
    const auto s = sale(saleId);
    // The pending outbox row carries the attributes too; a row already delivered gets a follow-up.
    auto replaced = Outbox::replacePending(m_db, s->uuid, saleToJson(*s));
    if (!replaced)
        return forward(replaced);
    if (!*replaced) {
        QJsonObject follow{{QStringLiteral("v"), 1},
                           {QStringLiteral("document_uuid"), s->uuid},
                           {QStringLiteral("fiscal"), saleToJson(*s).value(QStringLiteral("fiscal"))}};
        if (auto ok =
                Outbox::enqueue(m_db, newUuid(), QStringLiteral("fiscal_attributes"), follow, m_clock());
            !ok)
            return ok;
    }
    return tx.commit();
}

} // namespace app
