#pragma once

// sync_state: the sync client's small key/value facts (cursors, the device_seq counter, the last
// clean cycle). Each key belongs to the class that names it; this only reads and writes them.

#include <QString>

#include <optional>

#include "app/core/result.h"

namespace app {
class Database;
}

namespace app::cloud {

class SyncState final
{
    Q_DISABLE_COPY_MOVE(SyncState)

public:
    explicit SyncState(Database &db);

    std::optional<QString> get(const QString &key);
    Result<void> set(const QString &key, const QString &value);
    Result<void> remove(const QString &key);

private:
    Database &m_db;
};

} // namespace app::cloud
