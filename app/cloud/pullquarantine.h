#pragma once

// cloud_pull_quarantine (migration 015): pulled entities the till could not apply, held so that one
// bad row never stops the catalog (issue 21 §3). The pull store holds and releases them inside the
// page's transaction; the heartbeat reports them.

#include <QList>
#include <QString>

#include <optional>

#include "app/core/clock.h"
#include "app/core/result.h"

namespace app {
class Database;
}

namespace app::cloud {

struct HeldEntity
{
    QString entity;
    QString id;
    qint64 version = 0;
    QString kind; // unreadable, rejected
    QString reason;
};

class PullQuarantine final
{
    Q_DISABLE_COPY_MOVE(PullQuarantine)

public:
    PullQuarantine(Database &db, Clock clock = systemClock());

    Result<void> hold(const HeldEntity &e, const QString &data);
    // A version that applied, or a delete: the entity is no longer held. Costs nothing while the
    // quarantine is empty (the common case, and every item of a snapshot asks).
    Result<void> release(const QString &entity, const QString &id);
    qint64 count();
    // Looks again at whether anything is held (at the start of each page).
    void recheck() { m_empty.reset(); }
    // The oldest first, at most `limit`.
    QList<HeldEntity> held(int limit);

private:
    Database &m_db;
    Clock m_clock;
    std::optional<bool> m_empty; // known after the first look; hold() and release() keep it true
};

} // namespace app::cloud
