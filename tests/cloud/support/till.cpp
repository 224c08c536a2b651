#include "till.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>

#include "app/core/uuid.h"
#include "app/storage/database.h"
#include "app/sync/outbox.h"

namespace cloudtest {

QStringList enqueueSales(app::Database &db, int count, int lines, const QString &salt)
{
    QStringList uuids;
    uuids.reserve(count);
    app::Transaction tx(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        QJsonArray items;
        qint64 total = 0;
        for (int l = 0; l < lines; ++l) {
            const qint64 price = 4990 + 100 * l;
            total += price;
            items.append(QJsonObject{{QStringLiteral("position"), l + 1},
                                     {QStringLiteral("product_id"), l + 1},
                                     {QStringLiteral("name"), QStringLiteral("Товар %1%2").arg(l).arg(salt)},
                                     {QStringLiteral("price"), price},
                                     {QStringLiteral("quantity_milli"), 1000},
                                     {QStringLiteral("unit"), 0},
                                     {QStringLiteral("vat"), 11},
                                     {QStringLiteral("subject"), 1},
                                     {QStringLiteral("payment_method"), 4},
                                     {QStringLiteral("total"), price},
                                     {QStringLiteral("vat_amount"), price * 22 / 122}});
        }
        const QString uuid = app::newUuid();
        const QJsonObject payload{
            {QStringLiteral("v"), 1},
            {QStringLiteral("uuid"), uuid},
            {QStringLiteral("kind"), QStringLiteral("sale")},
            {QStringLiteral("number"), i + 1},
            {QStringLiteral("total"), total},
            {QStringLiteral("lines"), items},
            {QStringLiteral("payments"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), 0}, {QStringLiteral("amount"), total}}}},
            {QStringLiteral("fiscal"), QJsonObject{{QStringLiteral("fn"), QStringLiteral("7380440800123456")},
                                                   {QStringLiteral("fd"), i + 1},
                                                   {QStringLiteral("fp"), 1234567890}}}};
        if (!app::Outbox::enqueue(db, uuid, QStringLiteral("sale"), payload, now.addMSecs(i)))
            return {};
        uuids.append(uuid);
    }
    if (!tx.commit())
        return {};
    return uuids;
}

qint64 outboxRows(app::Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox"));
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 scalar(app::Database &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

app::cloud::SyncSettings testSettings(const QString &dir)
{
    app::cloud::SyncSettings s;
    s.tokenPath = dir + QStringLiteral("/device.json");
    s.batchSize = 50;
    s.pullLimit = 100;
    s.backoffBaseMs = 5;
    s.backoffCapMs = 200;
    s.requestTimeoutMs = 60'000;
    return s;
}

bool runCycle(app::cloud::SyncEngine &engine)
{
    QSignalSpy spy(&engine, &app::cloud::SyncEngine::cycleFinished);
    engine.syncNow();
    while (spy.isEmpty())
        if (!spy.wait(120'000))
            return false;
    return spy.first().first().toBool();
}

bool drain(app::cloud::SyncEngine &engine, int maxCycles)
{
    QSignalSpy spy(&engine, &app::cloud::SyncEngine::cycleFinished);
    engine.syncNow();
    for (int seen = 0; seen < maxCycles;) {
        if (spy.isEmpty() && !spy.wait(120'000))
            return false;
        while (!spy.isEmpty()) {
            const bool ok = spy.takeFirst().first().toBool();
            ++seen;
            if (ok && engine.status().pending == 0)
                return true;
            if (engine.status().state == app::cloud::SyncStatus::State::TokenRevoked)
                return false;
        }
    }
    return false;
}

QString activate(app::cloud::SyncEngine &engine, const QString &baseUrl, const QString &code)
{
    QSignalSpy spy(&engine, &app::cloud::SyncEngine::activationFinished);
    engine.activate(baseUrl, code, {});
    if (spy.isEmpty() && !spy.wait(60'000))
        return QStringLiteral("no answer");
    const auto args = spy.first();
    return args.at(0).toBool() ? QString() : args.at(1).toString();
}

} // namespace cloudtest
