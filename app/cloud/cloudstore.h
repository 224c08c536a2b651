#pragma once

// Everything the sync engine reads from and writes to the till's SQLite file: the outbox batches
// and their outcomes, quarantine, the pull cursor, and the application of catalog pages. Every call
// is short and runs on the engine's own connection (its thread); a page and its cursor are one
// transaction, and a full resync is staged in cloud_snapshot and swapped in with one commit.

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

#include "app/cloud/cloudtypes.h"
#include "app/core/clock.h"
#include "app/core/result.h"

namespace app {
class Database;
}

namespace app::cloud {

struct OutgoingDocument
{
    QString uuid;
    QString type; // as the protocol names it (shift_close, not the outbox's "shift")
    QByteArray payload;
    QString payloadSha256;
    qint64 deviceSeq = 0;
    QDateTime createdAt;
    QString queueKey; // outbox.next_attempt_at: with the uuid, its place in the queue
};

struct DocumentOutcome
{
    QString uuid;
    QString status; // created, duplicate, conflict, rejected
    qint64 serverSeq = -1;
    QString code;
    QString message;
    QString sentSha256; // the hash that went out; the row may have changed since
};

struct PushTally
{
    int delivered = 0; // created + duplicate
    int duplicates = 0;
    int quarantined = 0;
};

struct OpenShiftInfo
{
    QString uuid;
    int number = 0;
    QDateTime openedAt;
};

class CloudStore final
{
    Q_DISABLE_COPY_MOVE(CloudStore)

public:
    explicit CloudStore(Database &db, Clock clock = systemClock());

    // The oldest pending documents (those queued after `after`, when given), each with its
    // device_seq (given once, committed before sending).
    Result<QList<OutgoingDocument>> nextBatch(int limit, const OutgoingDocument *after = nullptr);
    // The JSON body of POST /documents:batch; payloads go in byte for byte so their hash holds.
    static QByteArray batchBody(const QString &batchId, const QList<OutgoingDocument> &documents);
    // One transaction: delivered rows leave the outbox, rejected and conflicting ones are quarantined.
    Result<PushTally> applyOutcomes(const QList<DocumentOutcome> &outcomes);
    Result<void> quarantine(const QString &uuid, const QString &status, const QString &code,
                            const QString &message);
    // An attempt that ended without an answer: count it and note when the next one is due.
    Result<void> noteAttempt(const QList<OutgoingDocument> &documents, const QDateTime &next);
    // Puts a quarantined document back into the queue (after the cabinet admin fixed the cause).
    Result<bool> release(const QString &uuid);

    qint64 pendingCount();
    qint64 quarantinedCount();
    QList<QuarantinedDocument> quarantined();
    QDateTime oldestPendingAt();

    // Pull. The delta cursor; empty means the next pull starts a snapshot.
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

    std::optional<QString> state(const QString &key);
    Result<void> setState(const QString &key, const QString &value);

    int schemaVersion();
    std::optional<OpenShiftInfo> openShift();

    // The cabinet's uuids of this till's point of sale and workplace (from activation). Pulled points
    // of sale and receipt texts of other points of sale stay in the mirror only; empty: not known yet.
    // Both are also kept in sync_state, where the outbox writers read them for payload v2.
    void setOwnIdentity(const QString &pointOfSale, const QString &workplace);

private:
    Result<void> applyChange(const QString &entity, const QString &id, const QString &op, qint64 version,
                             const QJsonObject &data);
    Result<void> applyUpsert(const QString &entity, const QString &id, const QJsonObject &data,
                             std::optional<qint64> &localId);
    Result<void> applyDelete(const QString &entity, const QString &id, const QJsonObject &oldData,
                             std::optional<qint64> localId);
    Result<void> upsertProduct(const QString &id, const QJsonObject &data);
    Result<void> upsertCategory(const QString &id, const QJsonObject &data, std::optional<qint64> &localId);
    Result<void> upsertEmployee(const QString &id, const QJsonObject &data);
    Result<void> upsertUnit(const QString &id, const QJsonObject &data);
    Result<void> upsertVatRate(const QJsonObject &data);
    Result<void> upsertPaymentMethod(const QString &id, const QJsonObject &data);
    Result<void> upsertPointOfSale(const QString &id, const QJsonObject &data, bool receiptTexts);
    Result<void> upsertSettings(const QJsonObject &data, const QJsonObject &oldData);
    Result<void> upsertPrice(const QJsonObject &data);
    std::optional<qint64> localIdOf(const QString &entity, const QString &id);
    int vatCodeOf(const QJsonValue &v, int fallback);
    int unitCodeOf(const QJsonValue &v, int fallback);

    Database &m_db;
    Clock m_clock;
    QString m_ownPointOfSale;
};

// "vat20" -> 1 (tag 1199), 22 -> 11, ...; 0 when unknown.
int vatCodeFromName(const QString &name);
// "owner", "admin", "manager", "cashier", "guest" or a digit -> app::Role; -1 when unknown.
int roleFromName(const QString &name);
// "cash" / "card" / "sbp" -> PaymentType; -1 when unknown.
int paymentTypeFromName(const QString &name);

} // namespace app::cloud
