#include "app/cloud/cloudstore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <array>

#include "app/catalog/product.h"
#include "app/core/money.h"
#include "app/core/tr.h"
#include "app/core/uuid.h"
#include "app/storage/database.h"
#include "app/sync/payloadv2.h"

Q_LOGGING_CATEGORY(lcCloudStore, "pos.cloud.store")

namespace app::cloud {

namespace {

const QString kCursor = QStringLiteral("cloud.cursor");
const QString kSnapshotCursor = QStringLiteral("cloud.snapshot_cursor");
const QString kDeviceSeq = QStringLiteral("cloud.device_seq");

fiscal::Unexpected<Error> storage(const QSqlQuery &q)
{
    return {Database::storageError(q)};
}

template<class T>
fiscal::Unexpected<Error> forward(const Result<T> &r)
{
    return {r.error()};
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject parseObject(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QString text(const QJsonObject &o, const char *key, const QString &fallback = QStringLiteral(""))
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return fallback;
}

bool flag(const QJsonObject &o, const char *key, bool fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toInteger() != 0;
    if (v.isString()) {
        const QString s = v.toString().toLower();
        return s == QLatin1String("1") || s == QLatin1String("true") || s == QLatin1String("yes");
    }
    return fallback;
}

// An integer field that may come as a number or as a string of digits.
std::optional<qint64> integer(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toInteger();
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

QString truncated(const QString &s, int limit)
{
    return s.size() > limit ? s.left(limit) : s;
}

fiscal::Unexpected<Error> invalid(QString message)
{
    return fail(Error::Code::Validation, std::move(message));
}

// A price as the cabinet sends it: a decimal string of roubles ("129.90"), an integer number of
// roubles, or `price_kopecks`. Never through a double.
std::optional<Kopecks> priceOf(const QJsonObject &data)
{
    if (auto k = integer(data.value(QLatin1String("price_kopecks"))))
        return *k;
    const QJsonValue v = data.value(QLatin1String("price"));
    Kopecks out = 0;
    if (v.isString())
        return parseKopecks(v.toString().trimmed(), out) ? std::optional<Kopecks>(out) : std::nullopt;
    if (v.isDouble()) {
        const double d = v.toDouble();
        const qint64 whole = v.toInteger();
        if (double(whole) == d)
            return whole * 100;
        // A fractional JSON number: re-read its shortest decimal text instead of multiplying.
        if (parseKopecks(QString::number(d, 'f', 2), out))
            return out;
    }
    return std::nullopt;
}

int markingTypeOf(const QJsonValue &v)
{
    if (auto n = integer(v))
        return int(*n);
    const QString s = v.toString().trimmed().toLower();
    if (s.isEmpty() || s == QLatin1String("none"))
        return int(MarkingType::None);
    static const std::array<std::pair<const char *, MarkingType>, 5> names{{{"milk", MarkingType::Milk},
                                                                            {"water", MarkingType::Water},
                                                                            {"beer", MarkingType::Beer},
                                                                            {"tobacco", MarkingType::Tobacco},
                                                                            {"shoes", MarkingType::Shoes}}};
    for (const auto &[name, type] : names)
        if (s == QLatin1String(name))
            return int(type);
    return int(MarkingType::Other);
}

QString settingValue(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return double(v.toInteger()) == v.toDouble() ? QString::number(v.toInteger())
                                                     : QString::number(v.toDouble(), 'g', 17);
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return QStringLiteral("");
}

// The outbox names a closed shift "shift"; the protocol has shift_open and shift_close.
QString protocolType(const QString &outboxType, const QJsonObject &payload)
{
    if (outboxType == QLatin1String("shift"))
        return payload.value(QLatin1String("closed_at")).toString().isEmpty() ? QStringLiteral("shift_open")
                                                                              : QStringLiteral("shift_close");
    return outboxType;
}

// Order of application inside a snapshot swap: what others refer to comes first.
const QString kEntityOrder = QStringLiteral(
    "CASE s.entity WHEN 'unit' THEN 0 WHEN 'vat_rate' THEN 1 WHEN 'category' THEN 2 WHEN 'role' THEN 3 "
    "WHEN 'employee' THEN 4 WHEN 'payment_method' THEN 5 WHEN 'point_of_sale' THEN 6 "
    "WHEN 'receipt_text' THEN 7 WHEN 'workplace_settings' THEN 8 WHEN 'product' THEN 9 "
    "WHEN 'price' THEN 10 ELSE 11 END");

} // namespace

int vatCodeFromName(const QString &name)
{
    QString s = name.trimmed().toLower();
    if (s == QLatin1String("none") || s == QLatin1String("no_vat") || s == QLatin1String("novat") ||
        s == QLatin1String("vat_none") || s == QLatin1String("без ндс"))
        return 6;
    QString digits;
    for (QChar c : s)
        if (c.isDigit())
            digits.append(c);
    if (digits.isEmpty())
        return 0;
    static const std::array<std::pair<const char *, int>, 17> codes{{{"20", 1},
                                                                     {"10", 2},
                                                                     {"120", 3},
                                                                     {"20120", 3},
                                                                     {"110", 4},
                                                                     {"10110", 4},
                                                                     {"0", 5},
                                                                     {"5", 7},
                                                                     {"7", 8},
                                                                     {"105", 9},
                                                                     {"5105", 9},
                                                                     {"107", 10},
                                                                     {"7107", 10},
                                                                     {"22", 11},
                                                                     {"122", 12},
                                                                     {"22122", 12},
                                                                     {"00", 5}}};
    for (const auto &[key, code] : codes)
        if (digits == QLatin1String(key))
            return code;
    return 0;
}

int roleFromName(const QString &name)
{
    const QString s = name.trimmed().toLower();
    static const std::array<const char *, 5> names{"owner", "admin", "manager", "cashier", "guest"};
    for (int i = 0; i < int(names.size()); ++i)
        if (s == QLatin1String(names[size_t(i)]))
            return i;
    // The owner API's employee roles (cabinet/api/openapi.yaml).
    if (s == QLatin1String("administrator"))
        return 1;
    if (s == QLatin1String("senior_cashier"))
        return 2;
    bool ok = false;
    const int n = s.toInt(&ok);
    return ok && n >= 0 && n < int(names.size()) ? n : -1;
}

int paymentTypeFromName(const QString &name)
{
    const QString s = name.trimmed().toLower();
    if (s == QLatin1String("cash") || s == QLatin1String("0"))
        return 0;
    if (s == QLatin1String("card") || s == QLatin1String("1"))
        return 1;
    if (s == QLatin1String("sbp") || s == QLatin1String("2"))
        return 2;
    return -1;
}

CloudStore::CloudStore(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{}

std::optional<QString> CloudStore::state(const QString &key)
{
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.bindValue(0, key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QString v = q.value(0).toString();
    q.finish();
    return v;
}

Result<void> CloudStore::setState(const QString &key, const QString &value)
{
    QSqlQuery &q = m_db.cached(QStringLiteral("INSERT OR REPLACE INTO sync_state(key, value) VALUES (?, ?)"));
    q.bindValue(0, key);
    q.bindValue(1, value);
    if (!q.exec())
        return storage(q);
    return {};
}

// ---- push ----

Result<QList<OutgoingDocument>> CloudStore::nextBatch(int limit, const OutgoingDocument *after)
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
    qint64 seq = state(kDeviceSeq).value_or(QStringLiteral("0")).toLongLong();
    const qint64 firstSeq = seq;
    const QString now = toStorage(m_clock());
    while (q.next()) {
        OutgoingDocument d;
        d.uuid = q.value(0).toString();
        d.payload = q.value(2).toByteArray();
        d.type = protocolType(q.value(1).toString(), parseObject(d.payload));
        d.payloadSha256 = q.value(3).toString();
        d.createdAt = fromStorage(q.value(4).toString());
        d.queueKey = q.value(6).toString();
        if (q.value(5).isNull()) {
            d.deviceSeq = ++seq;
            QSqlQuery &m = m_db.cached(QStringLiteral(
                "INSERT INTO cloud_outbox_meta(uuid, device_seq, first_sent_at) VALUES (?, ?, ?)"));
            m.bindValue(0, d.uuid);
            m.bindValue(1, d.deviceSeq);
            m.bindValue(2, now);
            if (!m.exec())
                return storage(m);
        } else {
            d.deviceSeq = q.value(5).toLongLong();
        }
        out.append(std::move(d));
    }
    if (seq != firstSeq) {
        if (auto ok = setState(kDeviceSeq, QString::number(seq)); !ok)
            return forward(ok);
    }
    if (auto ok = tx.commit(); !ok)
        return forward(ok);
    return out;
}

void CloudStore::setOwnIdentity(const QString &pointOfSale, const QString &workplace)
{
    m_ownPointOfSale = pointOfSale;
    if (auto ok = PayloadV2::rememberIdentity(m_db, pointOfSale, workplace); !ok)
        qCWarning(lcCloudStore) << "cannot store the till's identity:" << ok.error().message;
}

QByteArray CloudStore::batchBody(const QString &batchId, const QList<OutgoingDocument> &documents)
{
    QByteArray body;
    qsizetype size = 64;
    for (const auto &d : documents)
        size += d.payload.size() + 320;
    body.reserve(size);
    body += "{\"batch_id\":\"" + batchId.toLatin1() + "\",\"documents\":[";
    bool first = true;
    for (const auto &d : documents) {
        const QJsonObject payload = parseObject(d.payload);
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
        QByteArray h = compact(head);
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

Result<PushTally> CloudStore::applyOutcomes(const QList<DocumentOutcome> &outcomes)
{
    Transaction tx(m_db);
    PushTally tally;
    for (const DocumentOutcome &o : outcomes) {
        if (o.status == QLatin1String("created") || o.status == QLatin1String("duplicate")) {
            QSqlQuery &del =
                m_db.cached(QStringLiteral("DELETE FROM outbox WHERE uuid = ? AND payload_sha256 = ?"));
            del.bindValue(0, o.uuid);
            del.bindValue(1, o.sentSha256);
            if (!del.exec())
                return storage(del);
            if (del.numRowsAffected() == 0 && !o.sentSha256.isEmpty()) {
                // The row is gone (delivered by someone else), or its content changed while this
                // version was on the wire (fiscal attributes arrived): the cabinet keeps what it got
                // under this uuid, the new attributes follow under a new one.
                QSqlQuery get = m_db.prepare(QStringLiteral("SELECT payload FROM outbox WHERE uuid = ?"));
                get.addBindValue(o.uuid);
                if (!get.exec())
                    return storage(get);
                if (get.next()) {
                    const QJsonObject now = parseObject(get.value(0).toByteArray());
                    const QJsonObject follow{{QStringLiteral("schema"), PayloadV2::Schema},
                                             {QStringLiteral("document_uuid"), o.uuid},
                                             {QStringLiteral("fiscal"), now.value(QLatin1String("fiscal"))}};
                    const QByteArray bytes = compact(follow);
                    QSqlQuery f =
                        m_db.prepare(QStringLiteral("UPDATE outbox SET uuid = ?, type = 'fiscal_attributes', "
                                                    "payload = ?, payload_sha256 = ? WHERE uuid = ?"));
                    f.addBindValue(newUuid());
                    f.addBindValue(bytes);
                    f.addBindValue(QString::fromLatin1(
                        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
                    f.addBindValue(o.uuid);
                    if (!f.exec())
                        return storage(f);
                }
            }
            QSqlQuery &meta = m_db.cached(QStringLiteral("DELETE FROM cloud_outbox_meta WHERE uuid = ?"));
            meta.bindValue(0, o.uuid);
            if (!meta.exec())
                return storage(meta);
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

Result<void> CloudStore::quarantine(const QString &uuid, const QString &status, const QString &code,
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
    qCWarning(lcCloudStore) << "quarantined" << uuid << status << code << message;
    return tx.commit();
}

Result<void> CloudStore::noteAttempt(const QList<OutgoingDocument> &documents, const QDateTime &next)
{
    Q_UNUSED(next) // the order of the queue stays the order of creation; the engine owns the timer
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

Result<bool> CloudStore::release(const QString &uuid)
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

qint64 CloudStore::pendingCount()
{
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending'"));
    const qint64 n = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

qint64 CloudStore::quarantinedCount()
{
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'quarantined'"));
    const qint64 n = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

QList<QuarantinedDocument> CloudStore::quarantined()
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

QDateTime CloudStore::oldestPendingAt()
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT MIN(created_at) FROM outbox WHERE state = 'pending'"));
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return {};
    return fromStorage(q.value(0).toString());
}

int CloudStore::schemaVersion()
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

std::optional<OpenShiftInfo> CloudStore::openShift()
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT uuid, number, opened_at FROM shifts WHERE closed_at IS NULL ORDER BY id DESC LIMIT 1"));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return OpenShiftInfo{q.value(0).toString(), q.value(1).toInt(), fromStorage(q.value(2).toString())};
}

// ---- pull ----

QString CloudStore::cursor()
{
    return state(kCursor).value_or(QString());
}

QString CloudStore::snapshotCursor()
{
    return state(kSnapshotCursor).value_or(QString());
}

Result<void> CloudStore::resetPull()
{
    Transaction tx(m_db);
    QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM sync_state WHERE key IN (?, ?)"));
    q.addBindValue(kCursor);
    q.addBindValue(kSnapshotCursor);
    if (!q.exec())
        return storage(q);
    QSqlQuery s = m_db.prepare(QStringLiteral("DELETE FROM cloud_snapshot"));
    if (!s.exec())
        return storage(s);
    return tx.commit();
}

Result<int> CloudStore::applyDeltaPage(const QJsonArray &changes, const QString &nextCursor)
{
    Transaction tx(m_db);
    int applied = 0;
    for (const QJsonValue &v : changes) {
        const QJsonObject c = v.toObject();
        const QString entity = c.value(QLatin1String("entity")).toString();
        const QString id = c.value(QLatin1String("id")).toString();
        if (entity.isEmpty() || id.isEmpty())
            continue;
        if (auto ok = applyChange(entity, id, c.value(QLatin1String("op")).toString(),
                                  c.value(QLatin1String("version")).toInteger(),
                                  c.value(QLatin1String("data")).toObject());
            !ok)
            return forward(ok);
        ++applied;
    }
    if (auto ok = setState(kCursor, nextCursor); !ok)
        return forward(ok);
    if (auto ok = tx.commit(); !ok)
        return forward(ok);
    return applied;
}

Result<int> CloudStore::applySnapshotPage(const QJsonArray &changes, const QString &nextCursor, bool done)
{
    Transaction tx(m_db);
    for (const QJsonValue &v : changes) {
        const QJsonObject c = v.toObject();
        QSqlQuery &q = m_db.cached(QStringLiteral(
            "INSERT OR REPLACE INTO cloud_snapshot(entity, id, version, data) VALUES (?, ?, ?, ?)"));
        q.bindValue(0, c.value(QLatin1String("entity")).toString());
        q.bindValue(1, c.value(QLatin1String("id")).toString());
        q.bindValue(2, c.value(QLatin1String("version")).toInteger());
        q.bindValue(3, QString::fromUtf8(compact(c.value(QLatin1String("data")).toObject())));
        if (!q.exec())
            return storage(q);
    }
    if (!done) {
        if (auto ok = setState(kSnapshotCursor, nextCursor); !ok)
            return forward(ok);
        if (auto ok = tx.commit(); !ok)
            return forward(ok);
        return 0;
    }

    // The swap: everything below commits together with the delta cursor, or not at all.
    int applied = 0;
    struct Staged
    {
        QString entity, id;
        qint64 version;
        QString data;
    };
    QList<Staged> staged;
    {
        QSqlQuery s =
            m_db.prepare(QStringLiteral("SELECT s.entity, s.id, s.version, s.data FROM cloud_snapshot s "
                                        "LEFT JOIN cloud_items c ON c.entity = s.entity AND c.id = s.id "
                                        "WHERE c.data IS NULL OR c.data <> s.data OR c.version <> s.version "
                                        "ORDER BY ") %
                         kEntityOrder % QStringLiteral(", s.version"));
        if (!s.exec())
            return storage(s);
        while (s.next())
            staged.append({s.value(0).toString(), s.value(1).toString(), s.value(2).toLongLong(),
                           s.value(3).toString()});
    }
    for (const Staged &st : staged) {
        if (auto ok = applyChange(st.entity, st.id, QStringLiteral("upsert"), st.version,
                                  parseObject(st.data.toUtf8()));
            !ok)
            return forward(ok);
        ++applied;
    }
    // Categories may name a parent that came later in the snapshot: resolve parents once more.
    for (const Staged &st : staged) {
        if (st.entity != QLatin1String("category"))
            continue;
        const QJsonObject data = parseObject(st.data.toUtf8());
        const QString parent = text(data, "parent_id");
        if (parent.isEmpty())
            continue;
        const auto self = localIdOf(st.entity, st.id);
        const auto parentLocal = localIdOf(st.entity, parent);
        if (!self || !parentLocal)
            continue;
        QSqlQuery u =
            m_db.prepare(QStringLiteral("UPDATE OR IGNORE categories SET parent_id = ? WHERE id = ?"));
        u.addBindValue(*parentLocal);
        u.addBindValue(*self);
        if (!u.exec())
            return storage(u);
    }
    QList<std::pair<QString, QString>> gone;
    {
        QSqlQuery g = m_db.prepare(
            QStringLiteral("SELECT c.entity, c.id FROM cloud_items c WHERE NOT EXISTS "
                           "(SELECT 1 FROM cloud_snapshot s WHERE s.entity = c.entity AND s.id = c.id)"));
        if (!g.exec())
            return storage(g);
        while (g.next())
            gone.append({g.value(0).toString(), g.value(1).toString()});
    }
    for (const auto &[entity, id] : gone) {
        if (auto ok = applyChange(entity, id, QStringLiteral("delete"), 0, {}); !ok)
            return forward(ok);
        ++applied;
    }
    QSqlQuery clear = m_db.prepare(QStringLiteral("DELETE FROM cloud_snapshot"));
    if (!clear.exec())
        return storage(clear);
    QSqlQuery drop = m_db.prepare(QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
    drop.addBindValue(kSnapshotCursor);
    if (!drop.exec())
        return storage(drop);
    if (auto ok = setState(kCursor, nextCursor); !ok)
        return forward(ok);
    if (auto ok = tx.commit(); !ok)
        return forward(ok);
    return applied;
}

std::optional<qint64> CloudStore::localIdOf(const QString &entity, const QString &id)
{
    QSqlQuery &q =
        m_db.cached(QStringLiteral("SELECT local_id FROM cloud_items WHERE entity = ? AND id = ?"));
    q.bindValue(0, entity);
    q.bindValue(1, id);
    if (!q.exec() || !q.next() || q.value(0).isNull()) {
        q.finish();
        return std::nullopt;
    }
    const qint64 v = q.value(0).toLongLong();
    q.finish();
    return v;
}

Result<void> CloudStore::applyChange(const QString &entity, const QString &id, const QString &op,
                                     qint64 version, const QJsonObject &data)
{
    QJsonObject oldData;
    std::optional<qint64> localId;
    {
        QSqlQuery &q =
            m_db.cached(QStringLiteral("SELECT data, local_id FROM cloud_items WHERE entity = ? AND id = ?"));
        q.bindValue(0, entity);
        q.bindValue(1, id);
        if (!q.exec())
            return storage(q);
        if (q.next()) {
            oldData = parseObject(q.value(0).toString().toUtf8());
            if (!q.value(1).isNull())
                localId = q.value(1).toLongLong();
        }
        q.finish();
    }
    // One item the till cannot take (a name too long, a clash with a local row) must not hold the
    // whole catalog back: it is rolled back to its savepoint, logged, and kept in the mirror.
    {
        Transaction item(m_db);
        Result<void> r = op == QLatin1String("delete") ? applyDelete(entity, id, oldData, localId)
                                                       : applyUpsert(entity, id, data, localId);
        if (r) {
            if (auto ok = item.commit(); !ok)
                return forward(ok);
        } else if (r.error().code == Error::Code::Validation ||
                   r.error().message.contains(QLatin1String("constraint"), Qt::CaseInsensitive)) {
            qCWarning(lcCloudStore) << "not applied:" << entity << id << r.error().message;
        } else {
            return r; // the disk, not the data: the page rolls back and is fetched again
        }
    }
    if (op == QLatin1String("delete")) {
        QSqlQuery &d = m_db.cached(QStringLiteral("DELETE FROM cloud_items WHERE entity = ? AND id = ?"));
        d.bindValue(0, entity);
        d.bindValue(1, id);
        if (!d.exec())
            return storage(d);
        return {};
    }
    QSqlQuery &u = m_db.cached(QStringLiteral(
        "INSERT OR REPLACE INTO cloud_items(entity, id, version, local_id, data) VALUES (?, ?, ?, ?, ?)"));
    u.bindValue(0, entity);
    u.bindValue(1, id);
    u.bindValue(2, version);
    u.bindValue(3, localId ? QVariant(*localId) : QVariant(QMetaType(QMetaType::LongLong)));
    u.bindValue(4, QString::fromUtf8(compact(data)));
    if (!u.exec())
        return storage(u);
    return {};
}

Result<void> CloudStore::applyUpsert(const QString &entity, const QString &id, const QJsonObject &data,
                                     std::optional<qint64> &localId)
{
    if (entity == QLatin1String("product"))
        return upsertProduct(id, data);
    if (entity == QLatin1String("category"))
        return upsertCategory(id, data, localId);
    if (entity == QLatin1String("employee"))
        return upsertEmployee(id, data);
    if (entity == QLatin1String("unit"))
        return upsertUnit(id, data);
    if (entity == QLatin1String("vat_rate")) {
        QJsonObject d = data;
        if (!d.contains(QLatin1String("code")))
            d.insert(QStringLiteral("code"), vatCodeFromName(id));
        return upsertVatRate(d);
    }
    if (entity == QLatin1String("payment_method"))
        return upsertPaymentMethod(id, data);
    if (entity == QLatin1String("role")) {
        const QJsonValue methods = data.value(QLatin1String("payment_methods"));
        const int role = roleFromName(data.contains(QLatin1String("code")) ? text(data, "code") : id);
        if (role < 0 || !methods.isArray())
            return {};
        QSqlQuery d = m_db.prepare(QStringLiteral("DELETE FROM role_payment_methods WHERE role = ?"));
        d.addBindValue(role);
        if (!d.exec())
            return storage(d);
        for (const QJsonValue &m : methods.toArray()) {
            const int type =
                paymentTypeFromName(m.isDouble() ? QString::number(m.toInteger()) : m.toString());
            if (type < 0)
                continue;
            QSqlQuery i = m_db.prepare(
                QStringLiteral("INSERT OR IGNORE INTO role_payment_methods(role, method) VALUES (?, ?)"));
            i.addBindValue(role);
            i.addBindValue(type);
            if (!i.exec())
                return storage(i);
        }
        return {};
    }
    if (entity == QLatin1String("point_of_sale"))
        return upsertPointOfSale(id, data, false);
    if (entity == QLatin1String("receipt_text"))
        return upsertPointOfSale(id, data, true);
    if (entity == QLatin1String("workplace_settings")) {
        QJsonObject oldData;
        QSqlQuery &q =
            m_db.cached(QStringLiteral("SELECT data FROM cloud_items WHERE entity = ? AND id = ?"));
        q.bindValue(0, entity);
        q.bindValue(1, id);
        if (q.exec() && q.next())
            oldData = parseObject(q.value(0).toString().toUtf8());
        q.finish();
        return upsertSettings(data, oldData);
    }
    if (entity == QLatin1String("price"))
        return upsertPrice(data);
    return {}; // discount and anything newer: kept in the mirror (cloud_items) only
}

Result<void> CloudStore::applyDelete(const QString &entity, const QString &id, const QJsonObject &oldData,
                                     std::optional<qint64> localId)
{
    const QString now = toStorage(m_clock());
    if (entity == QLatin1String("product")) {
        // Sold lines refer to the product: it is deactivated, as the catalog editor does.
        QSqlQuery q =
            m_db.prepare(QStringLiteral("UPDATE products SET active = 0, updated_at = ? WHERE uuid = ?"));
        q.addBindValue(now);
        q.addBindValue(id);
        return q.exec() ? Result<void>{} : storage(q);
    }
    if (entity == QLatin1String("employee")) {
        QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE employees SET active = 0 WHERE uuid = ?"));
        q.addBindValue(id);
        return q.exec() ? Result<void>{} : storage(q);
    }
    if (entity == QLatin1String("category") && localId) {
        QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM categories WHERE id = ?"));
        q.addBindValue(*localId);
        return q.exec() ? Result<void>{} : storage(q);
    }
    if (entity == QLatin1String("payment_method")) {
        const int type =
            paymentTypeFromName(oldData.contains(QLatin1String("type")) ? text(oldData, "type") : id);
        if (type < 0)
            return {};
        QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM role_payment_methods WHERE method = ?"));
        q.addBindValue(type);
        return q.exec() ? Result<void>{} : storage(q);
    }
    if (entity == QLatin1String("workplace_settings"))
        return upsertSettings({}, oldData);
    // Units, VAT rates and texts stay: past receipts and the registrar still refer to them.
    return {};
}

int CloudStore::vatCodeOf(const QJsonValue &v, int fallback)
{
    if (v.isDouble())
        return int(v.toInteger());
    const QString s = v.toString();
    if (s.isEmpty())
        return fallback;
    QSqlQuery &q =
        m_db.cached(QStringLiteral("SELECT data FROM cloud_items WHERE entity = 'vat_rate' AND id = ?"));
    q.bindValue(0, s);
    if (q.exec() && q.next()) {
        const auto code = integer(parseObject(q.value(0).toString().toUtf8()).value(QLatin1String("code")));
        q.finish();
        if (code)
            return int(*code);
    }
    q.finish();
    const int code = vatCodeFromName(s);
    return code ? code : fallback;
}

int CloudStore::unitCodeOf(const QJsonValue &v, int fallback)
{
    if (auto n = integer(v))
        return int(*n);
    const QString s = v.toString().trimmed().toLower();
    if (s.isEmpty())
        return fallback;
    // Russian short names, and the owner API's unit codes (pcs, kg, l, m: cabinet/api/openapi.yaml).
    static const std::array<std::pair<const char *, int>, 12> known{{{"шт", 0},
                                                                     {"г", 10},
                                                                     {"кг", 11},
                                                                     {"м", 22},
                                                                     {"мл", 40},
                                                                     {"л", 41},
                                                                     {"pcs", 0},
                                                                     {"g", 10},
                                                                     {"kg", 11},
                                                                     {"m", 22},
                                                                     {"ml", 40},
                                                                     {"l", 41}}};
    for (const auto &[name, code] : known)
        if (s == QString::fromUtf8(name) || s == QString::fromUtf8(name) + QLatin1Char('.'))
            return code;
    QSqlQuery &q = m_db.cached(QStringLiteral(
        "SELECT code FROM units WHERE lower(short_name) = ? OR lower(name) = ? ORDER BY code LIMIT 1"));
    q.bindValue(0, s);
    q.bindValue(1, s);
    int code = fallback;
    if (q.exec() && q.next())
        code = q.value(0).toInt();
    q.finish();
    return code;
}

Result<void> CloudStore::upsertProduct(const QString &id, const QJsonObject &data)
{
    Product p;
    p.uuid = id;
    p.name = text(data, "name").trimmed();
    const auto price = priceOf(data);
    if (!price)
        return invalid(Tr::tr("The price of %1 is not a number of roubles.").arg(p.name));
    p.price = *price;
    p.description = text(data, "description");
    p.unitCode = unitCodeOf(data.value(QLatin1String("unit")), 0);
    p.vatCode = vatCodeOf(data.value(QLatin1String("vat")), 6);
    p.subject = int(integer(data.value(QLatin1String("subject"))).value_or(Subject::Goods));
    p.country = text(data, "country");
    p.article = text(data, "article");
    p.markingType = MarkingType(markingTypeOf(data.value(QLatin1String("marking_type"))));
    p.marked = flag(data, "marked", p.markingType != MarkingType::None);
    p.weighted = flag(data, "weighted", false);
    p.active = !flag(data, "archived", false) && flag(data, "active", true);
    const QString category =
        data.contains(QLatin1String("category_id")) ? text(data, "category_id") : text(data, "group_id");
    if (!category.isEmpty())
        p.categoryId = localIdOf(QStringLiteral("category"), category).value_or(0);
    const QJsonValue codes = data.value(QLatin1String("barcodes"));
    if (codes.isArray()) {
        for (const QJsonValue &c : codes.toArray())
            if (!c.toString().trimmed().isEmpty())
                p.barcodes.append(c.toString().trimmed());
    } else if (codes.isString() && !codes.toString().isEmpty()) {
        p.barcodes = codes.toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
    }
    // A bad barcode (wrong check digit) costs the product that code, not its place in the catalog.
    if (!p.barcodes.isEmpty()) {
        Product probe = p;
        probe.barcodes.clear();
        if (validateProduct(probe).isEmpty()) {
            QStringList kept;
            for (const QString &code : std::as_const(p.barcodes)) {
                probe.barcodes = {code};
                if (const QString why = validateProduct(probe); why.isEmpty())
                    kept.append(code);
                else
                    qCWarning(lcCloudStore) << "barcode dropped:" << id << why;
            }
            p.barcodes = kept;
        }
    }
    if (const QString why = validateProduct(p); !why.isEmpty())
        return invalid(why);

    QSqlQuery &q = m_db.cached(QStringLiteral(
        "INSERT INTO products(uuid, name, name_norm, description, price, unit_code, vat_code, category_id, "
        "subject, country, article, article_norm, marked, marking_type, weighted, active, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO UPDATE SET "
        "name = excluded.name, name_norm = excluded.name_norm, description = excluded.description, "
        "price = excluded.price, unit_code = excluded.unit_code, vat_code = excluded.vat_code, "
        "category_id = excluded.category_id, subject = excluded.subject, country = excluded.country, "
        "article = excluded.article, article_norm = excluded.article_norm, marked = excluded.marked, "
        "marking_type = excluded.marking_type, weighted = excluded.weighted, active = excluded.active, "
        "updated_at = excluded.updated_at"));
    q.bindValue(0, p.uuid);
    q.bindValue(1, p.name);
    q.bindValue(2, normaliseForSearch(p.name));
    q.bindValue(3, sqlText(p.description));
    q.bindValue(4, qint64(p.price));
    q.bindValue(5, p.unitCode);
    q.bindValue(6, p.vatCode);
    q.bindValue(7, p.categoryId ? QVariant(qint64(p.categoryId)) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(8, p.subject);
    q.bindValue(9, sqlText(p.country));
    q.bindValue(10, sqlText(p.article));
    q.bindValue(11, sqlText(normaliseForSearch(p.article)));
    q.bindValue(12, p.marked ? 1 : 0);
    q.bindValue(13, int(p.markingType));
    q.bindValue(14, p.weighted ? 1 : 0);
    q.bindValue(15, p.active ? 1 : 0);
    q.bindValue(16, toStorage(m_clock()));
    if (!q.exec())
        return storage(q);
    // Its uuid is the cabinet's id: sold lines name it in payload v2 (migration 014).
    QSqlQuery &mark = m_db.cached(QStringLiteral(
        "INSERT OR IGNORE INTO cloud_products(product_id) SELECT id FROM products WHERE uuid = ?"));
    mark.bindValue(0, p.uuid);
    if (!mark.exec())
        return storage(mark);
    if (!data.contains(QLatin1String("barcodes")))
        return {};
    QSqlQuery &idq = m_db.cached(QStringLiteral("SELECT id FROM products WHERE uuid = ?"));
    idq.bindValue(0, p.uuid);
    if (!idq.exec() || !idq.next())
        return storage(idq);
    const qint64 productId = idq.value(0).toLongLong();
    idq.finish();
    QSqlQuery &del = m_db.cached(QStringLiteral("DELETE FROM barcodes WHERE product_id = ?"));
    del.bindValue(0, productId);
    if (!del.exec())
        return storage(del);
    for (const QString &code : std::as_const(p.barcodes)) {
        // The cabinet is the authority: a code it moved to this product leaves the other one.
        QSqlQuery &ins =
            m_db.cached(QStringLiteral("INSERT OR REPLACE INTO barcodes(code, product_id) VALUES (?, ?)"));
        ins.bindValue(0, code);
        ins.bindValue(1, productId);
        if (!ins.exec())
            return storage(ins);
    }
    return {};
}

Result<void> CloudStore::upsertCategory(const QString &id, const QJsonObject &data,
                                        std::optional<qint64> &localId)
{
    Q_UNUSED(id)
    const QString name = text(data, "name").trimmed();
    if (name.isEmpty())
        return invalid(Tr::tr("A category without a name."));
    const QString parent = text(data, "parent_id");
    std::optional<qint64> parentLocal;
    if (!parent.isEmpty())
        parentLocal = localIdOf(QStringLiteral("category"), parent);
    const QVariant parentValue =
        parentLocal ? QVariant(*parentLocal) : QVariant(QMetaType(QMetaType::LongLong));
    if (localId) {
        QSqlQuery u =
            m_db.prepare(QStringLiteral("UPDATE categories SET name = ?, parent_id = ? WHERE id = ?"));
        u.addBindValue(name);
        u.addBindValue(parentValue);
        u.addBindValue(*localId);
        if (!u.exec())
            return storage(u);
        if (u.numRowsAffected() == 1)
            return {};
    }
    // A local category of the same name and parent is the same category: adopt it.
    QSqlQuery f = m_db.prepare(QStringLiteral("SELECT id FROM categories WHERE name = ? AND parent_id IS ?"));
    f.addBindValue(name);
    f.addBindValue(parentValue);
    if (!f.exec())
        return storage(f);
    if (f.next()) {
        localId = f.value(0).toLongLong();
        return {};
    }
    QSqlQuery i = m_db.prepare(QStringLiteral("INSERT INTO categories(parent_id, name) VALUES (?, ?)"));
    i.addBindValue(parentValue);
    i.addBindValue(name);
    if (!i.exec())
        return storage(i);
    localId = i.lastInsertId().toLongLong();
    return {};
}

Result<void> CloudStore::upsertEmployee(const QString &id, const QJsonObject &data)
{
    const QString name =
        (data.contains(QLatin1String("full_name")) ? text(data, "full_name") : text(data, "name")).trimmed();
    if (name.isEmpty())
        return invalid(Tr::tr("An employee without a name."));
    int role = roleFromName(text(data, "role", QStringLiteral("cashier")));
    if (role < 0)
        role = 3; // an unknown role gets the least a till user can have and still sell
    const bool active = !flag(data, "archived", false) && flag(data, "active", true);
    QSqlQuery &q = m_db.cached(QStringLiteral(
        "INSERT INTO employees(uuid, full_name, phone, email, inn, role, pin_hash, active, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO UPDATE SET full_name = excluded.full_name, "
        "phone = excluded.phone, email = excluded.email, inn = excluded.inn, role = excluded.role, "
        "failed_attempts = CASE WHEN pin_hash = excluded.pin_hash THEN failed_attempts ELSE 0 END, "
        "locked_until = CASE WHEN pin_hash = excluded.pin_hash THEN locked_until ELSE NULL END, "
        "pin_hash = excluded.pin_hash, active = excluded.active"));
    q.bindValue(0, id);
    q.bindValue(1, name);
    q.bindValue(2, text(data, "phone"));
    q.bindValue(3, text(data, "email"));
    q.bindValue(4, text(data, "inn"));
    q.bindValue(5, role);
    q.bindValue(6, text(data, "pin_hash"));
    q.bindValue(7, active ? 1 : 0);
    q.bindValue(8, toStorage(m_clock()));
    if (!q.exec())
        return storage(q);
    return {};
}

Result<void> CloudStore::upsertUnit(const QString &id, const QJsonObject &data)
{
    const auto code = data.contains(QLatin1String("code")) ? integer(data.value(QLatin1String("code")))
                                                           : integer(QJsonValue(id));
    if (!code || *code < 0 || *code > 255)
        return invalid(Tr::tr("A unit without a measure code (tag 2108)."));
    const QString name = text(data, "name", id);
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO units(code, name, short_name, fractional) VALUES (?, ?, ?, ?) ON CONFLICT(code) DO "
        "UPDATE "
        "SET name = excluded.name, short_name = excluded.short_name, fractional = excluded.fractional"));
    q.addBindValue(int(*code));
    q.addBindValue(name);
    q.addBindValue(text(data, "short_name", name));
    q.addBindValue(flag(data, "fractional", false) ? 1 : 0);
    return q.exec() ? Result<void>{} : storage(q);
}

Result<void> CloudStore::upsertVatRate(const QJsonObject &data)
{
    const auto code = integer(data.value(QLatin1String("code")));
    if (!code || *code < 1 || *code > 12)
        return invalid(Tr::tr("A VAT rate without a tag 1199 code."));
    const QJsonValue percent = data.value(QLatin1String("percent"));
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO vat_rates(code, name, percent, calculated, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, "
        "?) "
        "ON CONFLICT(code, valid_from) DO UPDATE SET name = excluded.name, percent = excluded.percent, "
        "calculated = excluded.calculated, valid_to = excluded.valid_to"));
    q.addBindValue(int(*code));
    q.addBindValue(text(data, "name", QString::number(*code)));
    q.addBindValue(integer(percent) ? QVariant(*integer(percent)) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(flag(data, "calculated", false) ? 1 : 0);
    q.addBindValue(text(data, "valid_from", QStringLiteral("2000-01-01")));
    const QString to = text(data, "valid_to");
    q.addBindValue(to.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(to));
    return q.exec() ? Result<void>{} : storage(q);
}

Result<void> CloudStore::upsertPaymentMethod(const QString &id, const QJsonObject &data)
{
    const int type = paymentTypeFromName(data.contains(QLatin1String("type")) ? text(data, "type") : id);
    if (type < 0)
        return {}; // a method this till has no hardware for: mirror only
    QSqlQuery d = m_db.prepare(QStringLiteral("DELETE FROM role_payment_methods WHERE method = ?"));
    d.addBindValue(type);
    if (!d.exec())
        return storage(d);
    if (!flag(data, "enabled", true) || flag(data, "archived", false))
        return {};
    QList<int> roles;
    const QJsonValue listed = data.value(QLatin1String("roles"));
    if (listed.isArray()) {
        for (const QJsonValue &r : listed.toArray())
            if (const int role = roleFromName(r.isDouble() ? QString::number(r.toInteger()) : r.toString());
                role >= 0)
                roles.append(role);
    } else {
        roles = {0, 1, 2, 3};
    }
    for (int role : std::as_const(roles)) {
        QSqlQuery i = m_db.prepare(
            QStringLiteral("INSERT OR IGNORE INTO role_payment_methods(role, method) VALUES (?, ?)"));
        i.addBindValue(role);
        i.addBindValue(type);
        if (!i.exec())
            return storage(i);
    }
    return {};
}

Result<void> CloudStore::upsertPointOfSale(const QString &id, const QJsonObject &data, bool receiptTexts)
{
    // The till has one point of sale, its own: another one's name or texts must not overwrite it.
    // Receipt texts without a point_of_sale_id are the organisation's, for every point of sale.
    const QString owner = receiptTexts ? text(data, "point_of_sale_id") : id;
    if (!m_ownPointOfSale.isEmpty() && !owner.isEmpty() && owner != m_ownPointOfSale)
        return {};
    QSqlQuery f = m_db.prepare(QStringLiteral("SELECT MIN(id) FROM points_of_sale"));
    if (!f.exec() || !f.next())
        return storage(f);
    const bool exists = !f.value(0).isNull();
    const qint64 posId = f.value(0).toLongLong();
    if (receiptTexts) {
        if (!exists)
            return {}; // kept in the mirror until the till has a point of sale to print them for
        QSqlQuery u =
            m_db.prepare(QStringLiteral("UPDATE points_of_sale SET receipt_store_name = ?, "
                                        "receipt_address = ?, receipt_phone = ?, receipt_footer = ? "
                                        "WHERE id = ?"));
        u.addBindValue(truncated(data.contains(QLatin1String("store_name")) ? text(data, "store_name")
                                                                            : text(data, "header"),
                                 102));
        u.addBindValue(truncated(text(data, "address"), 68));
        u.addBindValue(truncated(text(data, "phone"), 34));
        u.addBindValue(truncated(text(data, "footer"), 340));
        u.addBindValue(posId);
        return u.exec() ? Result<void>{} : storage(u);
    }
    const QString name = text(data, "name").trimmed();
    if (name.isEmpty())
        return invalid(Tr::tr("A point of sale without a name."));
    const QString address = text(data, "address");
    const QString place = text(data, "place", address);
    QSqlQuery u =
        m_db.prepare(exists ? QStringLiteral("UPDATE points_of_sale SET name = ?, address = ?, place = ? "
                                             "WHERE id = ?")
                            : QStringLiteral("INSERT INTO points_of_sale(name, address, place) "
                                             "VALUES (?, ?, ?)"));
    u.addBindValue(name);
    u.addBindValue(address);
    u.addBindValue(place);
    if (exists)
        u.addBindValue(posId);
    return u.exec() ? Result<void>{} : storage(u);
}

Result<void> CloudStore::upsertSettings(const QJsonObject &data, const QJsonObject &oldData)
{
    for (auto it = oldData.begin(); it != oldData.end(); ++it) {
        if (data.contains(it.key()))
            continue;
        QSqlQuery d = m_db.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
        d.addBindValue(it.key());
        if (!d.exec())
            return storage(d);
    }
    for (auto it = data.begin(); it != data.end(); ++it) {
        QSqlQuery u =
            m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)"));
        u.addBindValue(it.key());
        u.addBindValue(settingValue(it.value()));
        if (!u.exec())
            return storage(u);
    }
    return {};
}

Result<void> CloudStore::upsertPrice(const QJsonObject &data)
{
    const QString product = text(data, "product_id");
    const auto price = priceOf(data);
    if (product.isEmpty() || !price || *price < 0 || *price > MaxPrice)
        return invalid(Tr::tr("A price without a product or an amount."));
    QSqlQuery u =
        m_db.prepare(QStringLiteral("UPDATE products SET price = ?, updated_at = ? WHERE uuid = ?"));
    u.addBindValue(qint64(*price));
    u.addBindValue(toStorage(m_clock()));
    u.addBindValue(product);
    return u.exec() ? Result<void>{} : storage(u);
}

} // namespace app::cloud
