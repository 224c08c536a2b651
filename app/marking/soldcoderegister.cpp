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

bool SoldCodeRegister::inOtherOpenSale(const QString &code, std::int64_t exceptSaleId)
{
    QSqlQuery &q =
        m_db.cached(QStringLiteral("SELECT 1 FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
                                   "WHERE l.marking_code = ? AND s.status IN (0, 1) AND s.id <> ? LIMIT 1"));
    q.bindValue(0, code);
    q.bindValue(1, qint64(exceptSaleId));
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
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
        q.bindValue(0, identityOf(line.markingCode));
        q.bindValue(1, line.markingCode);
        q.bindValue(2, qint64(sale.id));
        q.bindValue(3, toStorage(now));
        if (!q.exec())
            return fiscal::Unexpected<Error>{Database::storageError(q)};
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
            return fiscal::Unexpected<Error>{Database::storageError(q)};
        // A code sold before the register existed is not in it: the return goes ahead all the same.
        if (q.numRowsAffected() == 0)
            qCInfo(lcDb) << "returned marking code was not in the sold register";
    }
    return {};
}

} // namespace app
