#include "app/cloud/pushbatch.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "app/core/clock.h"

namespace app::cloud {

QString protocolType(const QString &outboxType, const QByteArray &payload)
{
    if (outboxType != QLatin1String("shift"))
        return outboxType;
    const QJsonObject p = QJsonDocument::fromJson(payload).object();
    return p.value(QLatin1String("closed_at")).toString().isEmpty() ? QStringLiteral("shift_open")
                                                                    : QStringLiteral("shift_close");
}

QByteArray batchBody(const QString &batchId, const QList<OutgoingDocument> &documents)
{
    QByteArray body;
    qsizetype size = 64;
    for (const auto &d : documents)
        size += d.payload.size() + 320;
    body.reserve(size);
    body += "{\"batch_id\":\"" + batchId.toLatin1() + "\",\"documents\":[";
    bool first = true;
    for (const auto &d : documents) {
        const QJsonObject payload = QJsonDocument::fromJson(d.payload).object();
        QJsonObject head{{QStringLiteral("uuid"), d.uuid},
                         {QStringLiteral("type"), d.type},
                         {QStringLiteral("device_seq"), d.deviceSeq},
                         {QStringLiteral("created_at_device"), toStorage(d.createdAt)},
                         {QStringLiteral("payload_sha256"), d.payloadSha256}};
        const QJsonValue fiscal = payload.value(QLatin1String("fiscal"));
        head.insert(QStringLiteral("fiscal"), fiscal.isObject() ? fiscal : QJsonValue(QJsonValue::Null));
        for (const char *key : {"shift_uuid", "employee_id"}) {
            const QJsonValue v = payload.value(QLatin1String(key));
            if (v.isString())
                head.insert(QLatin1String(key), v);
        }
        QByteArray h = QJsonDocument(head).toJson(QJsonDocument::Compact);
        h.chop(1); // the closing brace: the payload goes in verbatim, its hash covers these bytes
        if (!first)
            body += ',';
        first = false;
        body += h;
        body += ",\"payload\":";
        body += d.payload;
        body += '}';
    }
    body += "]}";
    return body;
}

} // namespace app::cloud
