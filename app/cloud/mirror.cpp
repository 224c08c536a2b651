#include "app/cloud/mirror.h"

#include <QJsonDocument>

#include "app/cloud/sqlresult.h"

namespace app::cloud {

Mirror::Mirror(Database &db)
    : m_db(db)
{}

Result<std::optional<MirroredItem>> Mirror::find(const QString &entity, const QString &id)
{
    QSqlQuery &q = m_db.cached(
        QStringLiteral("SELECT data, local_id, version FROM cloud_items WHERE entity = ? AND id = ?"));
    q.bindValue(0, entity);
    q.bindValue(1, id);
    if (!q.exec())
        return storage(q);
    std::optional<MirroredItem> out;
    if (q.next()) {
        out = MirroredItem{QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(),
                           q.value(2).toLongLong(), std::nullopt};
        if (!q.value(1).isNull())
            out->localId = q.value(1).toLongLong();
    }
    q.finish();
    return out;
}

std::optional<qint64> Mirror::localIdOf(const QString &entity, const QString &id)
{
    // Every product of a snapshot asks for its category: no JSON to parse for that.
    QSqlQuery &q =
        m_db.cached(QStringLiteral("SELECT local_id FROM cloud_items WHERE entity = ? AND id = ?"));
    q.bindValue(0, entity);
    q.bindValue(1, id);
    std::optional<qint64> out;
    if (q.exec() && q.next() && !q.value(0).isNull())
        out = q.value(0).toLongLong();
    q.finish();
    return out;
}

QJsonObject Mirror::data(const QString &entity, const QString &id)
{
    auto item = find(entity, id);
    return item && *item ? (*item)->data : QJsonObject{};
}

Result<void> Mirror::put(const QString &entity, const QString &id, qint64 version,
                         std::optional<qint64> localId, const QJsonObject &data)
{
    QSqlQuery &u = m_db.cached(QStringLiteral(
        "INSERT OR REPLACE INTO cloud_items(entity, id, version, local_id, data) VALUES (?, ?, ?, ?, ?)"));
    u.bindValue(0, entity);
    u.bindValue(1, id);
    u.bindValue(2, version);
    u.bindValue(3, localId ? QVariant(*localId) : QVariant(QMetaType(QMetaType::LongLong)));
    u.bindValue(4, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    if (!u.exec())
        return storage(u);
    return {};
}

Result<void> Mirror::remove(const QString &entity, const QString &id)
{
    QSqlQuery &d = m_db.cached(QStringLiteral("DELETE FROM cloud_items WHERE entity = ? AND id = ?"));
    d.bindValue(0, entity);
    d.bindValue(1, id);
    if (!d.exec())
        return storage(d);
    return {};
}

} // namespace app::cloud
