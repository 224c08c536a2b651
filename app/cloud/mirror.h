#pragma once

// cloud_items: every pulled entity as the cabinet last sent it (migration 007). The mirror is what
// deletes, snapshot diffs and entities without a table of their own are read from; the one place
// that writes it.

#include <QJsonObject>
#include <QString>

#include <optional>

#include "app/core/result.h"

namespace app {
class Database;
}

namespace app::cloud {

struct MirroredItem
{
    QJsonObject data;
    qint64 version = 0;
    std::optional<qint64> localId; // the till's integer id where it has one (categories)
};

class Mirror final
{
    Q_DISABLE_COPY_MOVE(Mirror)

public:
    explicit Mirror(Database &db);

    Result<std::optional<MirroredItem>> find(const QString &entity, const QString &id);
    std::optional<qint64> localIdOf(const QString &entity, const QString &id);
    // The stored data of one item; empty when there is none.
    QJsonObject data(const QString &entity, const QString &id);
    Result<void> put(const QString &entity, const QString &id, qint64 version, std::optional<qint64> localId,
                     const QJsonObject &data);
    Result<void> remove(const QString &entity, const QString &id);

private:
    Database &m_db;
};

} // namespace app::cloud
