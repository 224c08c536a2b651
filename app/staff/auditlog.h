#pragma once

// Who did what, written in the same transaction as the change it describes.

#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>

namespace app {

class Database;

struct AuditEntry
{
    QDateTime at;
    std::int64_t employeeId = 0; // 0: the system
    QString action;              // stable machine word: "login", "sale.complete", ...
    QString details;
};

namespace AuditLog {
bool record(Database &db, std::int64_t employeeId, const QString &action, const QString &details = {},
            const QDateTime &at = QDateTime::currentDateTimeUtc());
QList<AuditEntry> recent(Database &db, int limit = 100);
} // namespace AuditLog

} // namespace app
