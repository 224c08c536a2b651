#include "app/staff/employeestore.h"

#include <QSqlQuery>

#include "app/core/clock.h"
#include "app/storage/database.h"

namespace app {
namespace {

app::Unexpected<Error> storage(const QSqlQuery &q)
{
    return {Database::storageError(q)};
}

Result<void> run(QSqlQuery &q)
{
    return q.exec() ? Result<void>{} : storage(q);
}

// uuid, full_name, phone, email, inn, role: the columns both inserts start with.
void bindPerson(QSqlQuery &q, const Employee &e)
{
    q.addBindValue(e.uuid);
    q.addBindValue(e.fullName);
    q.addBindValue(sqlText(e.phone));
    q.addBindValue(sqlText(e.email));
    q.addBindValue(sqlText(e.inn));
    q.addBindValue(int(e.role));
}

} // namespace

EmployeeStore::EmployeeStore(Database &db)
    : m_db(db)
{}

Result<std::int64_t> EmployeeStore::insert(const Employee &e, const QString &pinHash, const QDateTime &now)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO employees(uuid, full_name, phone, email, inn, role, pin_hash, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    bindPerson(q, e);
    q.addBindValue(pinHash);
    q.addBindValue(toStorage(now));
    if (!q.exec())
        return storage(q);
    return std::int64_t(q.lastInsertId().toLongLong());
}

Result<void> EmployeeStore::update(std::int64_t id, const EmployeeInput &input)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE employees SET full_name = ?, phone = ?, email = ?, inn = ?, role = ? WHERE id = ?"));
    q.addBindValue(input.fullName);
    q.addBindValue(sqlText(input.phone));
    q.addBindValue(sqlText(input.email));
    q.addBindValue(sqlText(input.inn));
    q.addBindValue(int(input.role));
    q.addBindValue(qint64(id));
    return run(q);
}

Result<void> EmployeeStore::upsertByUuid(const Employee &e, const QString &pinHash, const QDateTime &now)
{
    // A changed PIN hash clears the lockout: the cabinet has set a new PIN.
    QSqlQuery &q = m_db.cached(QStringLiteral(
        "INSERT INTO employees(uuid, full_name, phone, email, inn, role, pin_hash, active, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO UPDATE SET full_name = excluded.full_name, "
        "phone = excluded.phone, email = excluded.email, inn = excluded.inn, role = excluded.role, "
        "failed_attempts = CASE WHEN pin_hash = excluded.pin_hash THEN failed_attempts ELSE 0 END, "
        "locked_until = CASE WHEN pin_hash = excluded.pin_hash THEN locked_until ELSE NULL END, "
        "pin_hash = excluded.pin_hash, active = excluded.active"));
    bindPerson(q, e);
    q.addBindValue(pinHash);
    q.addBindValue(e.active ? 1 : 0);
    q.addBindValue(toStorage(now));
    return run(q);
}

Result<void> EmployeeStore::deactivate(std::int64_t id)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE employees SET active = 0 WHERE id = ?"));
    q.addBindValue(qint64(id));
    return run(q);
}

Result<void> EmployeeStore::deactivateByUuid(const QString &uuid)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE employees SET active = 0 WHERE uuid = ?"));
    q.addBindValue(uuid);
    return run(q);
}

Result<void> EmployeeStore::setPinHash(std::int64_t id, const QString &pinHash)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE employees SET pin_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?"));
    q.addBindValue(pinHash);
    q.addBindValue(qint64(id));
    return run(q);
}

Result<void> EmployeeStore::setLoginState(std::int64_t id, int failedAttempts, const QDateTime &lockedUntil)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE employees SET failed_attempts = ?, locked_until = ? WHERE id = ?"));
    q.addBindValue(failedAttempts);
    q.addBindValue(lockedUntil.isValid() ? QVariant(toStorage(lockedUntil)) : QVariant());
    q.addBindValue(qint64(id));
    return run(q);
}

} // namespace app
