#include "app/cloud/cloudoutbox.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include "app/cloud/sqlresult.h"
#include "app/cloud/syncstate.h"
#include "app/core/uuid.h"
#include "app/sync/payloadv2.h"

Q_LOGGING_CATEGORY(lcCloudOutbox, "pos.cloud.store")

namespace app::cloud {

namespace {

const QString kDeviceSeq = QStringLiteral("cloud.device_seq");

} // namespace

CloudOutbox::CloudOutbox(Database &db, SyncState &state, Clock clock)
    : m_db(db)
    , m_state(state)
    , m_clock(std::move(clock))
{}

Result<qint64> CloudOutbox::giveDeviceSeq(const QString &uuid, qint64 &seq, const QString &now)
{
    QSqlQuery &m = m_db.cached(
        QStringLiteral("INSERT INTO cloud_outbox_meta(uuid, device_seq, first_sent_at) VALUES (?, ?, ?)"));
    m.bindValue(0, uuid);
    m.bindValue(1, ++seq);
    m.bindValue(2, now);
    if (!m.exec())
        return storage(m);
    return seq;
}

Result<QList<OutgoingDocument>> CloudOutbox::nextBatch(int limit, const OutgoingDocument *after)
{
    Transaction tx(m_db);
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT o.uuid, o.type, o.payload, o.payload_sha256, o.created_at, m.device_seq, "
                       "o.next_attempt_at FROM outbox o LEFT JOIN cloud_outbox_meta m ON m.uuid = o.uuid "
                       "WHERE o.state = 'pending' ") %
        (after ? QStringLiteral("AND (o.next_attempt_at, o.uuid) > (?, ?) ") : QString()) %
        QStringLiteral("ORDER BY o.next_attempt_at, o.uuid LIMIT ?"));
    if (after) {
        q.addBindValue(after->queueKey);
        q.addBindValue(after->uuid);
    }
    q.addBindValue(limit);
    if (!q.exec())
        return storage(q);
    QList<OutgoingDocument> out;
    qint64 seq = m_state.get(kDeviceSeq).value_or(QStringLiteral("0")).toLongLong();
    const qint64 firstSeq = seq;
    const QString now = toStorage(m_clock());
    while (q.next()) {
        OutgoingDocument d;
        d.uuid = q.value(0).toString();
        d.payload = q.value(2).toByteArray();
        d.type = protocolType(q.value(1).toString(), d.payload);
        d.payloadSha256 = q.value(3).toString();
        d.createdAt = fromStorage(q.value(4).toString());
        d.queueKey = q.value(6).toString();
        if (!q.value(5).isNull()) {
            d.deviceSeq = q.value(5).toLongLong();
        } else if (auto given = giveDeviceSeq(d.uuid, seq, now)) {
            d.deviceSeq = *given;
        } else {
            return forward(given);
        }
        out.append(std::move(d));
    }
    if (seq != firstSeq) {
        if (auto ok = m_state.set(kDeviceSeq, QString::number(seq)); !ok)
            return forward(ok);
    }
    if (auto ok = tx.commit(); !ok)
        return forward(ok);
    return out;
}

// The row's content changed while this version was on the wire (fiscal attributes arrived): the
// cabinet keeps what it got under this uuid, the new attributes follow under a new one.
Result<void> CloudOutbox::followUnderNewUuid(const QString &uuid)
{
    QSqlQuery get = m_db.prepare(QStringLiteral("SELECT payload FROM outbox WHERE uuid = ?"));
    get.addBindValue(uuid);
    if (!get.exec())
        return storage(get);
    if (!get.next())
        return {}; // gone: delivered by someone else
    const QJsonObject now = QJsonDocument::fromJson(get.value(0).toByteArray()).object();
    const QJsonObject follow{{QStringLiteral("schema"), PayloadV2::Schema},
                             {QStringLiteral("document_uuid"), uuid},
                             {QStringLiteral("fiscal"), now.value(QLatin1String("fiscal"))}};
    const QByteArray bytes = QJsonDocument(follow).toJson(QJsonDocument::Compact);
    QSqlQuery f = m_db.prepare(QStringLiteral("UPDATE outbox SET uuid = ?, type = 'fiscal_attributes', "
                                              "payload = ?, payload_sha256 = ? WHERE uuid = ?"));
    f.addBindValue(newUuid());
    f.addBindValue(bytes);
    f.addBindValue(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    f.addBindValue(uuid);
    if (!f.exec())
        return storage(f);
    return {};
}

Result<void> CloudOutbox::delivered(const DocumentOutcome &o)
{
    QSqlQuery &del = m_db.cached(QStringLiteral("DELETE FROM outbox WHERE uuid = ? AND payload_sha256 = ?"));
    del.bindValue(0, o.uuid);
    del.bindValue(1, o.sentSha256);
    if (!del.exec())
        return storage(del);
    if (del.numRowsAffected() == 0 && !o.sentSha256.isEmpty()) {
        if (auto ok = followUnderNewUuid(o.uuid); !ok)
            return ok;
    }
    QSqlQuery &meta = m_db.cached(QStringLiteral("DELETE FROM cloud_outbox_meta WHERE uuid = ?"));
    meta.bindValue(0, o.uuid);
    if (!meta.exec())
        return storage(meta);
    return {};
}

Result<PushTally> CloudOutbox::applyOutcomes(const QList<DocumentOutcome> &outcomes)
{
    Transaction tx(m_db);
    PushTally tally;
    for (const DocumentOutcome &o : outcomes) {
        if (o.status == QLatin1String("created") || o.status == QLatin1String("duplicate")) {
            if (auto ok = delivered(o); !ok)
                return forward(ok);
            ++tally.delivered;
            if (o.status == QLatin1String("duplicate"))
                ++tally.duplicates;
        } else if (o.status == QLatin1String("conflict") || o.status == QLatin1String("rejected")) {
            if (auto ok = quarantine(o.uuid, o.status, o.code, o.message); !ok)
                return forward(ok);
            ++tally.quarantined;
        }
    }
    if (auto ok = tx.commit(); !ok)
        return forward(ok);
    return tally;
}

Result<void> CloudOutbox::quarantine(const QString &uuid, const QString &status, const QString &code,
                                     const QString &message)
{
    Transaction tx(m_db);
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE outbox SET state = 'quarantined' WHERE uuid = ?"));
    q.addBindValue(uuid);
    if (!q.exec())
        return storage(q);
    QSqlQuery r = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO cloud_quarantine(uuid, status, code, "
                                              "message, server_seq, at) VALUES (?, ?, ?, ?, NULL, ?)"));
    r.addBindValue(uuid);
    r.addBindValue(status);
    r.addBindValue(sqlText(code));
    r.addBindValue(sqlText(message));
    r.addBindValue(toStorage(m_clock()));
    if (!r.exec())
        return storage(r);
    qCWarning(lcCloudOutbox) << "quarantined" << uuid << status << code << message;
    return tx.commit();
}

// The order of the queue stays the order of creation; the engine owns the retry timer.
Result<void> CloudOutbox::noteAttempt(const QList<OutgoingDocument> &documents)
{
    Transaction tx(m_db);
    for (const auto &d : documents) {
        QSqlQuery &q =
            m_db.cached(QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE uuid = ?"));
        q.bindValue(0, d.uuid);
        if (!q.exec())
            return storage(q);
    }
    return tx.commit();
}

Result<bool> CloudOutbox::release(const QString &uuid)
{
    Transaction tx(m_db);
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE outbox SET state = 'pending' WHERE uuid = ? AND state = 'quarantined'"));
    q.addBindValue(uuid);
    if (!q.exec())
        return storage(q);
    const bool released = q.numRowsAffected() == 1;
    QSqlQuery d = m_db.prepare(QStringLiteral("DELETE FROM cloud_quarantine WHERE uuid = ?"));
    d.addBindValue(uuid);
    if (!d.exec())
        return storage(d);
    if (auto ok = tx.commit(); !ok)
        return forward(ok);
    return released;
}

qint64 CloudOutbox::pendingCount()
{
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending'"));
    const qint64 n = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

qint64 CloudOutbox::quarantinedCount()
{
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'quarantined'"));
    const qint64 n = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

QList<QuarantinedDocument> CloudOutbox::quarantined()
{
    QList<QuarantinedDocument> out;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT o.uuid, o.type, COALESCE(c.status, ''), COALESCE(c.code, ''), COALESCE(c.message, ''), "
        "COALESCE(c.at, o.created_at) FROM outbox o LEFT JOIN cloud_quarantine c ON c.uuid = o.uuid "
        "WHERE o.state = 'quarantined' ORDER BY o.created_at"));
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), fromStorage(q.value(5).toString())});
    return out;
}

QDateTime CloudOutbox::oldestPendingAt()
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT MIN(created_at) FROM outbox WHERE state = 'pending'"));
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return {};
    return fromStorage(q.value(0).toString());
}
} // namespace app::cloud
