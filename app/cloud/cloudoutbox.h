#pragma once

// The push side of the till's SQLite file: which outbox rows go next (with their device_seq), what
// the cabinet's answer does to them (delivered rows leave, rejected and conflicting ones are held in
// quarantine), and the figures the status and the heartbeat show. Owns cloud_outbox_meta,
// cloud_quarantine and the outbox's `state`; the sales model writes the rows (app/sync/outbox.h).

#include <QDateTime>
#include <QList>
#include <QString>

#include "app/cloud/cloudtypes.h"
#include "app/cloud/pushbatch.h"
#include "app/core/clock.h"
#include "app/core/result.h"

namespace app {
class Database;
}

namespace app::cloud {

class SyncState;

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

class CloudOutbox final
{
    Q_DISABLE_COPY_MOVE(CloudOutbox)

public:
    CloudOutbox(Database &db, SyncState &state, Clock clock = systemClock());

    // The oldest pending documents (those queued after `after`, when given), each with its
    // device_seq (given once, committed before sending).
    Result<QList<OutgoingDocument>> nextBatch(int limit, const OutgoingDocument *after = nullptr);
    // One transaction: delivered rows leave the outbox, rejected and conflicting ones are quarantined.
    Result<PushTally> applyOutcomes(const QList<DocumentOutcome> &outcomes);
    Result<void> quarantine(const QString &uuid, const QString &status, const QString &code,
                            const QString &message);
    // An attempt that ended without an answer: count it.
    Result<void> noteAttempt(const QList<OutgoingDocument> &documents);
    // Puts a quarantined document back into the queue (after the cabinet admin fixed the cause).
    Result<bool> release(const QString &uuid);

    qint64 pendingCount();
    qint64 quarantinedCount();
    QList<QuarantinedDocument> quarantined();
    QDateTime oldestPendingAt();

private:
    Result<qint64> giveDeviceSeq(const QString &uuid, qint64 &seq, const QString &now);
    Result<void> delivered(const DocumentOutcome &o);
    Result<void> followUnderNewUuid(const QString &uuid);

    Database &m_db;
    SyncState &m_state;
    Clock m_clock;
};

} // namespace app::cloud
