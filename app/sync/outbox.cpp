#include "app/sync/outbox.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include "app/core/clock.h"
#include "app/storage/database.h"

namespace app {

namespace {

QByteArray compact(const QJsonObject &payload)
{
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

Result<void> Outbox::enqueue(Database &db, const QString &uuid, const QString &type,
                             const QJsonObject &payload, const QDateTime &now)
{
    const QByteArray bytes = compact(payload);
    QSqlQuery &q = db.cached(QStringLiteral("INSERT INTO outbox(uuid, type, payload, payload_sha256, "
                                            "created_at, attempts, next_attempt_at, state) "
                                            "VALUES (?, ?, ?, ?, ?, 0, ?, 'pending')"));
    q.bindValue(0, uuid);
    q.bindValue(1, type);
    q.bindValue(2, bytes);
    q.bindValue(3, sha256Hex(bytes));
    q.bindValue(4, toStorage(now));
    q.bindValue(5, toStorage(now));
    if (!q.exec())
        return app::Unexpected<Error>{Database::storageError(q)};
    return {};
}

Result<bool> Outbox::replacePending(Database &db, const QString &uuid, const QJsonObject &payload)
{
    const QByteArray bytes = compact(payload);
    QSqlQuery q = db.prepare(QStringLiteral(
        "UPDATE outbox SET payload = ?, payload_sha256 = ? WHERE uuid = ? AND state = 'pending'"));
    q.addBindValue(bytes);
    q.addBindValue(sha256Hex(bytes));
    q.addBindValue(uuid);
    if (!q.exec())
        return app::Unexpected<Error>{Database::storageError(q)};
    return q.numRowsAffected() == 1;
}

std::optional<OutboxRow> Outbox::find(Database &db, const QString &uuid)
{
    QSqlQuery q =
        db.prepare(QStringLiteral("SELECT uuid, type, payload, payload_sha256, created_at, attempts, "
                                  "next_attempt_at, state FROM outbox WHERE uuid = ?"));
    q.addBindValue(uuid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return OutboxRow{q.value(0).toString(),
                     q.value(1).toString(),
                     q.value(2).toByteArray(),
                     q.value(3).toString(),
                     fromStorage(q.value(4).toString()),
                     q.value(5).toInt(),
                     fromStorage(q.value(6).toString()),
                     q.value(7).toString()};
}

qint64 Outbox::pendingCount(Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending'"));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<QString> SyncState::value(Database &db, const QString &key)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

Result<void> SyncState::setValue(Database &db, const QString &key, const QString &value)
{
    QSqlQuery q = db.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state(key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return app::Unexpected<Error>{Database::storageError(q)};
    return {};
}

} // namespace app
