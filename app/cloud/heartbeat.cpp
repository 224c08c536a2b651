#include "app/cloud/heartbeat.h"

#include <QJsonArray>
#include <QSqlQuery>

#include "app/cloud/cloudoutbox.h"
#include "app/cloud/pullquarantine.h"
#include "app/storage/database.h"
#include "app/version.h"

namespace app::cloud {

namespace {

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(isoUtc(t)) : QJsonValue(QJsonValue::Null);
}

int schemaVersion(Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QJsonObject shiftOf(Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT uuid, number, opened_at FROM shifts WHERE closed_at IS NULL ORDER BY id DESC LIMIT 1"));
    if (!q.exec() || !q.next())
        return QJsonObject{{QStringLiteral("state"), QStringLiteral("closed")}};
    return QJsonObject{{QStringLiteral("uuid"), q.value(0).toString()},
                       {QStringLiteral("number"), q.value(1).toInt()},
                       {QStringLiteral("opened_at"), isoUtc(fromStorage(q.value(2).toString()))},
                       {QStringLiteral("state"), QStringLiteral("open")}};
}

// What the pull holds back: the count and the first entries, so the cabinet can name them.
QJsonObject pullOf(PullQuarantine &held)
{
    constexpr int kListed = 50;
    QJsonArray items;
    for (const HeldEntity &e : held.held(kListed))
        items.append(QJsonObject{{QStringLiteral("entity"), e.entity},
                                 {QStringLiteral("id"), e.id},
                                 {QStringLiteral("version"), e.version},
                                 {QStringLiteral("kind"), e.kind},
                                 {QStringLiteral("reason"), e.reason}});
    return QJsonObject{{QStringLiteral("quarantined"), held.count()}, {QStringLiteral("items"), items}};
}

QJsonObject fnOf(const FiscalHealth &f)
{
    const auto nullIf = [](bool empty, const QJsonValue &v) {
        return empty ? QJsonValue(QJsonValue::Null) : v;
    };
    return QJsonObject{{QStringLiteral("number"), f.fnNumber},
                       {QStringLiteral("valid_until"),
                        nullIf(!f.fnValidUntil.isValid(), f.fnValidUntil.toString(Qt::ISODate))},
                       {QStringLiteral("ofd_unsent_count"), nullIf(f.ofdUnsent < 0, f.ofdUnsent)},
                       {QStringLiteral("ofd_oldest_unsent_at"), isoOrNull(f.ofdOldestUnsent)},
                       {QStringLiteral("error"), nullIf(f.error.isEmpty(), f.error)}};
}

} // namespace

QJsonObject heartbeatBody(Database &db, CloudOutbox &outbox, PullQuarantine &held,
                          const HeartbeatFacts &facts)
{
    QJsonObject body{{QStringLiteral("app_version"), QStringLiteral(PRILAVOK_VERSION)},
                     {QStringLiteral("db_schema"), schemaVersion(db)},
                     {QStringLiteral("device_time"), isoUtc(QDateTime::currentDateTimeUtc())},
                     {QStringLiteral("clock_skew_ms"), facts.clockSkewMs}};
    body.insert(QStringLiteral("outbox"),
                QJsonObject{{QStringLiteral("pending"), outbox.pendingCount()},
                            {QStringLiteral("quarantined"), outbox.quarantinedCount()},
                            {QStringLiteral("oldest_created_at"), isoOrNull(outbox.oldestPendingAt())},
                            {QStringLiteral("last_push_ok_at"), isoOrNull(facts.lastPushOk)}});
    body.insert(QStringLiteral("pull"), pullOf(held));
    if (facts.fiscal.known) {
        body.insert(QStringLiteral("kkt"),
                    QJsonObject{{QStringLiteral("serial"), facts.fiscal.kktSerial},
                                {QStringLiteral("firmware"), facts.fiscal.kktFirmware}});
        body.insert(QStringLiteral("fn"), fnOf(facts.fiscal));
    }
    body.insert(QStringLiteral("shift"), shiftOf(db));
    return body;
}

} // namespace app::cloud
