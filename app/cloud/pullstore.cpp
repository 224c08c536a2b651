#include "app/cloud/pullstore.h"

#include <QJsonDocument>
#include <QLoggingCategory>

#include "app/cloud/appliers/applier.h"
#include "app/cloud/appliers/pulledvalues.h"
#include "app/cloud/pulledpage.h"
#include "app/cloud/sqlresult.h"
#include "app/cloud/syncstate.h"
#include "app/core/tr.h"
#include "app/sync/payloadv2.h"

Q_LOGGING_CATEGORY(lcCloudPull, "pos.cloud.store")

namespace app::cloud {

namespace {

const QString kCursor = QStringLiteral("cloud.cursor");
const QString kSnapshotCursor = QStringLiteral("cloud.snapshot_cursor");

QString compactText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Order of application inside a snapshot swap: the appliers' dependency order, then the rest.
QString entityOrder()
{
    QString sql = QStringLiteral("CASE s.entity");
    const auto &all = entityAppliers();
    for (qsizetype i = 0; i < all.size(); ++i)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(QLatin1String(all[i].entity)).arg(i);
    return sql + QStringLiteral(" ELSE %1 END").arg(all.size());
}

} // namespace

PullStore::PullStore(Database &db, SyncState &state, Clock clock)
    : m_db(db)
    , m_state(state)
    , m_clock(std::move(clock))
    , m_mirror(db)
    , m_held(db, m_clock)
{}

void PullStore::setOwnIdentity(const QString &pointOfSale, const QString &workplace)
{
    m_ownPointOfSale = pointOfSale;
    if (auto ok = PayloadV2::rememberIdentity(m_db, pointOfSale, workplace); !ok)
        qCWarning(lcCloudPull) << "cannot store the till's identity:" << ok.error().message;
}

QString PullStore::cursor()
{
    return m_state.get(kCursor).value_or(QString());
}

QString PullStore::snapshotCursor()
{
    return m_state.get(kSnapshotCursor).value_or(QString());
}

Result<void> PullStore::resetPull()
{
    Transaction tx(m_db);
    for (const QString &key : {kCursor, kSnapshotCursor})
        if (auto ok = m_state.remove(key); !ok)
            return ok;
    QSqlQuery s = m_db.prepare(QStringLiteral("DELETE FROM cloud_snapshot"));
    if (!s.exec())
        return storage(s);
    return tx.commit();
}

Result<int> PullStore::applyDeltaPage(const QJsonArray &changes, const QString &nextCursor)
{
    Transaction tx(m_db);
    m_held.recheck();
    int applied = 0;
    for (const QJsonValue &v : changes) {
        const QJsonObject c = v.toObject();
        const QString entity = c.value(QLatin1String("entity")).toString();
        const QString id = c.value(QLatin1String("id")).toString();
        if (entity.isEmpty() || id.isEmpty())
            continue;
        const qint64 version = c.value(QLatin1String("version")).toInteger();
        if (c.value(QLatin1String(kUnreadable)).toBool()) {
            if (auto ok = holdUnreadable(entity, id, version); !ok)
                return forward(ok);
            continue;
        }
        if (auto ok = applyChange(entity, id, c.value(QLatin1String("op")).toString(), version,
                                  withoutSecrets(entity, id, c.value(QLatin1String("data")).toObject()));
            !ok)
            return forward(ok);
        ++applied;
    }
    if (auto ok = m_state.set(kCursor, nextCursor); !ok)
        return forward(ok);
    if (auto ok = tx.commit(); !ok)
        return forward(ok);
    return applied;
}

// The till keeps its previous version: the mirror and the till's tables are not touched.
Result<void> PullStore::holdUnreadable(const QString &entity, const QString &id, qint64 version)
{
    return m_held.hold({entity, id, version, QStringLiteral("unreadable"),
                        Tr::tr("The cabinet sent this entry with text that is not UTF-8; the till keeps its "
                               "previous version until the entry is saved again in the cabinet.")},
                       {});
}

// In a snapshot the till's previous version (when it has one) is staged in its place, so the swap
// neither changes nor deletes it.
Result<void> PullStore::stageUnreadable(const QString &entity, const QString &id, qint64 version)
{
    if (auto ok = holdUnreadable(entity, id, version); !ok)
        return ok;
    const auto known = m_mirror.find(entity, id);
    if (!known)
        return forward(known);
    if (!*known)
        return {};
    QSqlQuery &q = m_db.cached(QStringLiteral(
        "INSERT OR REPLACE INTO cloud_snapshot(entity, id, version, data) VALUES (?, ?, ?, ?)"));
    q.bindValue(0, entity);
    q.bindValue(1, id);
    q.bindValue(2, (*known)->version);
    q.bindValue(3, compactText((*known)->data));
    return q.exec() ? Result<void>{} : storage(q);
}

Result<void> PullStore::stage(const QJsonArray &changes)
{
    for (const QJsonValue &v : changes) {
        const QJsonObject c = v.toObject();
        if (c.value(QLatin1String(kUnreadable)).toBool()) {
            if (auto ok = stageUnreadable(c.value(QLatin1String("entity")).toString(),
                                          c.value(QLatin1String("id")).toString(),
                                          c.value(QLatin1String("version")).toInteger());
                !ok)
                return ok;
            continue;
        }
        QSqlQuery &q = m_db.cached(QStringLiteral(
            "INSERT OR REPLACE INTO cloud_snapshot(entity, id, version, data) VALUES (?, ?, ?, ?)"));
        const QString entity = c.value(QLatin1String("entity")).toString();
        const QString id = c.value(QLatin1String("id")).toString();
        q.bindValue(0, entity);
        q.bindValue(1, id);
        q.bindValue(2, c.value(QLatin1String("version")).toInteger());
        q.bindValue(3, compactText(withoutSecrets(entity, id, c.value(QLatin1String("data")).toObject())));
        if (!q.exec())
            return storage(q);
    }
    return {};
}

Result<int> PullStore::applySnapshotPage(const QJsonArray &changes, const QString &nextCursor, bool done)
{
    Transaction tx(m_db);
    m_held.recheck();
    if (auto ok = stage(changes); !ok)
        return forward(ok);
    if (!done) {
        if (auto ok = m_state.set(kSnapshotCursor, nextCursor); !ok)
            return forward(ok);
        if (auto ok = tx.commit(); !ok)
            return forward(ok);
        return 0;
    }
    // The swap: everything below commits together with the delta cursor, or not at all.
    const auto applied = swapSnapshot(nextCursor);
    if (!applied)
        return applied;
    if (auto ok = tx.commit(); !ok)
        return forward(ok);
    return applied;
}

Result<QList<PullStore::Staged>> PullStore::stagedDifferences()
{
    QList<Staged> staged;
    QSqlQuery s =
        m_db.prepare(QStringLiteral("SELECT s.entity, s.id, s.version, s.data FROM cloud_snapshot s "
                                    "LEFT JOIN cloud_items c ON c.entity = s.entity AND c.id = s.id "
                                    "WHERE c.data IS NULL OR c.data <> s.data OR c.version <> s.version "
                                    "OR EXISTS (SELECT 1 FROM cloud_pull_quarantine q WHERE q.entity = "
                                    "s.entity AND q.id = s.id AND q.kind = 'rejected') ORDER BY ") %
                     entityOrder() % QStringLiteral(", s.version"));
    if (!s.exec())
        return storage(s);
    while (s.next())
        staged.append({s.value(0).toString(), s.value(1).toString(), s.value(2).toLongLong(),
                       QJsonDocument::fromJson(s.value(3).toString().toUtf8()).object()});
    return staged;
}

Result<int> PullStore::swapSnapshot(const QString &nextCursor)
{
    const auto staged = stagedDifferences();
    if (!staged)
        return forward(staged);
    int applied = 0;
    for (const Staged &st : *staged) {
        if (auto ok = applyChange(st.entity, st.id, QStringLiteral("upsert"), st.version, st.data); !ok)
            return forward(ok);
        ++applied;
    }
    if (auto ok = reparentCategories(*staged); !ok)
        return forward(ok);
    const auto dropped = deleteWhatTheCabinetDropped();
    if (!dropped)
        return dropped;
    QSqlQuery clear = m_db.prepare(QStringLiteral("DELETE FROM cloud_snapshot"));
    if (!clear.exec())
        return storage(clear);
    if (auto ok = m_state.remove(kSnapshotCursor); !ok)
        return forward(ok);
    if (auto ok = m_state.set(kCursor, nextCursor); !ok)
        return forward(ok);
    return applied + *dropped;
}

// Categories may name a parent that came later in the snapshot: resolve parents once more.
Result<void> PullStore::reparentCategories(const QList<Staged> &staged)
{
    for (const Staged &st : staged) {
        if (st.entity != QLatin1String("category"))
            continue;
        const QString parent = text(st.data, "parent_id");
        if (parent.isEmpty())
            continue;
        const auto self = m_mirror.localIdOf(st.entity, st.id);
        const auto parentLocal = m_mirror.localIdOf(st.entity, parent);
        if (!self || !parentLocal)
            continue;
        QSqlQuery u =
            m_db.prepare(QStringLiteral("UPDATE OR IGNORE categories SET parent_id = ? WHERE id = ?"));
        u.addBindValue(*parentLocal);
        u.addBindValue(*self);
        if (!u.exec())
            return storage(u);
    }
    return {};
}

Result<int> PullStore::deleteWhatTheCabinetDropped()
{
    QList<std::pair<QString, QString>> gone;
    QSqlQuery g = m_db.prepare(
        QStringLiteral("SELECT c.entity, c.id FROM cloud_items c WHERE NOT EXISTS "
                       "(SELECT 1 FROM cloud_snapshot s WHERE s.entity = c.entity AND s.id = c.id)"));
    if (!g.exec())
        return storage(g);
    while (g.next())
        gone.append({g.value(0).toString(), g.value(1).toString()});
    for (const auto &[entity, id] : std::as_const(gone))
        if (auto ok = applyChange(entity, id, QStringLiteral("delete"), 0, {}); !ok)
            return forward(ok);
    return int(gone.size());
}

QJsonObject PullStore::withoutSecrets(const QString &entity, const QString &id, QJsonObject data)
{
    if (!data.contains(QLatin1String("secrets")))
        return data;
    // A snapshot interrupted by a restart loses them: the item then applies with the secrets the
    // till already has, until the owner saves the settings again.
    m_secrets.insert(entity + QLatin1Char('/') + id, data.value(QLatin1String("secrets")).toObject());
    data.remove(QLatin1String("secrets"));
    return data;
}

Result<void> PullStore::applyChange(const QString &entity, const QString &id, const QString &op,
                                    qint64 version, const QJsonObject &data)
{
    const auto known = m_mirror.find(entity, id);
    if (!known)
        return forward(known);
    ApplyContext ctx{m_db,
                     m_mirror,
                     m_clock,
                     m_ownPointOfSale,
                     {},
                     std::nullopt,
                     m_secrets.take(entity + QLatin1Char('/') + id)};
    if (*known) {
        ctx.oldData = (*known)->data;
        ctx.localId = (*known)->localId;
    }
    const bool remove = op == QLatin1String("delete");
    // One item the till cannot take (a name too long, a clash with a local row) must not hold the
    // whole catalog back: it is rolled back to its savepoint, held in the pull quarantine, and kept
    // in the mirror (a resync tries it again).
    if (auto ok = m_held.release(entity, id); !ok)
        return ok;
    std::optional<Error> refused;
    if (const EntityApplier *applier = applierFor(entity); applier && (!remove || applier->remove)) {
        Transaction item(m_db);
        Result<void> r = remove ? applier->remove(ctx, id) : applier->upsert(ctx, id, data);
        if (r) {
            if (auto ok = item.commit(); !ok)
                return ok;
        } else if (r.error().code == Error::Code::Validation ||
                   r.error().message.contains(QLatin1String("constraint"), Qt::CaseInsensitive)) {
            refused = r.error(); // rolled back to the savepoint as `item` goes
        } else {
            return r; // the disk, not the data: the page rolls back and is fetched again
        }
    }
    if (refused) {
        if (auto ok = m_held.hold({entity, id, version, QStringLiteral("rejected"), refused->message},
                                  compactText(data));
            !ok)
            return ok;
    }
    if (remove)
        return m_mirror.remove(entity, id);
    return m_mirror.put(entity, id, version, ctx.localId, data);
}

} // namespace app::cloud
