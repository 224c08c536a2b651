#include "app/marking/soldcoderegister.h"

#include <QSqlQuery>

#include "app/core/clock.h"
#include "app/core/tr.h"
#include "app/logging.h"
#include "app/sales/sale.h"
#include "app/storage/database.h"
#include "devices/markingcode.h"

namespace app {

SoldCodeRegister::SoldCodeRegister(Database &db)
    : m_db(db)
{}

QString SoldCodeRegister::identityOf(const QString &code)
{
    const devices::MarkingParseResult parsed = devices::parseMarkingCode(code);
    if (parsed.ok())
        return parsed.code->identity();
    return devices::stripScannerNoise(code).section(QChar(0x1D), 0, 0);
}

QString SoldCodeRegister::refusalText(const SoldCode &sold)
{
    return Tr::tr("This code was already sold in receipt No. %1 of %2. It cannot be sold again.")
        .arg(sold.receiptNumber)
        .arg(sold.soldAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy")));
}

std::optional<SoldCode> SoldCodeRegister::findSold(const QString &code)
{
    QSqlQuery &q = m_db.cached(QStringLiteral(
        "SELECT m.sale_id, COALESCE(s.fiscal_receipt, s.number, 0), COALESCE(s.completed_at, m.changed_at) "
        "FROM marking_sold_codes m JOIN sales s ON s.id = m.sale_id WHERE m.identity = ? AND m.state = 1"));
    q.bindValue(0, identityOf(code));
    if (!q.exec()) {
        qCWarning(lcDb) << "sold-code lookup failed:" << Database::storageError(q).message;
        return std::nullopt;
    }
    std::optional<SoldCode> out;
    if (q.next())
        out = SoldCode{q.value(0).toLongLong(), q.value(1).toInt(), fromStorage(q.value(2).toString())};
    q.finish();
    return out;
}

std::optional<std::int64_t> SoldCodeRegister::openSaleHolding(const QString &code, std::int64_t preferred)
{
    QSqlQuery &q =
        m_db.cached(QStringLiteral("SELECT s.id FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
                                   "WHERE l.marking_code = ? AND s.status IN (0, 1) "
                                   "ORDER BY s.id = ? DESC LIMIT 1"));
    q.bindValue(0, code);
    q.bindValue(1, qint64(preferred));
    std::optional<std::int64_t> holder;
    if (q.exec() && q.next())
        holder = q.value(0).toLongLong();
    q.finish();
    return holder;
}

std::optional<PackCount> SoldCodeRegister::packCount(const QString &code)
{
    QSqlQuery &q = m_db.cached(
        QStringLiteral("SELECT units_sold, units_total FROM marking_pack_units WHERE identity = ?"));
    q.bindValue(0, identityOf(code));
    std::optional<PackCount> out;
    if (q.exec() && q.next())
        out = PackCount{q.value(0).toInt(), q.value(1).toInt()};
    q.finish();
    return out;
}

Result<void> SoldCodeRegister::recordPart(const Sale &sale, const SaleLine &line, const QDateTime &now,
                                          bool *last)
{
    // What the check saw sold before (Честный знак's count when it was higher than ours) plus
    // this line, never less than what we had counted: a count that only grows.
    const MarkingLineCheck &c = line.markingCheck;
    const QString identity = identityOf(line.markingCode);
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO marking_pack_units(identity, units_sold, units_total, sale_id, changed_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(identity) DO UPDATE SET "
        "units_sold = MAX(units_sold, ?) + ?, units_total = excluded.units_total, "
        "sale_id = excluded.sale_id, changed_at = excluded.changed_at"));
    q.addBindValue(identity);
    q.addBindValue(c.packSoldBefore + c.units);
    q.addBindValue(c.packUnits);
    q.addBindValue(qint64(sale.id));
    q.addBindValue(toStorage(now));
    q.addBindValue(c.packSoldBefore);
    q.addBindValue(c.units);
    if (!q.exec())
        return app::Unexpected<Error>{Database::storageError(q)};
    const auto count = packCount(line.markingCode);
    *last = count && count->sold >= count->total;
    return {};
}

Result<void> SoldCodeRegister::recordSale(const Sale &sale, const QDateTime &now)
{
    // An upsert that only revives a returned code: a code sold and not returned changes nothing,
    // and that fails the completion, so one code can never be in two completed sales.
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO marking_sold_codes(identity, code, state, sale_id, return_id, changed_at) "
        "VALUES (?, ?, 1, ?, NULL, ?) ON CONFLICT(identity) DO UPDATE SET code = excluded.code, state = 1, "
        "sale_id = excluded.sale_id, return_id = NULL, changed_at = excluded.changed_at WHERE state = 0"));
    for (const SaleLine &line : sale.lines) {
        if (line.markingCode.isEmpty())
            continue;
        if (line.markingCheck.units > 0) {
            bool last = false;
            if (auto ok = recordPart(sale, line, now, &last); !ok)
                return ok;
            if (!last)
                continue; // the pack stays in circulation until its last unit goes
        }
        q.bindValue(0, identityOf(line.markingCode));
        q.bindValue(1, line.markingCode);
        q.bindValue(2, qint64(sale.id));
        q.bindValue(3, toStorage(now));
        if (!q.exec())
            return app::Unexpected<Error>{Database::storageError(q)};
        if (q.numRowsAffected() != 1) {
            if (const auto sold = findSold(line.markingCode))
                return fail(Error::Code::Conflict, refusalText(*sold));
            return fail(Error::Code::Conflict, Tr::tr("This marking code is already sold."));
        }
    }
    return {};
}

Result<void> SoldCodeRegister::recordReturn(const Sale &ret, const QDateTime &now)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE marking_sold_codes SET state = 0, return_id = ?, "
                                              "changed_at = ? WHERE identity = ? AND state = 1"));
    for (const SaleLine &line : ret.lines) {
        if (line.markingCode.isEmpty())
            continue;
        q.bindValue(0, qint64(ret.id));
        q.bindValue(1, toStorage(now));
        q.bindValue(2, identityOf(line.markingCode));
        if (!q.exec())
            return app::Unexpected<Error>{Database::storageError(q)};
        // A code sold before the register existed is not in it: the return goes ahead all the same.
        if (q.numRowsAffected() == 0)
            qCInfo(lcDb) << "returned marking code was not in the sold register";
        if (line.markingCheck.units > 0) { // a part of a pack: its pieces are back in the pack
            QSqlQuery p = m_db.prepare(QStringLiteral(
                "UPDATE marking_pack_units SET units_sold = MAX(0, units_sold - ?), changed_at = ? "
                "WHERE identity = ?"));
            p.addBindValue(line.markingCheck.units);
            p.addBindValue(toStorage(now));
            p.addBindValue(identityOf(line.markingCode));
            if (!p.exec())
                return app::Unexpected<Error>{Database::storageError(p)};
        }
    }
    return {};
}

} // namespace app
