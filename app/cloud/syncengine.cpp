#include "app/cloud/syncengine.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <climits>
#include <cstdlib>
#include <zlib.h>

#include "app/cloud/backoff.h"
#include "app/core/tr.h"
#include "app/core/uuid.h"
#include "app/storage/database.h"
#include "app/version.h"

Q_LOGGING_CATEGORY(lcCloud, "pos.cloud")
// Per-request timings, off unless QT_LOGGING_RULES="pos.cloud.raw.debug=true".
Q_LOGGING_CATEGORY(lcCloudRaw, "pos.cloud.raw", QtInfoMsg)

namespace app::cloud {

namespace {

const QString kLastSuccess = QStringLiteral("cloud.last_success");
constexpr int kMaxBatch = 500; // the cabinet's limit (413 BATCH_TOO_LARGE above it)

QByteArray gzip(const QByteArray &data)
{
    z_stream zs{};
    // 15 + 16: a gzip wrapper rather than zlib's; level 1 because the wire is rarely the bottleneck.
    if (deflateInit2(&zs, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&zs, uLong(data.size()))) + 32);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    const auto written = qsizetype(zs.total_out);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END)
        return {};
    out.resize(written);
    return out;
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(isoUtc(t)) : QJsonValue(QJsonValue::Null);
}

} // namespace

SyncEngine::SyncEngine(SyncSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_tokens(m_settings.tokenPath)
    , m_net(new QNetworkAccessManager(this))
    , m_periodic(new QTimer(this))
    , m_retry(new QTimer(this))
{
    m_settings.batchSize = std::clamp(m_settings.batchSize, 1, kMaxBatch);
    m_batchSize = m_settings.batchSize;
    m_retry->setSingleShot(true);
    m_retry->setTimerType(Qt::PreciseTimer); // a coarse timer may fire before the Retry-After moment
    connect(m_retry, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(m_periodic, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_credentials = m_tokens.load();
    if (m_credentials && m_credentials->token.isEmpty())
        m_credentials.reset();
    m_status.state = m_credentials ? SyncStatus::State::Idle : SyncStatus::State::NotActivated;
}

SyncEngine::~SyncEngine()
{
    if (m_inFlight) {
        m_inFlight->disconnect(this); // no handler may run on a half-destroyed engine
        m_inFlight->abort();
    }
    m_store.reset();
}

void SyncEngine::attachDatabase(Database *db)
{
    m_db = db;
    m_store = std::make_unique<CloudStore>(*m_db);
    if (m_credentials)
        m_store->setOwnIdentity(m_credentials->pointOfSaleId, m_credentials->workplaceId);
    const auto last = m_store->state(kLastSuccess);
    if (last)
        m_status.lastSuccess = fromStorage(*last);
    refreshCounts();
}

bool SyncEngine::openDatabase(const QString &path, QString *error)
{
    m_ownDb = Database::openWorker(path, error);
    if (!m_ownDb)
        return false;
    attachDatabase(m_ownDb.get());
    publish();
    return true;
}

bool SyncEngine::isActivated() const
{
    return m_credentials.has_value();
}

QList<QuarantinedDocument> SyncEngine::quarantined()
{
    return m_store ? m_store->quarantined() : QList<QuarantinedDocument>{};
}

void SyncEngine::start()
{
    setIntervalMs(m_settings.intervalMs);
    syncNow();
}

void SyncEngine::stop()
{
    m_periodic->stop();
    m_retry->stop();
}

void SyncEngine::setIntervalMs(int ms)
{
    m_settings.intervalMs = std::max(ms, 1000);
    // Up to a tenth of the interval at random, so tills started together drift apart.
    const int jitter = int(QRandomGenerator::global()->bounded(m_settings.intervalMs / 10 + 1));
    m_periodic->start(m_settings.intervalMs + jitter);
}

void SyncEngine::setFiscalHealth(const FiscalHealth &health)
{
    m_fiscal = health;
}

void SyncEngine::release(const QString &uuid)
{
    if (!m_store)
        return;
    if (auto r = m_store->release(uuid); !r)
        qCWarning(lcCloud) << "release failed:" << r.error().message;
    refreshCounts();
    publish();
}

void SyncEngine::refreshCounts()
{
    if (!m_store)
        return;
    m_status.pending = m_store->pendingCount();
    m_status.quarantined = m_store->quarantinedCount();
}

void SyncEngine::publish()
{
    Q_EMIT statusChanged(m_status);
}

// ---- HTTP ----

QNetworkReply *SyncEngine::send(const QByteArray &method, const QString &url, const QByteArray &body,
                                bool auth)
{
    QNetworkRequest req{QUrl(url)};
    req.setTransferTimeout(m_settings.requestTimeoutMs);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("prilavok/" PRILAVOK_VERSION));
    if (auth && m_credentials)
        req.setRawHeader("Authorization", "Bearer " + m_credentials->token.toLatin1());
    QByteArray payload = body;
    if (!body.isEmpty()) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (m_settings.gzipRequests && body.size() > 1024) {
            if (QByteArray z = gzip(body); !z.isEmpty()) {
                payload = std::move(z);
                req.setRawHeader("Content-Encoding", "gzip");
            }
        }
    }
    if (m_settings.decorateRequest)
        m_settings.decorateRequest(req);
    if (method == "GET")
        return m_net->get(req);
    return m_net->sendCustomRequest(req, method, payload);
}

void SyncEngine::call(const QByteArray &method, const QString &path, const QByteArray &body, bool auth,
                      Handler done, const QString &base)
{
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    const QString root = !base.isEmpty() ? base : m_credentials ? m_credentials->baseUrl : QString();
    QNetworkReply *reply = send(method, root + path, body, auth);
    m_inFlight = reply;
    QElapsedTimer wire;
    wire.start();
    connect(reply, &QNetworkReply::finished, this, [this, reply, sentAt, wire, path, done = std::move(done)] {
        reply->deleteLater();
        qCDebug(lcCloudRaw) << path.left(24) << "answered in" << wire.elapsed() << "ms, server"
                            << reply->rawHeader("Server-Timing");
        Answer a;
        a.http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bytes = reply->readAll();
        if (a.http == 0)
            a.networkError = reply->errorString();
        a.json = QJsonDocument::fromJson(bytes).object();
        const QJsonObject err = a.json.value(QLatin1String("error")).toObject();
        a.code = err.value(QLatin1String("code")).toString();
        a.message = err.value(QLatin1String("message")).toString();
        // retry_after_ms is the precise hint; Retry-After (whole seconds, rounded up) is the fallback.
        if (err.contains(QLatin1String("retry_after_ms")))
            a.retryAfterMs = err.value(QLatin1String("retry_after_ms")).toInteger();
        else if (const QByteArray ra = reply->rawHeader("Retry-After"); !ra.isEmpty())
            a.retryAfterMs = ra.trimmed().toLongLong() * 1000;
        if (a.http == 200)
            noteServerTime(a.json, sentAt);
        done(a);
    });
}

void SyncEngine::noteServerTime(const QJsonObject &json, const QDateTime &sentAt)
{
    const QDateTime server =
        QDateTime::fromString(json.value(QLatin1String("server_time")).toString(), Qt::ISODateWithMs);
    if (!server.isValid())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 mid = (sentAt.toMSecsSinceEpoch() + now.toMSecsSinceEpoch()) / 2;
    m_status.clockSkewMs = server.toMSecsSinceEpoch() - mid;
    const bool warn = std::llabs(m_status.clockSkewMs) > m_settings.skewWarnMs;
    if (warn && !m_status.clockSkewWarning)
        qCWarning(lcCloud) << "clock skew" << m_status.clockSkewMs << "ms against the cabinet";
    m_status.clockSkewWarning = warn;
}

QString SyncEngine::describe(const Answer &a) const
{
    if (a.http == 0)
        return Tr::tr("The cabinet cannot be reached: %1").arg(a.networkError);
    if (a.http == 429)
        return Tr::tr("The cabinet asks to slow down; retrying in %n second(s).", nullptr,
                      int((a.retryAfterMs + 999) / 1000));
    if (a.http >= 500)
        return Tr::tr("The cabinet has a temporary problem (HTTP %1); retrying.").arg(a.http);
    if (a.http == 403)
        return Tr::tr("The cabinet refused access to this data (HTTP 403).");
    return Tr::tr("The cabinet answered HTTP %1: %2")
        .arg(a.http)
        .arg(a.message.isEmpty() ? a.code : a.message);
}

// ---- activation ----

void SyncEngine::activate(const QString &baseUrl, const QString &code, const DeviceInfo &device)
{
    const QString digits = code.trimmed().remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    static const QRegularExpression eightDigits(QStringLiteral("^[0-9]{8}$"));
    if (!eightDigits.match(digits).hasMatch()) {
        Q_EMIT activationFinished(false, Tr::tr("The activation code is 8 digits."));
        return;
    }
    QString base = baseUrl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QUrl url(base);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        Q_EMIT activationFinished(false, Tr::tr("The cabinet address must start with https:// or http://."));
        return;
    }
    const QString installId = device.installId.isEmpty() ? m_tokens.installId() : device.installId;
    const QJsonObject body{
        {QStringLiteral("activation_code"), digits},
        {QStringLiteral("device"),
         QJsonObject{
             {QStringLiteral("install_id"), installId},
             {QStringLiteral("hostname"),
              device.hostname.isEmpty() ? QHostInfo::localHostName() : device.hostname},
             {QStringLiteral("app_version"), QStringLiteral(PRILAVOK_VERSION)},
             {QStringLiteral("os"), device.os.isEmpty() ? QSysInfo::prettyProductName() : device.os}}},
        {QStringLiteral("kkt"), QJsonObject{{QStringLiteral("model"), device.kktModel},
                                            {QStringLiteral("serial"), device.kktSerial},
                                            {QStringLiteral("reg_number"), device.kktRegNumber},
                                            {QStringLiteral("fn_number"), device.fnNumber},
                                            {QStringLiteral("ffd"), device.ffd}}}};
    // The old credentials (if any) stay in force until the new ones are stored.
    const auto previous = m_credentials;
    call(
        "POST", QStringLiteral("/api/v1/devices/activate"),
        QJsonDocument(body).toJson(QJsonDocument::Compact), false,
        [this, previous, base, installId](const Answer &a) {
            if (a.http != 200) {
                QString message;
                if (a.code == QLatin1String("ACTIVATION_CODE_INVALID"))
                    message = Tr::tr("The activation code is wrong, expired or already used. Ask the cabinet "
                                     "administrator for a new one.");
                else if (a.code == QLatin1String("UNSENT_DOCUMENTS"))
                    message = Tr::tr("The cabinet refused: the till this workplace had still reports unsent "
                                     "documents. Send them first, or ask for a code issued with --force.");
                else if (a.http == 429)
                    message = Tr::tr("Too many attempts. Try again in %n second(s).", nullptr,
                                     int(std::max<qint64>(1, (a.retryAfterMs + 999) / 1000)));
                else
                    message = describe(a);
                Q_EMIT activationFinished(false, message);
                return;
            }
            DeviceCredentials c;
            c.baseUrl = base;
            c.token = a.json.value(QLatin1String("device_token")).toString();
            c.deviceId = a.json.value(QLatin1String("device_id")).toString();
            c.workplaceId = a.json.value(QLatin1String("workplace_id")).toString();
            c.pointOfSaleId = a.json.value(QLatin1String("point_of_sale_id")).toString();
            c.organizationId = a.json.value(QLatin1String("organization_id")).toString();
            c.installId = installId;
            QString error;
            if (c.token.isEmpty()) {
                Q_EMIT activationFinished(false, Tr::tr("The cabinet sent no device token."));
                return;
            }
            if (!m_tokens.save(c, &error)) {
                Q_EMIT activationFinished(false, error);
                return;
            }
            const bool sameOrganization = previous && previous->organizationId == c.organizationId;
            m_credentials = c;
            if (m_store)
                m_store->setOwnIdentity(c.pointOfSaleId, c.workplaceId);
            // A new device starts from a fresh snapshot; another organisation's catalog must go.
            if (m_store && (!sameOrganization || a.json.value(QLatin1String("snapshot_required")).toBool())) {
                if (auto ok = m_store->resetPull(); !ok)
                    qCWarning(lcCloud) << "reset of the pull state failed:" << ok.error().message;
            }
            m_failures = 0;
            m_notBeforeMs = 0;
            m_status.state = SyncStatus::State::Idle;
            m_status.lastError.clear();
            publish();
            Q_EMIT activationFinished(true, QString());
        },
        base);
}

// ---- the cycle ----

void SyncEngine::syncNow()
{
    if (!m_store)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    if (!m_credentials) {
        refreshCounts();
        m_status.state = SyncStatus::State::NotActivated;
        publish();
        Q_EMIT cycleFinished(false);
        return;
    }
    if (m_status.state == SyncStatus::State::TokenRevoked) {
        Q_EMIT cycleFinished(false);
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now < m_notBeforeMs) {
        // Backoff or the server's Retry-After: the retry timer is already set for that moment.
        if (!m_retry->isActive())
            m_retry->start(int(std::min<qint64>(m_notBeforeMs - now, INT_MAX)));
        Q_EMIT cycleFinished(false);
        return;
    }
    m_retry->stop();
    m_running = true;
    m_cycleOk = true;
    m_batchSize = m_settings.batchSize;
    refreshCounts();
    m_status.state = SyncStatus::State::Syncing;
    publish();
    pushNext();
}

void SyncEngine::pushNext()
{
    QElapsedTimer took;
    took.start();
    auto batch = m_store->nextBatch(m_batchSize);
    if (!batch) {
        failCycle(batch.error().message, 0);
        return;
    }
    sendBatch(*batch, took.elapsed());
    // While it is on the wire: the rows after it, with their device_seq committed.
    m_prepared.reset();
    if (!batch->isEmpty()) {
        if (auto after = m_store->nextBatch(m_batchSize, &batch->last()))
            m_prepared = std::move(*after);
    }
}

void SyncEngine::sendBatch(const QList<OutgoingDocument> &docs, qint64 readMs)
{
    if (docs.isEmpty()) {
        heartbeat();
        return;
    }
    QElapsedTimer took;
    took.start();
    const QByteArray body = CloudStore::batchBody(newUuid(), docs);
    qCDebug(lcCloudRaw) << "batch of" << docs.size() << "read in" << readMs << "ms, encoded in"
                        << took.elapsed() << "ms";
    Q_EMIT batchStarted(int(docs.size()));
    call("POST", QStringLiteral("/api/v1/documents:batch"), body, true,
         [this, docs](const Answer &a) { onPushAnswer(docs, a); });
}

void SyncEngine::onPushAnswer(const QList<OutgoingDocument> &batch, const Answer &a)
{
    if (a.http == 200) {
        const QJsonArray results = a.json.value(QLatin1String("results")).toArray();
        if (results.size() != batch.size()) {
            failCycle(Tr::tr("The cabinet answered a batch of %1 documents with %2 results.")
                          .arg(batch.size())
                          .arg(results.size()),
                      0);
            return;
        }
        QList<DocumentOutcome> outcomes;
        outcomes.reserve(batch.size());
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const QJsonObject r = results.at(i).toObject();
            const QJsonObject err = r.value(QLatin1String("error")).toObject();
            // Results come in input order; the uuid is checked, not trusted blindly.
            if (r.value(QLatin1String("uuid")).toString().compare(batch[i].uuid, Qt::CaseInsensitive) != 0) {
                failCycle(Tr::tr("The cabinet answered for documents it was not sent."), 0);
                return;
            }
            outcomes.append({batch[i].uuid, r.value(QLatin1String("status")).toString(),
                             r.value(QLatin1String("server_seq")).toInteger(-1),
                             err.value(QLatin1String("code")).toString(),
                             err.value(QLatin1String("message")).toString(), batch[i].payloadSha256});
        }
        m_batchSize = std::min(m_settings.batchSize, m_batchSize * 2); // regrow after a split
        // Pipelining with one batch in flight: the next batch (read while this one was on the wire)
        // goes out first, and these outcomes are stored while the cabinet works on it. Should the
        // till die in between, these rows are simply sent again and come back as duplicates.
        std::optional<QList<OutgoingDocument>> next = std::move(m_prepared);
        m_prepared.reset();
        const bool pipelined = next && !next->isEmpty();
        if (pipelined)
            sendBatch(*next, 0);
        QElapsedTimer took;
        took.start();
        // These outcomes and the batch after the one now in flight share one commit (one fsync).
        Transaction tx(*m_db);
        auto tally = m_store->applyOutcomes(outcomes);
        if (tally && pipelined) {
            if (auto after = m_store->nextBatch(m_batchSize, &next->last()))
                m_prepared = std::move(*after);
        }
        if (tally) {
            if (auto ok = tx.commit(); !ok)
                tally = fiscal::Unexpected<Error>{ok.error()};
        }
        if (!tally) {
            m_prepared.reset();
            if (!pipelined) {
                failCycle(tally.error().message, 0);
            } else {
                qCWarning(lcCloud) << "outcomes not stored, the batch will be sent again:"
                                   << tally.error().message;
                m_cycleOk = false;
                m_status.lastError = tally.error().message;
            }
            return;
        }
        qCDebug(lcCloudRaw) << "outcomes of" << outcomes.size() << "stored in" << took.elapsed() << "ms";
        m_failures = 0;
        m_lastPushOk = QDateTime::currentDateTimeUtc();
        m_status.pending = std::max<qint64>(0, m_status.pending - tally->delivered - tally->quarantined);
        m_status.quarantined += tally->quarantined;
        if (tally->quarantined > 0)
            Q_EMIT documentsQuarantined(tally->quarantined);
        publish();
        if (!pipelined)
            pushNext(); // from the head of the queue: the end of it, or what came in meanwhile
        return;
    }
    m_prepared.reset();
    const bool tooLarge = a.http == 413;
    const bool badBatch = a.http == 400 || a.http == 422;
    if (tooLarge || badBatch) {
        // Halve until the culprit stands alone; then it alone is held back, the queue moves on.
        if (batch.size() > 1) {
            m_batchSize = std::max<int>(1, int(batch.size() / 2));
            pushNext();
            return;
        }
        const QString status = tooLarge ? QStringLiteral("too_large") : QStringLiteral("rejected");
        if (auto ok = m_store->quarantine(batch.first().uuid, status, a.code, a.message); !ok) {
            failCycle(ok.error().message, 0);
            return;
        }
        m_status.pending = std::max<qint64>(0, m_status.pending - 1);
        ++m_status.quarantined;
        Q_EMIT documentsQuarantined(1);
        pushNext();
        return;
    }
    if (a.http == 401) {
        tokenRejected(a);
        return;
    }
    // No answer, 429, 5xx: the outcome is unknown or nothing was stored. The rows stay; the retry
    // sends the same uuids and the cabinet settles them as duplicates.
    if (auto ok = m_store->noteAttempt(batch, {}); !ok)
        qCWarning(lcCloud) << ok.error().message;
    failCycle(describe(a), a.retryAfterMs);
}

void SyncEngine::heartbeat()
{
    QJsonObject body{{QStringLiteral("app_version"), QStringLiteral(PRILAVOK_VERSION)},
                     {QStringLiteral("db_schema"), m_store->schemaVersion()},
                     {QStringLiteral("device_time"), isoUtc(QDateTime::currentDateTimeUtc())},
                     {QStringLiteral("clock_skew_ms"), m_status.clockSkewMs}};
    QJsonObject outbox{{QStringLiteral("pending"), m_store->pendingCount()},
                       {QStringLiteral("quarantined"), m_store->quarantinedCount()},
                       {QStringLiteral("oldest_created_at"), isoOrNull(m_store->oldestPendingAt())},
                       {QStringLiteral("last_push_ok_at"), isoOrNull(m_lastPushOk)}};
    body.insert(QStringLiteral("outbox"), outbox);
    if (m_fiscal.known) {
        body.insert(QStringLiteral("kkt"), QJsonObject{{QStringLiteral("serial"), m_fiscal.kktSerial},
                                                       {QStringLiteral("firmware"), m_fiscal.kktFirmware}});
        body.insert(
            QStringLiteral("fn"),
            QJsonObject{
                {QStringLiteral("number"), m_fiscal.fnNumber},
                {QStringLiteral("valid_until"), m_fiscal.fnValidUntil.isValid()
                                                    ? QJsonValue(m_fiscal.fnValidUntil.toString(Qt::ISODate))
                                                    : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("ofd_unsent_count"),
                 m_fiscal.ofdUnsent >= 0 ? QJsonValue(m_fiscal.ofdUnsent) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("ofd_oldest_unsent_at"), isoOrNull(m_fiscal.ofdOldestUnsent)},
                {QStringLiteral("error"),
                 m_fiscal.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_fiscal.error)}});
    }
    if (const auto shift = m_store->openShift()) {
        body.insert(QStringLiteral("shift"),
                    QJsonObject{{QStringLiteral("uuid"), shift->uuid},
                                {QStringLiteral("number"), shift->number},
                                {QStringLiteral("opened_at"), isoUtc(shift->openedAt)},
                                {QStringLiteral("state"), QStringLiteral("open")}});
    } else {
        body.insert(QStringLiteral("shift"),
                    QJsonObject{{QStringLiteral("state"), QStringLiteral("closed")}});
    }
    call("POST", QStringLiteral("/api/v1/devices/status"), QJsonDocument(body).toJson(QJsonDocument::Compact),
         true, [this](const Answer &a) {
             if (a.http == 401) {
                 tokenRejected(a);
                 return;
             }
             if (a.http == 200 && a.json.value(QLatin1String("must_resync")).toBool()) {
                 if (auto ok = m_store->resetPull(); !ok)
                     qCWarning(lcCloud) << ok.error().message;
             }
             if (a.http != 200) {
                 // The heartbeat is advisory: the pull still runs, the cycle just does not count as clean.
                 qCInfo(lcCloud) << "heartbeat failed:" << a.http << a.networkError << a.code;
                 m_cycleOk = false;
                 m_status.lastError = describe(a);
             }
             pull(false);
         });
}

void SyncEngine::pull(bool resyncedThisCycle)
{
    const QString snapshot = m_store->snapshotCursor();
    const QString cursor = snapshot.isEmpty() ? m_store->cursor() : snapshot;
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(m_settings.pullLimit, 1, 5000)));
    call("GET", QStringLiteral("/api/v1/changes?") + query.toString(QUrl::FullyEncoded), {}, true,
         [this, resyncedThisCycle](const Answer &a) {
             if (a.http == 200) {
                 const QString phase = a.json.value(QLatin1String("phase")).toString();
                 const QJsonArray changes = a.json.value(QLatin1String("changes")).toArray();
                 const QString next = a.json.value(QLatin1String("next_cursor")).toString();
                 const bool hasMore = a.json.value(QLatin1String("has_more")).toBool();
                 if (next.isEmpty()) {
                     failCycle(Tr::tr("The cabinet sent catalog changes without a cursor."), 0);
                     return;
                 }
                 bool more = hasMore;
                 bool done = false;
                 if (phase == QLatin1String("snapshot")) {
                     done = a.json.value(QLatin1String("snapshot_done")).toBool();
                     auto r = m_store->applySnapshotPage(changes, next, done);
                     if (!r) {
                         failCycle(r.error().message, 0);
                         return;
                     }
                     more = !done || hasMore;
                 } else {
                     auto r = m_store->applyDeltaPage(changes, next);
                     if (!r) {
                         failCycle(r.error().message, 0);
                         return;
                     }
                 }
                 Q_EMIT pageApplied(phase, done);
                 if (more)
                     pull(resyncedThisCycle);
                 else
                     finishCycle();
                 return;
             }
             if ((a.http == 410 || (a.http == 400 && a.code == QLatin1String("BAD_CURSOR"))) &&
                 !resyncedThisCycle) {
                 qCInfo(lcCloud) << "cursor refused (" << a.code << "): starting a new snapshot";
                 if (auto ok = m_store->resetPull(); !ok) {
                     failCycle(ok.error().message, 0);
                     return;
                 }
                 pull(true);
                 return;
             }
             if (a.http == 401) {
                 tokenRejected(a);
                 return;
             }
             failCycle(describe(a), a.retryAfterMs);
         });
}

void SyncEngine::tokenRejected(const Answer &a)
{
    m_prepared.reset();
    m_running = false;
    m_again = false;
    m_retry->stop();
    m_status.state = SyncStatus::State::TokenRevoked;
    m_status.lastError =
        a.code == QLatin1String("TOKEN_REVOKED")
            ? Tr::tr("The cabinet has revoked this till's access. Activate it again with a new "
                     "workplace code; unsent documents are kept.")
            : Tr::tr("The cabinet does not recognise this till. Activate it again with a new "
                     "workplace code; unsent documents are kept.");
    refreshCounts();
    publish();
    Q_EMIT cycleFinished(false);
}

void SyncEngine::applyIntervalSetting()
{
    // The cabinet may set the interval through workplace_settings (sync_interval_s).
    if (!m_db)
        return;
    QSqlQuery q = m_db->prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'sync_interval_s'"));
    if (!q.exec() || !q.next())
        return;
    bool ok = false;
    const int seconds = q.value(0).toString().toInt(&ok);
    if (ok && seconds >= 5 && seconds <= 86400 && seconds * 1000 != m_settings.intervalMs &&
        m_periodic->isActive())
        setIntervalMs(seconds * 1000);
}

void SyncEngine::finishCycle()
{
    m_running = false;
    refreshCounts();
    if (m_cycleOk) {
        m_failures = 0;
        m_status.lastSuccess = QDateTime::currentDateTimeUtc();
        if (auto ok = m_store->setState(kLastSuccess, toStorage(m_status.lastSuccess)); !ok)
            qCWarning(lcCloud) << ok.error().message;
        m_status.lastError.clear();
        m_status.state = SyncStatus::State::Idle;
    } else {
        // Something advisory failed (the heartbeat): retry on the backoff schedule as well.
        ++m_failures;
        scheduleRetry(backoffDelayMs(m_failures, m_settings.backoffBaseMs, m_settings.backoffCapMs,
                                     QRandomGenerator::global()->generate()));
        m_status.state = SyncStatus::State::Error;
    }
    applyIntervalSetting();
    publish();
    Q_EMIT cycleFinished(m_cycleOk);
    if (m_again) {
        m_again = false;
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
    }
}

void SyncEngine::scheduleRetry(qint64 delayMs)
{
    m_notBeforeMs = QDateTime::currentMSecsSinceEpoch() + delayMs;
    m_retry->start(int(std::min<qint64>(delayMs, INT_MAX)));
}

void SyncEngine::failCycle(const QString &message, qint64 retryAfterMs)
{
    m_prepared.reset();
    ++m_failures;
    const qint64 delay = backoffDelayMs(m_failures, m_settings.backoffBaseMs, m_settings.backoffCapMs,
                                        QRandomGenerator::global()->generate(), retryAfterMs);
    qCInfo(lcCloud) << "sync failed:" << message << "- retry in" << delay << "ms";
    scheduleRetry(delay);
    m_running = false;
    m_again = false; // the retry timer is the next attempt
    refreshCounts();
    m_status.state = SyncStatus::State::Error;
    m_status.lastError = message;
    publish();
    Q_EMIT cycleFinished(false);
}

} // namespace app::cloud
