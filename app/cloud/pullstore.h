#pragma once

// The pull side of the till's SQLite file: the cursors, and how a page of catalog changes lands.
// A delta page and its cursor are one transaction; a snapshot is staged page by page in
// cloud_snapshot and swapped in with one commit, so the till never sees half a catalog. Every item
// goes through its entity's applier (appliers/applier.h) under a savepoint and into the mirror.
// An item the till cannot take (text that is not UTF-8, a rule it breaks) is held in the pull
// quarantine and the page goes on. Owns cloud_snapshot and the cursor keys of sync_state.

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include "app/cloud/mirror.h"
#include "app/cloud/pullquarantine.h"
#include "app/core/clock.h"
#include "app/core/result.h"

namespace app {
class Database;
}

namespace app::cloud {

class SyncState;

class PullStore final
{
    Q_DISABLE_COPY_MOVE(PullStore)

public:
    PullStore(Database &db, SyncState &state, Clock clock = systemClock());

    // The delta cursor; empty means the next pull starts a snapshot.
    QString cursor();
    // The cursor of a snapshot being paged into cloud_snapshot; empty when none is under way.
    QString snapshotCursor();
    // Applies a delta page and stores its cursor in the same transaction.
    Result<int> applyDeltaPage(const QJsonArray &changes, const QString &nextCursor);
    // Stages a snapshot page with its cursor; on the last page swaps the whole snapshot in (one
    // transaction: upsert everything staged, drop what the cabinet no longer has, set the cursor).
    Result<int> applySnapshotPage(const QJsonArray &changes, const QString &nextCursor, bool done);
    // Forgets both cursors and the staging area: the next pull is a fresh snapshot.
    Result<void> resetPull();

    // The cabinet's uuids of this till's point of sale and workplace (from activation). Pulled points
    // of sale and receipt texts of other points of sale stay in the mirror only; empty: not known yet.
    // Both are also kept in sync_state, where the outbox writers read them for payload v2.
    void setOwnIdentity(const QString &pointOfSale, const QString &workplace);

    PullQuarantine &quarantine() { return m_held; }

private:
    struct Staged
    {
        QString entity, id;
        qint64 version;
        QJsonObject data;
    };

    Result<void> applyChange(const QString &entity, const QString &id, const QString &op, qint64 version,
                             const QJsonObject &data);
    Result<void> holdUnreadable(const QString &entity, const QString &id, qint64 version);
    Result<void> stageUnreadable(const QString &entity, const QString &id, qint64 version);
    Result<void> stage(const QJsonArray &changes);
    Result<int> swapSnapshot(const QString &nextCursor);
    Result<QList<Staged>> stagedDifferences();
    Result<void> reparentCategories(const QList<Staged> &staged);
    Result<int> deleteWhatTheCabinetDropped();
    // The item without its `secrets` (the marking settings' tokens), which are kept in memory until
    // the item is applied: they never reach the mirror, the snapshot staging or the quarantine.
    QJsonObject withoutSecrets(const QString &entity, const QString &id, QJsonObject data);

    Database &m_db;
    SyncState &m_state;
    Clock m_clock;
    Mirror m_mirror;
    PullQuarantine m_held;
    QString m_ownPointOfSale;
    QHash<QString, QJsonObject> m_secrets; // entity + '/' + id -> the secrets taken out of it
};

} // namespace app::cloud
