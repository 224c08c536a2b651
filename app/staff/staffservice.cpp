#include "app/staff/staffservice.h"

#include <algorithm>

#include "app/core/collation.h"
#include "app/core/tr.h"
#include "app/core/uuid.h"
#include "app/core/validation.h"
#include "app/staff/auditlog.h"
#include "app/storage/database.h"

namespace app {
namespace {

const QString selectEmployee = QStringLiteral(
    "SELECT id, uuid, full_name, phone, email, inn, role, active, failed_attempts, locked_until, pin_hash "
    "FROM employees ");

Employee readEmployee(const QSqlQuery &q)
{
    Employee e;
    e.id = q.value(0).toLongLong();
    e.uuid = q.value(1).toString();
    e.fullName = q.value(2).toString();
    e.phone = q.value(3).toString();
    e.email = q.value(4).toString();
    e.inn = q.value(5).toString();
    roleFromInt(q.value(6).toInt(), e.role);
    e.active = q.value(7).toBool();
    e.failedAttempts = q.value(8).toInt();
    if (!q.value(9).isNull())
        e.lockedUntil = fromStorage(q.value(9).toString());
    return e;
}

app::Unexpected<Error> storage(const QSqlQuery &q)
{
    return {Database::storageError(q)};
}

} // namespace

StaffService::StaffService(Database &db, Clock clock, PinHasher::Cost cost)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_cost(cost)
    , m_employees(db)
{}

Result<void> StaffService::validate(const EmployeeInput &input, EmployeeInput *normalised)
{
    EmployeeInput out = input;
    out.fullName = input.fullName.simplified();
    if (out.fullName.isEmpty() || out.fullName.size() > 64 || hasControlCharacters(out.fullName))
        return fail(Error::Code::Validation, Tr::tr("The full name must be 1 to 64 characters long."));
    if (!input.phone.trimmed().isEmpty() && !normalisePhone(input.phone, out.phone))
        return fail(Error::Code::Validation, Tr::tr("The phone number must look like +7 900 123-45-67."));
    out.email = input.email.trimmed();
    if (!out.email.isEmpty() && !isPlausibleEmail(out.email))
        return fail(Error::Code::Validation, Tr::tr("The e-mail address is not valid."));
    out.inn = input.inn.trimmed();
    if (!out.inn.isEmpty() && (out.inn.size() != 12 || !isValidInn(out.inn)))
        return fail(Error::Code::Validation, Tr::tr("A person's INN has 12 digits with valid check digits."));
    if (normalised)
        *normalised = out;
    return {};
}

Result<Employee> StaffService::insert(const EmployeeInput &input, const QString &pin, std::int64_t actorId)
{
    EmployeeInput clean;
    if (auto ok = validate(input, &clean); !ok)
        return app::Unexpected<Error>{ok.error()};
    if (!PinHasher::isWellFormed(pin))
        return fail(Error::Code::Validation, Tr::tr("The PIN must be exactly six digits."));
    // Hash before the transaction: ~100 ms of CPU must not hold the write lock.
    const QByteArray hash = PinHasher::hash(pin, m_cost);
    if (hash.isEmpty())
        return fail(Error::Code::Storage, Tr::tr("The PIN could not be protected (out of memory)."));

    Employee e;
    e.uuid = newUuid();
    e.fullName = clean.fullName;
    e.phone = clean.phone;
    e.email = clean.email;
    e.inn = clean.inn;
    e.role = clean.role;
    Transaction tx(m_db);
    const auto id = m_employees.insert(e, QString::fromLatin1(hash), m_clock());
    if (!id)
        return app::Unexpected<Error>{id.error()};
    e.id = *id;
    AuditLog::record(m_db, actorId, QStringLiteral("staff.add"),
                     QStringLiteral("employee %1 role %2").arg(e.id).arg(int(e.role)), m_clock());
    if (auto ok = tx.commit(); !ok)
        return app::Unexpected<Error>{ok.error()};
    return e;
}

Result<Employee> StaffService::createFirstOwner(const EmployeeInput &input, const QString &pin)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM employees"));
    if (!q.exec() || !q.next())
        return storage(q);
    if (q.value(0).toLongLong() > 0)
        return fail(Error::Code::Conflict, Tr::tr("The owner already exists."));
    EmployeeInput owner = input;
    owner.role = Role::Owner;
    return insert(owner, pin, 0);
}

Result<void> StaffService::guardOwner(const Actor &actor, const Employee &target)
{
    if (target.role == Role::Owner && actor.role != Role::Owner)
        return fail(Error::Code::PermissionDenied, Tr::tr("Only the owner can change or remove the owner."));
    return {};
}

Result<Employee> StaffService::add(const Actor &actor, const EmployeeInput &input, const QString &pin)
{
    if (auto ok = AccessControl::check(actor, Permission::ManageStaff); !ok)
        return app::Unexpected<Error>{ok.error()};
    if (input.role == Role::Owner && actor.role != Role::Owner)
        return fail(Error::Code::PermissionDenied, Tr::tr("Only the owner can change or remove the owner."));
    return insert(input, pin, actor.employeeId);
}

Result<void> StaffService::update(const Actor &actor, std::int64_t id, const EmployeeInput &input)
{
    if (auto ok = AccessControl::check(actor, Permission::ManageStaff); !ok)
        return ok;
    const auto target = find(id);
    if (!target)
        return fail(Error::Code::NotFound, Tr::tr("No such employee."));
    if (auto ok = guardOwner(actor, *target); !ok)
        return ok;
    if (input.role == Role::Owner && actor.role != Role::Owner)
        return fail(Error::Code::PermissionDenied, Tr::tr("Only the owner can change or remove the owner."));
    EmployeeInput clean;
    if (auto ok = validate(input, &clean); !ok)
        return ok;
    Transaction tx(m_db);
    if (target->role == Role::Owner && clean.role != Role::Owner) {
        QSqlQuery c =
            m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM employees WHERE role = 0 AND active = 1"));
        if (!c.exec() || !c.next())
            return storage(c);
        if (c.value(0).toInt() <= 1)
            return fail(Error::Code::Conflict, Tr::tr("The last owner cannot be removed or demoted."));
    }
    if (auto ok = m_employees.update(id, clean); !ok)
        return ok;
    AuditLog::record(m_db, actor.employeeId, QStringLiteral("staff.update"),
                     QStringLiteral("employee %1 role %2").arg(id).arg(int(clean.role)), m_clock());
    return tx.commit();
}

Result<void> StaffService::remove(const Actor &actor, std::int64_t id)
{
    if (auto ok = AccessControl::check(actor, Permission::ManageStaff); !ok)
        return ok;
    const auto target = find(id);
    if (!target)
        return fail(Error::Code::NotFound, Tr::tr("No such employee."));
    if (auto ok = guardOwner(actor, *target); !ok)
        return ok;
    Transaction tx(m_db);
    if (target->role == Role::Owner) {
        QSqlQuery c =
            m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM employees WHERE role = 0 AND active = 1"));
        if (!c.exec() || !c.next())
            return storage(c);
        if (c.value(0).toInt() <= 1)
            return fail(Error::Code::Conflict, Tr::tr("The last owner cannot be removed or demoted."));
    }
    if (auto ok = m_employees.deactivate(id); !ok)
        return ok;
    AuditLog::record(m_db, actor.employeeId, QStringLiteral("staff.remove"),
                     QStringLiteral("employee %1").arg(id), m_clock());
    return tx.commit();
}

Result<void> StaffService::setPin(const Actor &actor, std::int64_t id, const QString &pin)
{
    if (actor.employeeId != id) {
        if (auto ok = AccessControl::check(actor, Permission::ManageStaff); !ok)
            return ok;
    }
    const auto target = find(id);
    if (!target)
        return fail(Error::Code::NotFound, Tr::tr("No such employee."));
    if (auto ok = guardOwner(actor, *target); !ok)
        return ok;
    if (!PinHasher::isWellFormed(pin))
        return fail(Error::Code::Validation, Tr::tr("The PIN must be exactly six digits."));
    const QByteArray hash = PinHasher::hash(pin, m_cost);
    if (hash.isEmpty())
        return fail(Error::Code::Storage, Tr::tr("The PIN could not be protected (out of memory)."));
    Transaction tx(m_db);
    if (auto ok = m_employees.setPinHash(id, QString::fromLatin1(hash)); !ok)
        return ok;
    AuditLog::record(m_db, actor.employeeId, QStringLiteral("staff.pin"),
                     QStringLiteral("employee %1").arg(id), m_clock());
    return tx.commit();
}

Result<Actor> StaffService::login(std::int64_t id, const QString &pin)
{
    QSqlQuery q = m_db.prepare(selectEmployee + QStringLiteral("WHERE id = ? AND active = 1"));
    q.addBindValue(qint64(id));
    if (!q.exec())
        return storage(q);
    if (!q.next())
        return fail(Error::Code::NotFound, Tr::tr("No such employee."));
    const Employee e = readEmployee(q);
    const QByteArray hash = q.value(10).toString().toLatin1();
    q.finish();
    const QDateTime now = m_clock();
    if (e.lockedUntil.isValid() && now < e.lockedUntil) {
        AuditLog::record(m_db, id, QStringLiteral("login.locked"), {}, now);
        const qint64 seconds = std::max<qint64>(1, now.secsTo(e.lockedUntil));
        return fail(Error::Code::Locked, Tr::tr("Too many wrong PINs. Try again in %1 s.").arg(seconds));
    }
    // The slow verify runs outside any transaction.
    const bool ok = PinHasher::verify(hash, pin);
    Transaction tx(m_db);
    // An expired lock starts a fresh count.
    const int attempts = ok ? 0 : (e.lockedUntil.isValid() ? 0 : e.failedAttempts) + 1;
    const bool lock = attempts >= MaxFailedAttempts;
    if (auto saved = m_employees.setLoginState(id, lock ? 0 : attempts,
                                               lock ? now.addSecs(LockoutSeconds) : QDateTime());
        !saved)
        return app::Unexpected<Error>{saved.error()};
    AuditLog::record(m_db, id, ok ? QStringLiteral("login") : QStringLiteral("login.failed"), {}, now);
    if (auto c = tx.commit(); !c)
        return app::Unexpected<Error>{c.error()};
    if (!ok)
        return fail(Error::Code::Validation, Tr::tr("Wrong PIN."));
    return Actor{e.id, e.role};
}

std::optional<Employee> StaffService::find(std::int64_t id)
{
    QSqlQuery q = m_db.prepare(selectEmployee + QStringLiteral("WHERE id = ?"));
    q.addBindValue(qint64(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readEmployee(q);
}

QList<Employee> StaffService::list(bool activeOnly)
{
    QList<Employee> out;
    QSqlQuery q =
        m_db.prepare(selectEmployee + (activeOnly ? QStringLiteral("WHERE active = 1 ") : QString()) +
                     QStringLiteral("ORDER BY role, id"));
    if (!q.exec())
        return out;
    while (q.next())
        out.append(readEmployee(q));
    // By role, then by name as a Russian reads it (SQLite would order by bytes: «Ёлкина» last).
    const QCollator collator = russianCollator();
    std::stable_sort(out.begin(), out.end(), [&collator](const Employee &a, const Employee &b) {
        if (a.role != b.role)
            return int(a.role) < int(b.role);
        return collator.compare(a.fullName, b.fullName) < 0;
    });
    return out;
}

} // namespace app
