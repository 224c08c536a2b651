#pragma once

// Employees, PIN login with time-based lockout, and the staff rules the matrix alone cannot
// express (nobody but the owner touches the owner; the last owner stays).

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

#include "app/core/clock.h"
#include "app/core/result.h"
#include "app/staff/employeestore.h"
#include "app/staff/permissions.h"
#include "app/staff/pinhasher.h"

namespace app {

class Database;

class StaffService final
{
    Q_DISABLE_COPY_MOVE(StaffService)

public:
    static constexpr int MaxFailedAttempts = 5;
    static constexpr int LockoutSeconds = 300;

    explicit StaffService(Database &db, Clock clock = systemClock(),
                          PinHasher::Cost cost = PinHasher::Production);

    // First run only: creates the owner when the table is empty (no actor exists yet).
    Result<Employee> createFirstOwner(const EmployeeInput &input, const QString &pin);

    Result<Employee> add(const Actor &actor, const EmployeeInput &input, const QString &pin);
    Result<void> update(const Actor &actor, std::int64_t id, const EmployeeInput &input);
    // Deactivates (history keeps the id). An admin cannot remove the owner; the last owner stays.
    Result<void> remove(const Actor &actor, std::int64_t id);
    // Anyone may change their own PIN; owner/admin may reset others (not the owner, unless owner).
    Result<void> setPin(const Actor &actor, std::int64_t id, const QString &pin);

    // PIN login: Locked while locked out, Validation on a wrong PIN (attempts are counted).
    Result<Actor> login(std::int64_t id, const QString &pin);

    std::optional<Employee> find(std::int64_t id);
    QList<Employee> list(bool activeOnly = true);

    static Result<void> validate(const EmployeeInput &input, EmployeeInput *normalised = nullptr);

private:
    Result<Employee> insert(const EmployeeInput &input, const QString &pin, std::int64_t actorId);
    Result<void> guardOwner(const Actor &actor, const Employee &target);

    Database &m_db;
    Clock m_clock;
    PinHasher::Cost m_cost;
    EmployeeStore m_employees; // the one writer of employees
};

} // namespace app
