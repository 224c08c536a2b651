#pragma once

// The sync outbox and cursor store (sync-protocol §7). Callers write the outbox row inside the
// transaction that completes the document, so the two can never disagree.

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

#include "app/core/result.h"

namespace app {

class Database;

struct OutboxRow
{
    QString uuid;
    QString type;
    QByteArray payload;
    QString payloadSha256;
    QDateTime createdAt;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString state;
};

namespace Outbox {
// Must run inside a Transaction; payload is stored as compact JSON with its SHA-256 (hex).
Result<void> enqueue(Database &db, const QString &uuid, const QString &type, const QJsonObject &payload,
                     const QDateTime &now);
// Replaces the payload of a still pending row; false when the row is gone (already delivered).
Result<bool> replacePending(Database &db, const QString &uuid, const QJsonObject &payload);
std::optional<OutboxRow> find(Database &db, const QString &uuid);
qint64 pendingCount(Database &db);
} // namespace Outbox

namespace SyncState {
std::optional<QString> value(Database &db, const QString &key);
Result<void> setValue(Database &db, const QString &key, const QString &value);
} // namespace SyncState

} // namespace app
