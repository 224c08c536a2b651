#pragma once

// The one writer of the employees table (issue 19): the staff service (the till's own edits, PIN
// changes, the login counters) and the cloud pull both write through here. The rule that a new PIN
// hash clears the lockout lives here; validation, permissions and the lockout's arithmetic stay
// with StaffService.

#include <QDateTime>
#include <QString>

#include <cstdint>

#include "app/core/result.h"
#include "app/staff/permissions.h"

namespace app {

class Database;

struct Employee
{
    std::int64_t id = 0;
    QString uuid;
    QString fullName; // tag 1021, up to 64 characters
    QString phone;    // +7XXXXXXXXXX or empty
    QString email;
    QString inn; // tag 1203, optional
    Role role = Role::Cashier;
    bool active = true;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when not locked
};

struct EmployeeInput
{
    QString fullName;
    QString phone;
    QString email;
    QString inn;
    Role role = Role::Cashier;
};

class EmployeeStore final
{
    Q_DISABLE_COPY_MOVE(EmployeeStore)

public:
    explicit EmployeeStore(Database &db);

    // Adds `e` (its uuid must be set) with the PIN hash; returns its id.
    Result<std::int64_t> insert(const Employee &e, const QString &pinHash, const QDateTime &now);
    // The editable fields: name, contacts, role.
    Result<void> update(std::int64_t id, const EmployeeInput &input);
    // The cabinet's employee by uuid, with the PIN hash as the cabinet made it.
    Result<void> upsertByUuid(const Employee &e, const QString &pinHash, const QDateTime &now);
    // Deactivates: sold receipts keep naming the cashier, who can no longer sign in.
    Result<void> deactivate(std::int64_t id);
    Result<void> deactivateByUuid(const QString &uuid);

    // A new PIN hash; the lockout and the failed attempts are cleared.
    Result<void> setPinHash(std::int64_t id, const QString &pinHash);
    // After a login: `failedAttempts` counted so far, locked until `lockedUntil` (invalid: not locked).
    Result<void> setLoginState(std::int64_t id, int failedAttempts, const QDateTime &lockedUntil);

private:
    Database &m_db;
};

} // namespace app
