#include "app/marking/lmoutbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSqlQuery>

#include "app/core/clock.h"
#include "app/logging.h"
#include "app/marking/soldcoderegister.h"
#include "app/sales/sale.h"
#include "app/storage/database.h"

namespace app {

LmOutbox::LmOutbox(Database &db, const LegacySettings &settings, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_settings(settings)
{
    connect(&m_timer, &QTimer::timeout, this, &LmOutbox::deliverNext);
    m_timer.start(std::max(settings.lmRetryMs, 50));
    QTimer::singleShot(0, this, &LmOutbox::deliverNext);
}

Result<void> LmOutbox::enqueue(Database &db, const Sale &document, bool isReturn, const QDateTime &now)
{
    QSqlQuery q = db.prepare(
        QStringLiteral("INSERT OR IGNORE INTO lm_outbox(op, cis, sale_id, created_at) VALUES (?, ?, ?, ?)"));
    for (const SaleLine &line : document.lines) {
        if (line.markingCode.isEmpty())
            continue;
        // A part of a pack: the ЛМ hears of the sale only with the pack's last unit (§2.3), which
        // the sold register, written first in the same transaction, knows.
        if (!isReturn && line.markingCheck.units > 0 && !SoldCodeRegister(db).findSold(line.markingCode))
            continue;
        q.bindValue(0, isReturn ? QStringLiteral("return") : QStringLiteral("sell"));
        q.bindValue(1, LegacyClient::identityOf(line.markingCode.toUtf8()));
        q.bindValue(2, qint64(document.id));
        q.bindValue(3, toStorage(now));
        if (!q.exec())
            return app::Unexpected<Error>{Database::storageError(q)};
    }
    return {};
}

int LmOutbox::pending()
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT count(*) FROM lm_outbox WHERE delivered_at IS NULL"));
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

void LmOutbox::deliverNext()
{
    if (m_busy)
        return;
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT id, op, cis FROM lm_outbox WHERE delivered_at IS NULL ORDER BY id LIMIT 1"));
    if (!q.exec() || !q.next())
        return;
    const qint64 id = q.value(0).toLongLong();
    const QString op = q.value(1).toString();
    QNetworkRequest request(m_settings.lmUrl.resolved(QUrl(QStringLiteral("/api/v2/cis/") + op)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QByteArray auth = (m_settings.lmLogin + QLatin1Char(':') + m_settings.lmPassword).toUtf8();
    request.setRawHeader("Authorization", "Basic " + auth.toBase64());
    request.setRawHeader("X-ClientId", m_settings.fnSerial.toUtf8());
    request.setTransferTimeout(5000);
    const QJsonObject body{{QStringLiteral("cis_list"), QJsonArray{q.value(2).toString()}}};
    m_busy = true;
    QNetworkReply *reply = m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, id] {
        reply->deleteLater();
        m_busy = false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool ok = status >= 200 && status < 300;
        QSqlQuery u = m_db.prepare(QStringLiteral("UPDATE lm_outbox SET attempts = attempts + 1, "
                                                  "delivered_at = CASE WHEN ? THEN ? END WHERE id = ?"));
        u.addBindValue(ok ? 1 : 0);
        u.addBindValue(toStorage(QDateTime::currentDateTimeUtc()));
        u.addBindValue(id);
        if (!u.exec())
            qCWarning(lcDb) << "lm_outbox:" << Database::storageError(u).message;
        if (!ok) {
            qCInfo(lcApp) << "ЛМ ЧЗ did not take /cis/ row" << id << "HTTP" << status << "- retrying later";
            return;
        }
        Q_EMIT delivered(id);
        deliverNext(); // drain what is left
    });
}

} // namespace app
