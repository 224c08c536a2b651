#include "app/cloud/syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <climits>
#include <cstdlib>

#include "app/cloud/backoff.h"
#include "app/cloud/cabinetaddress.h"
#include "app/cloud/heartbeat.h"
#include "app/cloud/pulledpage.h"
#include "app/core/tr.h"
#include "app/core/uuid.h"
#include "app/storage/database.h"

Q_LOGGING_CATEGORY(lcCloud, "pos.cloud")
Q_LOGGING_CATEGORY(lcCloudCycle, "pos.cloud.raw", QtInfoMsg)

namespace app::cloud {

namespace {

const QString kLastSuccess = QStringLiteral("cloud.last_success");
constexpr int kMaxBatch = 500; // the cabinet's limit (413 BATCH_TOO_LARGE above it)

} // namespace

SyncEngine::SyncEngine(SyncSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_tokens(m_settings.tokenPath)
    , m_http(new CloudHttp(m_settings, this))
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
    delete m_http; // aborts a request in flight before the stores its handler uses are gone
    m_http = nullptr;
}

void SyncEngine::attachDatabase(Database *db)
{
    m_db = db;
    m_pull.reset();
    m_outbox.reset();
    m_state = std::make_unique<SyncState>(*m_db);
    m_outbox = std::make_unique<CloudOutbox>(*m_db, *m_state);
    m_pull = std::make_unique<PullStore>(*m_db, *m_state);
    if (m_credentials)
        m_pull->setOwnIdentity(m_credentials->pointOfSaleId, m_credentials->workplaceId);
    const auto last = m_state->get(kLastSuccess);
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
    return m_outbox ? m_outbox->quarantined() : QList<QuarantinedDocument>{};
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

void SyncEngine::setTransport(const QString &caFile, bool allowInsecure)
{
    m_settings.caFile = caFile;
    m_settings.allowInsecure = allowInsecure;
    publish();
}

void SyncEngine::release(const QString &uuid)
{
    if (!m_outbox)
        return;
    if (auto r = m_outbox->release(uuid); !r)
        qCWarning(lcCloud) << "release failed:" << r.error().message;
    refreshCounts();
    publish();
}

void SyncEngine::refreshCounts()
{
    if (!m_outbox)
        return;
    m_status.pending = m_outbox->pendingCount();
    m_status.quarantined = m_outbox->quarantinedCount();
    m_status.catalogHeld = m_pull->quarantine().count();
}

void SyncEngine::publish()
{
    // Plain http:// to another machine is only ever used with the technician's permission; say so.
    m_status.insecure =
        m_credentials && m_settings.allowInsecure && isClearTextToAnotherHost(QUrl(m_credentials->baseUrl));
    Q_EMIT statusChanged(m_status);
}

// ---- HTTP ----

void SyncEngine::call(const QByteArray &method, const QString &path, const QByteArray &body,
                      CloudHttp::Handler done)
{
    const QString root = m_credentials ? m_credentials->baseUrl : QString();
    const QString token = m_credentials ? m_credentials->token : QString();
    m_http->call(method, root + path, body, token, [this, done = std::move(done)](const Answer &a) {
        if (a.http == 200)
            noteServerTime(a.json, a.sentAt);
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

// ---- the cycle ----

void SyncEngine::syncNow()
{
    if (!m_outbox)
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
    auto batch = m_outbox->nextBatch(m_batchSize);
    if (!batch) {
        failCycle(batch.error().message, 0);
        return;
    }
    sendBatch(*batch, took.elapsed());
    // While it is on the wire: the rows after it, with their device_seq committed.
    m_prepared.reset();
    if (!batch->isEmpty()) {
        if (auto after = m_outbox->nextBatch(m_batchSize, &batch->last()))
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
    const QByteArray body = batchBody(newUuid(), docs);
    qCDebug(lcCloudCycle) << "batch of" << docs.size() << "read in" << readMs << "ms, encoded in"
                          << took.elapsed() << "ms";
    Q_EMIT batchStarted(int(docs.size()));
    call("POST", QStringLiteral("/api/v1/documents:batch"), body,
         [this, docs](const Answer &a) { onPushAnswer(docs, a); });
}

void SyncEngine::onPushAnswer(const QList<OutgoingDocument> &batch, const Answer &a)
{
    if (a.http == 200) {
        onPushAccepted(batch, a);
        return;
    }
    m_prepared.reset();
    if (a.http == 413 || a.http == 400 || a.http == 422) {
        onBatchRefused(batch, a);
        return;
    }
    if (a.http == 401) {
        tokenRejected(a);
        return;
    }
    // No answer, 429, 5xx: the outcome is unknown or nothing was stored. The rows stay; the retry
    // sends the same uuids and the cabinet settles them as duplicates.
    if (auto ok = m_outbox->noteAttempt(batch); !ok)
        qCWarning(lcCloud) << ok.error().message;
    failCycle(CloudHttp::describe(a), a.retryAfterMs);
}

namespace {

// The per-document results of a 200, checked against what was sent at each position.
std::optional<QList<DocumentOutcome>> outcomesOf(const QList<OutgoingDocument> &batch,
                                                 const QJsonArray &results)
{
    if (results.size() != batch.size())
        return std::nullopt;
    QList<DocumentOutcome> outcomes;
    outcomes.reserve(batch.size());
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const QJsonObject r = results.at(i).toObject();
        const QJsonObject err = r.value(QLatin1String("error")).toObject();
        // Results come in input order; the uuid is checked, not trusted blindly.
        if (r.value(QLatin1String("uuid")).toString().compare(batch[i].uuid, Qt::CaseInsensitive) != 0)
            return std::nullopt;
        outcomes.append({batch[i].uuid, r.value(QLatin1String("status")).toString(),
                         r.value(QLatin1String("server_seq")).toInteger(-1),
                         err.value(QLatin1String("code")).toString(),
                         err.value(QLatin1String("message")).toString(), batch[i].payloadSha256});
    }
    return outcomes;
}

} // namespace

void SyncEngine::onPushAccepted(const QList<OutgoingDocument> &batch, const Answer &a)
{
    const QJsonArray results = a.json.value(QLatin1String("results")).toArray();
    const auto outcomes = outcomesOf(batch, results);
    if (!outcomes) {
        failCycle(results.size() != batch.size()
                      ? Tr::tr("The cabinet answered a batch of %1 documents with %2 results.")
                            .arg(batch.size())
                            .arg(results.size())
                      : Tr::tr("The cabinet answered for documents it was not sent."),
                  0);
        return;
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
    auto tally = m_outbox->applyOutcomes(*outcomes);
    if (tally && pipelined) {
        if (auto after = m_outbox->nextBatch(m_batchSize, &next->last()))
            m_prepared = std::move(*after);
    }
    if (tally) {
        if (auto ok = tx.commit(); !ok)
            tally = app::Unexpected<Error>{ok.error()};
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
    qCDebug(lcCloudCycle) << "outcomes of" << outcomes->size() << "stored in" << took.elapsed() << "ms";
    m_failures = 0;
    m_lastPushOk = QDateTime::currentDateTimeUtc();
    m_status.pending = std::max<qint64>(0, m_status.pending - tally->delivered - tally->quarantined);
    m_status.quarantined += tally->quarantined;
    if (tally->quarantined > 0)
        Q_EMIT documentsQuarantined(tally->quarantined);
    publish();
    if (!pipelined)
        pushNext(); // from the head of the queue: the end of it, or what came in meanwhile
}

// 413 / 400 / 422 for the whole batch: halve until the culprit stands alone; then it alone is
// held back and the queue moves on.
void SyncEngine::onBatchRefused(const QList<OutgoingDocument> &batch, const Answer &a)
{
    if (batch.size() > 1) {
        m_batchSize = std::max<int>(1, int(batch.size() / 2));
        pushNext();
        return;
    }
    const QString status = a.http == 413 ? QStringLiteral("too_large") : QStringLiteral("rejected");
    if (auto ok = m_outbox->quarantine(batch.first().uuid, status, a.code, a.message); !ok) {
        failCycle(ok.error().message, 0);
        return;
    }
    m_status.pending = std::max<qint64>(0, m_status.pending - 1);
    ++m_status.quarantined;
    Q_EMIT documentsQuarantined(1);
    pushNext();
}

void SyncEngine::heartbeat()
{
    const QJsonObject body =
        heartbeatBody(*m_db, *m_outbox, m_pull->quarantine(), {m_fiscal, m_status.clockSkewMs, m_lastPushOk});
    call("POST", QStringLiteral("/api/v1/devices/status"), QJsonDocument(body).toJson(QJsonDocument::Compact),
         [this](const Answer &a) {
             if (a.http == 401) {
                 tokenRejected(a);
                 return;
             }
             if (a.http == 200 && a.json.value(QLatin1String("must_resync")).toBool()) {
                 if (auto ok = m_pull->resetPull(); !ok)
                     qCWarning(lcCloud) << ok.error().message;
             }
             if (a.http != 200) {
                 // The heartbeat is advisory: the pull still runs, the cycle just does not count as clean.
                 qCInfo(lcCloud) << "heartbeat failed:" << a.http << a.networkError << a.code;
                 m_cycleOk = false;
                 m_status.lastError = CloudHttp::describe(a);
             }
             pull(false);
         });
}

void SyncEngine::pull(bool resyncedThisCycle)
{
    const QString snapshot = m_pull->snapshotCursor();
    const QString cursor = snapshot.isEmpty() ? m_pull->cursor() : snapshot;
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(m_settings.pullLimit, 1, 5000)));
    call("GET", QStringLiteral("/api/v1/changes?") + query.toString(QUrl::FullyEncoded), {},
         [this, resyncedThisCycle](const Answer &a) { onPullAnswer(a, resyncedThisCycle); });
}

void SyncEngine::onPullAnswer(const Answer &a, bool resyncedThisCycle)
{
    if (a.http == 200) {
        const auto page = readPulledPage(a.body);
        if (!page || page->nextCursor.isEmpty()) {
            failCycle(Tr::tr("The cabinet sent catalog changes without a cursor."), 0);
            return;
        }
        bool more = page->hasMore;
        bool done = false;
        Result<int> r = 0;
        if (page->phase == QLatin1String("snapshot")) {
            done = page->snapshotDone;
            r = m_pull->applySnapshotPage(page->changes, page->nextCursor, done);
            more = more || !done;
        } else {
            r = m_pull->applyDeltaPage(page->changes, page->nextCursor);
        }
        if (!r) {
            failCycle(r.error().message, 0);
            return;
        }
        Q_EMIT pageApplied(page->phase, done);
        if (more)
            pull(resyncedThisCycle);
        else
            finishCycle();
        return;
    }
    if ((a.http == 410 || (a.http == 400 && a.code == QLatin1String("BAD_CURSOR"))) && !resyncedThisCycle) {
        qCInfo(lcCloud) << "cursor refused (" << a.code << "): starting a new snapshot";
        if (auto ok = m_pull->resetPull(); !ok) {
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
    failCycle(CloudHttp::describe(a), a.retryAfterMs);
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
        if (auto ok = m_state->set(kLastSuccess, toStorage(m_status.lastSuccess)); !ok)
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
