#include "app/cloud/syncstate.h"

#include "app/cloud/sqlresult.h"

namespace app::cloud {

SyncState::SyncState(Database &db)
    : m_db(db)
{}

std::optional<QString> SyncState::get(const QString &key)
{
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.bindValue(0, key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QString v = q.value(0).toString();
    q.finish();
    return v;
}

Result<void> SyncState::set(const QString &key, const QString &value)
{
    QSqlQuery &q = m_db.cached(QStringLiteral("INSERT OR REPLACE INTO sync_state(key, value) VALUES (?, ?)"));
    q.bindValue(0, key);
    q.bindValue(1, value);
    if (!q.exec())
        return storage(q);
    return {};
}

Result<void> SyncState::remove(const QString &key)
{
    QSqlQuery &q = m_db.cached(QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
    q.bindValue(0, key);
    if (!q.exec())
        return storage(q);
    return {};
}

} // namespace app::cloud
