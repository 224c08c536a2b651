#include "app/sales/shiftservice.h"

#include <QJsonArray>
#include <QJsonObject>

#include <set>

#include "app/core/moneytext.h"
#include "app/core/tr.h"
#include "app/core/uuid.h"
#include "app/organisation/organisation.h"
#include "app/staff/auditlog.h"
#include "app/storage/database.h"
#include "app/sync/fiscaljobs.h"
#include "app/sync/outbox.h"
#include "app/sync/payloadv2.h"

namespace app {
namespace {

app::Unexpected<Error> storage(const QSqlQuery &q)
{
    return {Database::storageError(q)};
}

template<class T>
app::Unexpected<Error> forward(const Result<T> &r)
{
    return {r.error()};
}

const QString selectShift =
    QStringLiteral("SELECT id, uuid, number, workplace_id, opened_by, COALESCE(closed_by, 0), "
                   "opened_at, closed_at, COALESCE(fiscal_shift_number, 0) FROM shifts ");

Shift readShift(const QSqlQuery &q)
{
    Shift s;
    s.id = q.value(0).toLongLong();
    s.uuid = q.value(1).toString();
    s.number = q.value(2).toInt();
    s.workplaceId = q.value(3).toLongLong();
    s.openedBy = q.value(4).toLongLong();
    s.closedBy = q.value(5).toLongLong();
    s.openedAt = fromStorage(q.value(6).toString());
    if (!q.value(7).isNull())
        s.closedAt = fromStorage(q.value(7).toString());
    s.fiscalNumber = q.value(8).toInt();
    return s;
}

// How a document moves cash in the drawer, by tag 1054: income and expense return bring cash in.
int drawerDirection(int calcSign)
{
    return calcSign == 1 || calcSign == 4 ? 1 : -1;
}

} // namespace

ShiftService::ShiftService(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{}

std::optional<Shift> ShiftService::current()
{
    QSqlQuery q =
        m_db.prepare(selectShift + QStringLiteral("WHERE closed_at IS NULL ORDER BY id DESC LIMIT 1"));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readShift(q);
}

std::optional<Shift> ShiftService::shift(std::int64_t id)
{
    QSqlQuery q = m_db.prepare(selectShift + QStringLiteral("WHERE id = ?"));
    q.addBindValue(qint64(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readShift(q);
}

Result<Shift> ShiftService::open(const Actor &actor, std::int64_t workplaceId)
{
    if (auto ok = AccessControl::check(actor, Permission::OpenCloseShift); !ok)
        return forward(ok);
    Transaction tx(m_db);
    if (current())
        return fail(Error::Code::Conflict, Tr::tr("A shift is already open."));
    QSqlQuery n = m_db.prepare(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM shifts"));
    if (!n.exec() || !n.next())
        return storage(n);
    Shift s;
    s.uuid = newUuid();
    s.number = n.value(0).toInt();
    s.workplaceId = workplaceId;
    s.openedBy = actor.employeeId;
    s.openedAt = m_clock();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO shifts(uuid, number, workplace_id, opened_by, opened_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(s.uuid);
    q.addBindValue(s.number);
    q.addBindValue(qint64(workplaceId));
    q.addBindValue(qint64(actor.employeeId));
    q.addBindValue(toStorage(s.openedAt));
    if (!q.exec())
        return storage(q);
    s.id = q.lastInsertId().toLongLong();
    QJsonObject payload = shiftPayload(s);
    payload.insert(QStringLiteral("employee_id"), PayloadV2::employeeUuid(m_db, actor.employeeId));
    payload.insert(QStringLiteral("opened_at"), PayloadV2::time(s.openedAt));
    if (auto ok = Outbox::enqueue(m_db, newUuid(), QStringLiteral("shift_open"), payload, s.openedAt); !ok)
        return forward(ok);
    FiscalJobRepository jobs(m_db);
    if (auto ok = jobs.enqueue(QStringLiteral("open_shift"), s.uuid, s.openedAt); !ok)
        return forward(ok);
    AuditLog::record(m_db, actor.employeeId, QStringLiteral("shift.open"), QString::number(s.number),
                     s.openedAt);
    if (auto ok = tx.commit(); !ok)
        return forward(ok);
    return s;
}

Result<ShiftTotals> ShiftService::close(const Actor &actor)
{
    if (auto ok = AccessControl::check(actor, Permission::OpenCloseShift); !ok)
        return forward(ok);
    Transaction tx(m_db);
    const auto s = current();
    if (!s)
        return fail(Error::Code::Conflict, Tr::tr("No shift is open. Open a shift first."));
    auto t = totals(s->id);
    if (!t)
        return t;
    const QDateTime now = m_clock();
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE shifts SET closed_at = ?, closed_by = ? WHERE id = ?"));
    q.addBindValue(toStorage(now));
    q.addBindValue(qint64(actor.employeeId));
    q.addBindValue(qint64(s->id));
    if (!q.exec())
        return storage(q);
    // The Z report's figures: the document carries the till's own totals of the shift.
    QJsonObject payload = shiftPayload(*s);
    payload.insert(QStringLiteral("employee_id"), PayloadV2::employeeUuid(m_db, actor.employeeId));
    payload.insert(QStringLiteral("opened_at"), PayloadV2::time(s->openedAt));
    payload.insert(QStringLiteral("closed_at"), PayloadV2::time(now));
    payload.insert(QStringLiteral("totals"), totalsToJson(*t));
    if (auto ok = Outbox::enqueue(m_db, s->uuid, QStringLiteral("shift_close"), payload, now); !ok)
        return forward(ok);
    FiscalJobRepository jobs(m_db);
    if (auto ok = jobs.enqueue(QStringLiteral("z_report"), s->uuid, now); !ok)
        return forward(ok);
    AuditLog::record(m_db, actor.employeeId, QStringLiteral("shift.close"), QString::number(s->number), now);
    if (auto ok = tx.commit(); !ok)
        return forward(ok);
    return t;
}

Result<CashDocument> ShiftService::cashDocument(const Actor &actor, bool out, Kopecks amount,
                                                const QString &reason)
{
    if (auto ok = AccessControl::check(actor, out ? Permission::CashOut : Permission::CashIn); !ok)
        return forward(ok);
    if (amount <= 0 || amount > MaxPrice)
        return fail(Error::Code::Validation, Tr::tr("The amount must be positive."));
    const QString why = reason.simplified();
    if (why.isEmpty() || why.size() > 256)
        return fail(Error::Code::Validation, Tr::tr("Give a reason (up to 256 characters)."));
    Transaction tx(m_db);
    const auto s = current();
    if (!s)
        return fail(Error::Code::Conflict, Tr::tr("No shift is open. Open a shift first."));
    if (out) {
        auto t = totals(s->id);
        if (!t)
            return forward(t);
        if (amount > t->cashInDrawer)
            return fail(Error::Code::Validation,
                        Tr::tr("The drawer holds only %1.").arg(displayRoubles(t->cashInDrawer)));
    }
    CashDocument d;
    d.uuid = newUuid();
    d.out = out;
    d.amount = amount;
    d.reason = why;
    d.employeeId = actor.employeeId;
    d.at = m_clock();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO cash_documents(uuid, shift_id, kind, amount, reason, employee_id, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(d.uuid);
    q.addBindValue(qint64(s->id));
    q.addBindValue(out ? 1 : 0);
    q.addBindValue(qint64(amount));
    q.addBindValue(d.reason);
    q.addBindValue(qint64(actor.employeeId));
    q.addBindValue(toStorage(d.at));
    if (!q.exec())
        return storage(q);
    d.id = q.lastInsertId().toLongLong();
    const QString kind = out ? QStringLiteral("cash_out") : QStringLiteral("cash_in");
    QJsonObject payload{{QStringLiteral("uuid"), d.uuid},
                        {QStringLiteral("shift_uuid"), s->uuid},
                        {QStringLiteral("amount"), qint64(amount)},
                        {QStringLiteral("comment"), d.reason},
                        {QStringLiteral("employee_id"), PayloadV2::employeeUuid(m_db, actor.employeeId)},
                        {QStringLiteral("at"), PayloadV2::time(d.at)}};
    PayloadV2::stamp(m_db, payload);
    if (auto ok = Outbox::enqueue(m_db, d.uuid, kind, payload, d.at); !ok)
        return forward(ok);
    FiscalJobRepository jobs(m_db);
    if (auto ok = jobs.enqueue(kind, d.uuid, d.at); !ok)
        return forward(ok);
    AuditLog::record(m_db, actor.employeeId, QStringLiteral("shift.") + kind,
                     formatKopecks(amount) + QStringLiteral(" ") + d.reason, d.at);
    if (auto ok = tx.commit(); !ok)
        return forward(ok);
    return d;
}

Result<CashDocument> ShiftService::cashIn(const Actor &actor, Kopecks amount, const QString &reason)
{
    return cashDocument(actor, false, amount, reason);
}

Result<CashDocument> ShiftService::cashOut(const Actor &actor, Kopecks amount, const QString &reason)
{
    return cashDocument(actor, true, amount, reason);
}

QList<CashDocument> ShiftService::cashDocuments(std::int64_t shiftId)
{
    QList<CashDocument> out;
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT id, uuid, kind, amount, reason, employee_id, created_at "
                                    "FROM cash_documents WHERE shift_id = ? ORDER BY id"));
    q.addBindValue(qint64(shiftId));
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt() == 1,
                        q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toLongLong(),
                        fromStorage(q.value(6).toString())});
    }
    return out;
}

Result<ShiftTotals> ShiftService::totals(std::int64_t shiftId)
{
    ShiftTotals t;
    t.shiftId = shiftId;
    QSqlQuery &docs = m_db.cached(QStringLiteral(
        "SELECT kind, calc_sign, COUNT(*), SUM(total) FROM sales WHERE shift_id = ? AND status = 2 "
        "GROUP BY kind, calc_sign"));
    docs.bindValue(0, qint64(shiftId));
    if (!docs.exec())
        return storage(docs);
    while (docs.next()) {
        const int kind = docs.value(0).toInt();
        const int sign = docs.value(1).toInt();
        const OperationTotals op{docs.value(2).toInt(), docs.value(3).toLongLong()};
        t.byCalcSign[sign].count += op.count;
        t.byCalcSign[sign].amount += op.amount;
        OperationTotals &k = kind == 0 ? t.sales : kind == 1 ? t.returns : t.corrections;
        k.count += op.count;
        k.amount += op.amount;
    }
    QSqlQuery &pay = m_db.cached(QStringLiteral(
        "SELECT s.calc_sign, p.type, SUM(p.amount) FROM payments p JOIN sales s ON s.id = p.sale_id "
        "WHERE s.shift_id = ? AND s.status = 2 GROUP BY s.calc_sign, p.type"));
    pay.bindValue(0, qint64(shiftId));
    if (!pay.exec())
        return storage(pay);
    Kopecks cash = 0;
    while (pay.next()) {
        const int sign = pay.value(0).toInt();
        const int type = pay.value(1).toInt();
        const Kopecks amount = pay.value(2).toLongLong();
        t.paymentsBySign[sign][type] += amount;
        if (type == int(PaymentType::Cash))
            cash += drawerDirection(sign) * amount;
    }
    QSqlQuery &vat = m_db.cached(QStringLiteral(
        "SELECT s.calc_sign, l.vat_code, SUM(l.vat_amount), SUM(l.total) FROM sale_lines l JOIN "
        "sales s ON s.id = l.sale_id "
        "WHERE s.shift_id = ? AND s.status = 2 GROUP BY s.calc_sign, l.vat_code"));
    vat.bindValue(0, qint64(shiftId));
    if (!vat.exec())
        return storage(vat);
    while (vat.next()) {
        t.vatBySign[vat.value(0).toInt()][vat.value(1).toInt()] += vat.value(2).toLongLong();
        t.vatBaseBySign[vat.value(0).toInt()][vat.value(1).toInt()] += vat.value(3).toLongLong();
    }
    QSqlQuery &cd = m_db.cached(QStringLiteral(
        "SELECT kind, COUNT(*), SUM(amount) FROM cash_documents WHERE shift_id = ? GROUP BY kind"));
    cd.bindValue(0, qint64(shiftId));
    if (!cd.exec())
        return storage(cd);
    while (cd.next()) {
        OperationTotals &op = cd.value(0).toInt() == 1 ? t.cashOut : t.cashIn;
        op.count = cd.value(1).toInt();
        op.amount = cd.value(2).toLongLong();
    }
    t.cashInDrawer = t.cashIn.amount - t.cashOut.amount + cash;
    return t;
}

QJsonObject ShiftService::shiftPayload(const Shift &shift)
{
    QJsonObject o{{QStringLiteral("shift_uuid"), shift.uuid}, {QStringLiteral("number"), shift.number}};
    // The registrar's shift number arrives with the open-shift job; the FN number with the first
    // fiscalised receipt. A document written before them goes without; the cabinet keeps what it has.
    if (const auto now = this->shift(shift.id); now && now->fiscalNumber > 0)
        o.insert(QStringLiteral("fn_shift"), now->fiscalNumber);
    QSqlQuery &fn = m_db.cached(QStringLiteral(
        "SELECT fn FROM sales WHERE shift_id = ? AND fn IS NOT NULL AND fn <> '' ORDER BY id DESC LIMIT 1"));
    fn.bindValue(0, qint64(shift.id));
    if (fn.exec() && fn.next())
        o.insert(QStringLiteral("fn"), fn.value(0).toString());
    fn.finish();
    PayloadV2::stamp(m_db, o);
    return o;
}

Result<void> ShiftService::queueXReport(const QDateTime &at)
{
    Transaction tx(m_db);
    const auto s = current();
    if (!s)
        return {};
    auto t = totals(s->id);
    if (!t)
        return forward(t);
    QJsonObject payload = shiftPayload(*s);
    payload.insert(QStringLiteral("at"), PayloadV2::time(at));
    payload.insert(QStringLiteral("totals"), totalsToJson(*t));
    if (auto ok = Outbox::enqueue(m_db, newUuid(), QStringLiteral("x_report"), payload, at); !ok)
        return ok;
    return tx.commit();
}

QJsonObject ShiftService::totalsToJson(const ShiftTotals &t)
{
    // Money in (tag 1054 sign 1, sales and income corrections) and out (sign 2, returns); the other
    // signs are rare on a shop till and go as by_calc_sign only.
    const auto amount = [&t](int sign) {
        const auto it = t.byCalcSign.find(sign);
        return it == t.byCalcSign.end() ? Kopecks(0) : it->second.amount;
    };
    const auto at = [](const std::map<int, std::map<int, Kopecks>> &bySign, int sign, int key) {
        const auto s = bySign.find(sign);
        if (s == bySign.end())
            return Kopecks(0);
        const auto k = s->second.find(key);
        return k == s->second.end() ? Kopecks(0) : k->second;
    };
    QJsonObject signs;
    int receipts = 0;
    for (const auto &[sign, op] : t.byCalcSign) {
        signs.insert(QString::number(sign), QJsonObject{{QStringLiteral("count"), op.count},
                                                        {QStringLiteral("amount"), qint64(op.amount)}});
        receipts += op.count;
    }
    std::set<int> types, codes;
    for (const auto &[sign, byType] : t.paymentsBySign)
        for (const auto &[type, sum] : byType)
            types.insert(type);
    for (const auto &[sign, byCode] : t.vatBaseBySign)
        for (const auto &[code, sum] : byCode)
            codes.insert(code);
    QJsonArray byPayment;
    for (const int type : types)
        byPayment.append(QJsonObject{{QStringLiteral("method"), PayloadV2::paymentMethod(PaymentType(type))},
                                     {QStringLiteral("sales"), qint64(at(t.paymentsBySign, 1, type))},
                                     {QStringLiteral("returns"), qint64(at(t.paymentsBySign, 2, type))}});
    QJsonArray byVat;
    for (const int code : codes)
        byVat.append(QJsonObject{{QStringLiteral("vat"), PayloadV2::vatName(code)},
                                 {QStringLiteral("sales"), qint64(at(t.vatBaseBySign, 1, code))},
                                 {QStringLiteral("returns"), qint64(at(t.vatBaseBySign, 2, code))},
                                 {QStringLiteral("vat_sales"), qint64(at(t.vatBySign, 1, code))},
                                 {QStringLiteral("vat_returns"), qint64(at(t.vatBySign, 2, code))}});
    return QJsonObject{{QStringLiteral("sales"), qint64(amount(1))},
                       {QStringLiteral("returns"), qint64(amount(2))},
                       {QStringLiteral("receipts"), receipts},
                       {QStringLiteral("cash_in"), qint64(t.cashIn.amount)},
                       {QStringLiteral("cash_out"), qint64(t.cashOut.amount)},
                       {QStringLiteral("cash_in_drawer"), qint64(t.cashInDrawer)},
                       {QStringLiteral("by_payment"), byPayment},
                       {QStringLiteral("by_vat"), byVat},
                       {QStringLiteral("by_calc_sign"), signs}};
}

Result<void> ShiftService::setFiscalShiftNumber(Database &db, const QString &shiftUuid, int number)
{
    Transaction tx(db);
    QSqlQuery q = db.prepare(QStringLiteral("UPDATE shifts SET fiscal_shift_number = ? WHERE uuid = ?"));
    q.addBindValue(number);
    q.addBindValue(shiftUuid);
    if (!q.exec())
        return storage(q);
    return tx.commit();
}

} // namespace app
