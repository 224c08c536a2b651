#pragma once

// One document of a push as it goes on the wire, and the body of POST /documents:batch.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

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

// The outbox names a closed shift "shift"; the protocol has shift_open and shift_close.
QString protocolType(const QString &outboxType, const QByteArray &payload);

// The JSON body of POST /documents:batch; payloads go in byte for byte so their hash holds.
QByteArray batchBody(const QString &batchId, const QList<OutgoingDocument> &documents);

} // namespace app::cloud
