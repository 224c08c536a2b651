// SalesService, settlement: payments, completing a paid sale, cancelling, fiscal attributes.
#include "app/sales/salesservice.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include "app/catalog/catalogservice.h"
#include "app/core/moneytext.h"
#include "app/core/tr.h"
#include "app/core/uuid.h"
#include "app/core/validation.h"
#include "app/marking/lmoutbox.h"
#include "app/marking/permitsettings.h"
#include "app/marking/soldcoderegister.h"
#include "app/sales/salesservice_p.h"
#include "app/sales/shiftservice.h"
#include "app/staff/auditlog.h"
#include "app/storage/database.h"
#include "app/sync/fiscaljobs.h"
#include "app/sync/outbox.h"
#include "app/sync/payloadv2.h"

namespace app {

using namespace salesdetail;

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
                                                 .arg(displayRoubles(sum), displayRoubles(total)));
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
    // The sold-code register moves with the document: a code sold twice fails the completion.
    SoldCodeRegister soldCodes(m_db);
    if (auto ok = done->kind == SaleKind::Return ? soldCodes.recordReturn(*done, now)
                  : done->kind == SaleKind::Sale ? soldCodes.recordSale(*done, now)
                                                 : Result<void>{};
        !ok)
        return forward(ok);
    // The legacy path tells the shop's ЛМ ЧЗ later, through its outbox journaled here.
    if (done->kind != SaleKind::Correction && storedPermitMode(m_db) == PermitMode::Legacy)
        if (auto ok = LmOutbox::enqueue(m_db, *done, done->kind == SaleKind::Return, now); !ok)
            return forward(ok);
    const QString kind = kindName(done->kind);
    if (auto ok = Outbox::enqueue(m_db, done->uuid, kind, outboxPayload(*done), now); !ok)
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
    const QJsonObject payload = outboxPayload(*s);
    auto replaced = Outbox::replacePending(m_db, s->uuid, payload);
    if (!replaced)
        return forward(replaced);
    if (!*replaced) {
        QJsonObject follow{{QStringLiteral("schema"), PayloadV2::Schema},
                           {QStringLiteral("document_uuid"), s->uuid},
                           {QStringLiteral("fiscal"), payload.value(QStringLiteral("fiscal"))}};
        if (auto ok =
                Outbox::enqueue(m_db, newUuid(), QStringLiteral("fiscal_attributes"), follow, m_clock());
            !ok)
            return ok;
    }
    return tx.commit();
}

} // namespace app
