#include "app/cloud/pullquarantine.h"

#include <QLoggingCategory>

#include "app/cloud/sqlresult.h"

Q_LOGGING_CATEGORY(lcCloudHeld, "pos.cloud.store")

namespace app::cloud {

PullQuarantine::PullQuarantine(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{}

Result<void> PullQuarantine::hold(const HeldEntity &e, const QString &data)
{
    QSqlQuery &q = m_db.cached(QStringLiteral(
        "INSERT OR REPLACE INTO cloud_pull_quarantine(entity, id, version, kind, reason, data, at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, e.entity);
    q.bindValue(1, e.id);
    q.bindValue(2, e.version);
    q.bindValue(3, e.kind);
    q.bindValue(4, sqlText(e.reason));
    q.bindValue(5, sqlText(data));
    q.bindValue(6, toStorage(m_clock()));
    if (!q.exec())
        return storage(q);
    m_empty = false;
    qCWarning(lcCloudHeld) << "held back:" << e.entity << e.id << e.version << e.kind << e.reason;
    return {};
}

Result<void> PullQuarantine::release(const QString &entity, const QString &id)
{
    if (!m_empty)
        m_empty = count() == 0;
    if (*m_empty)
        return {};
    QSqlQuery &q =
        m_db.cached(QStringLiteral("DELETE FROM cloud_pull_quarantine WHERE entity = ? AND id = ?"));
    q.bindValue(0, entity);
    q.bindValue(1, id);
    if (!q.exec())
        return storage(q);
    return {};
}

qint64 PullQuarantine::count()
{
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT COUNT(*) FROM cloud_pull_quarantine"));
    const qint64 n = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

QList<HeldEntity> PullQuarantine::held(int limit)
{
    QList<HeldEntity> out;
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT entity, id, version, kind, reason FROM "
                                              "cloud_pull_quarantine ORDER BY at, entity, id LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                    q.value(3).toString(), q.value(4).toString()});
    return out;
}

} // namespace app::cloud
