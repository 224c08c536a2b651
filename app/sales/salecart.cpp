// SalesService, the open cart: create a sale, add and change lines, discounts, park and resume.
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

Result<void> SalesService::checkDiscountPolicy(Role role, bool receipt, Kopecks amount, Kopecks base)
{
    if (amount == 0)
        return {};
    const DiscountSettings settings = OrganisationService(m_db, m_clock).discountSettings();
    if (receipt ? !settings.receiptDiscounts : !settings.itemDiscounts)
        return fail(Error::Code::Validation,
                    receipt ? Tr::tr("Receipt discounts are switched off in the settings.")
                            : Tr::tr("Item discounts are switched off in the settings."));
    // amount / base <= max% without division: amount × 100 <= base × max.
    const int cap = settings.capFor(role);
    if (amount * 100 > base * cap)
        return fail(
            Error::Code::Validation,
            Tr::tr("A discount above %1 % is not allowed for the role «%2».").arg(cap).arg(roleName(role)));
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

Result<void> SalesService::checkLinePermissions(const Actor &actor, const LineInput &input)
{
    if (auto ok = AccessControl::check(actor, Permission::Sell); !ok)
        return ok;
    if (input.price) {
        if (auto ok = AccessControl::check(actor, Permission::FreePrice); !ok)
            return ok;
    }
    if (input.itemDiscount > 0)
        return AccessControl::check(actor, Permission::Discounts);
    return {};
}

Result<Product> SalesService::lineProduct(const LineInput &input, const std::optional<FreeItem> &freeItem)
{
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
        product = CatalogService(m_db, m_clock).product(input.productId);
    }
    if (!product || !product->active)
        return fail(Error::Code::NotFound, Tr::tr("No such product."));
    return *product;
}

Result<Kopecks> SalesService::linePrice(const Actor &actor, const Product &product, const LineInput &input)
{
    // A part of a marked pack (pieces of a pack of cigarettes) is the one fraction of a piece product.
    const bool packPart = input.markingCheck.units > 0 && !input.markingCode.isEmpty();
    if (!product.weighted && product.unitCode == 0 && input.quantity % MilliPerUnit != 0 && !packPart)
        return fail(Error::Code::Validation, Tr::tr("%1 is sold in whole pieces only.").arg(product.name));
    if (product.marked && input.markingCode.isEmpty())
        return fail(Error::Code::Validation,
                    Tr::tr("%1 is marked: scan its marking code.").arg(product.name));
    if (!CatalogService(m_db, m_clock).vatRate(product.vatCode, m_clock().date()))
        return fail(Error::Code::Validation,
                    Tr::tr("The VAT rate of %1 is not valid today; update the product.").arg(product.name));
    const Kopecks price = input.price.value_or(product.price);
    if (price < 0 || price > MaxPrice)
        return fail(Error::Code::Validation, Tr::tr("The price is out of range."));
    const Kopecks amount = Pricing::lineAmount(price, input.quantity);
    if (input.itemDiscount < 0 || input.itemDiscount > amount)
        return fail(Error::Code::Validation, Tr::tr("The discount exceeds the line amount."));
    if (auto ok = checkDiscountPolicy(actor.role, false, input.itemDiscount, amount); !ok)
        return forward(ok);
    return price;
}

Result<std::int64_t> SalesService::insertLine(std::int64_t saleId, const SaleLine &line)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO sale_lines(sale_id, position, product_id, name, price, quantity, unit_code, vat_code, "
        "subject, payment_method, marking_code, item_discount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
    return q.lastInsertId().toLongLong();
}

Result<void> SalesService::insertMarkingCheck(std::int64_t lineId, const MarkingLineCheck &check)
{
    QSqlQuery m = m_db.prepare(QStringLiteral(
        "INSERT INTO marking_line_checks(sale_line_id, outcome, tag1265, note) VALUES (?, ?, ?, ?)"));
    m.addBindValue(qint64(lineId));
    m.addBindValue(check.outcome);
    m.addBindValue(sqlText(check.tag1265));
    m.addBindValue(sqlText(check.note));
    if (!m.exec())
        return storage(m);
    if (check.units > 0) { // a part of a pack: 1293 of 1294 for the receipt
        QSqlQuery p = m_db.prepare(
            QStringLiteral("INSERT INTO marking_line_parts(sale_line_id, units, pack_units, sold_before) "
                           "VALUES (?, ?, ?, ?)"));
        p.addBindValue(qint64(lineId));
        p.addBindValue(check.units);
        p.addBindValue(check.packUnits);
        p.addBindValue(check.packSoldBefore);
        if (!p.exec())
            return storage(p);
    }
    return {};
}

Result<SaleLine> SalesService::addLine(const Actor &actor, std::int64_t saleId, const LineInput &input,
                                       const std::optional<FreeItem> &freeItem)
{
    if (auto ok = checkLinePermissions(actor, input); !ok)
        return forward(ok);
    if (input.quantity <= 0 || input.quantity > MaxQuantity)
        return fail(Error::Code::Validation, Tr::tr("The quantity must be positive."));
    const auto product = lineProduct(input, freeItem);
    if (!product)
        return forward(product);
    const auto price = linePrice(actor, *product, input);
    if (!price)
        return forward(price);

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
    line.price = *price;
    line.quantity = input.quantity;
    line.unitCode = product->unitCode;
    line.vatCode = product->vatCode;
    line.subject =
        product->marked && product->subject == Subject::Goods ? Subject::MarkedGoods : product->subject;
    line.markingCode = input.markingCode;
    line.itemDiscount = input.itemDiscount;
    const auto lineId = insertLine(saleId, line);
    if (!lineId)
        return forward(lineId);
    line.id = *lineId;
    if (!line.markingCode.isEmpty() && input.markingCheck.outcome != MarkingLineCheck::None) {
        if (auto ok = insertMarkingCheck(line.id, input.markingCheck); !ok)
            return forward(ok);
    }
    if (auto ok = recalculate(saleId); !ok)
        return forward(ok);
    if (input.price && *input.price != product->price)
        AuditLog::record(
            m_db, actor.employeeId, QStringLiteral("sale.free_price"),
            QStringLiteral("sale %1 product %2 price %3").arg(saleId).arg(product->id).arg(*price),
            m_clock());
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
        if (!l.markingCode.isEmpty() && quantity != l.quantity)
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
        if (auto ok =
                checkDiscountPolicy(actor.role, false, amount, Pricing::lineAmount(l.price, l.quantity));
            !ok)
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
        if (auto ok = checkDiscountPolicy(actor.role, true, amount, base); !ok)
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

} // namespace app
