#include "app/staff/auditlog.h"

#include "app/core/clock.h"
#include "app/storage/database.h"

namespace app::AuditLog {

bool record(Database &db, std::int64_t employeeId, const QString &action, const QString &details,
            const QDateTime &at)
{
    QSqlQuery &q = db.cached(
        QStringLiteral("INSERT INTO audit_log(at, employee_id, action, details) VALUES (?, ?, ?, ?)"));
    q.bindValue(0, toStorage(at));
    q.bindValue(1, employeeId > 0 ? QVariant::fromValue<qint64>(employeeId) : QVariant());
    q.bindValue(2, action);
    q.bindValue(3, sqlText(details));
    const bool ok = q.exec();
    if (!ok)
        Database::storageError(q);
    return ok;
}

QList<AuditEntry> recent(Database &db, int limit)
{
    QList<AuditEntry> out;
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT at, COALESCE(employee_id, 0), action, details FROM audit_log ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({fromStorage(q.value(0).toString()), q.value(1).toLongLong(), q.value(2).toString(),
                    q.value(3).toString()});
    return out;
}

} // namespace app::AuditLog
