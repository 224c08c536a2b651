#pragma once

// One sync cycle after another against the cloud cabinet (cabinet/PROTOCOL.md): push the outbox in
// idempotent batches, report the device's health, pull catalog changes by cursor. Everything is
// asynchronous (QNetworkAccessManager) and single-threaded: the engine lives on one thread with its
// own database connection. SyncClient puts it on a worker thread for the GUI; tests and the
// benchmark drive it on their main thread.

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

#include "app/cloud/cloudhttp.h"
#include "app/cloud/cloudoutbox.h"
#include "app/cloud/cloudtypes.h"
#include "app/cloud/pullstore.h"
#include "app/cloud/syncstate.h"
#include "app/cloud/tokenstore.h"

class QTimer;

namespace app {
class Database;
}

namespace app::cloud {

class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    explicit SyncEngine(SyncSettings settings, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Works on a connection of this thread owned by someone else (tests).
    void attachDatabase(Database *db);
    // Opens a connection of its own on the calling thread (must be the engine's thread).
    bool openDatabase(const QString &path, QString *error = nullptr);

    bool isActivated() const;
    bool isRunning() const { return m_running; }
    SyncStatus status() const { return m_status; }
    QList<QuarantinedDocument> quarantined();
    const TokenStore &tokenStore() const { return m_tokens; }

public Q_SLOTS:
    // Exchanges the 8-digit workplace code for a device token; answers with activationFinished.
    void activate(const QString &baseUrl, const QString &code, const app::cloud::DeviceInfo &device);
    // Starts a cycle now (or right after the current one). A server's Retry-After still holds.
    void syncNow();
    // Periodic cycles every intervalMs (plus a little jitter), and one right away.
    void start();
    void stop();
    void setIntervalMs(int ms);
    void setFiscalHealth(const app::cloud::FiscalHealth &health);
    // The CA file that verifies the cabinet (empty: the system's) and the permission for http://.
    void setTransport(const QString &caFile, bool allowInsecure);
    // Puts a quarantined document back into the queue.
    void release(const QString &uuid);

Q_SIGNALS:
    void statusChanged(const app::cloud::SyncStatus &status);
    void activationFinished(bool ok, const QString &message);
    void cycleFinished(bool ok);
    void batchStarted(int documents); // a push went on the wire
    void pageApplied(const QString &phase, bool snapshotDone);
    void documentsQuarantined(int count);

private:
    // A request to the stored cabinet with the device token.
    void call(const QByteArray &method, const QString &path, const QByteArray &body, CloudHttp::Handler done);
    void activated(const Answer &a, const std::optional<DeviceCredentials> &previous, const QString &base,
                   const QString &installId);

    void pushNext();
    void sendBatch(const QList<OutgoingDocument> &documents, qint64 readMs);
    void onPushAnswer(const QList<OutgoingDocument> &batch, const Answer &a);
    void onPushAccepted(const QList<OutgoingDocument> &batch, const Answer &a);
    void onBatchRefused(const QList<OutgoingDocument> &batch, const Answer &a);
    void heartbeat();
    void pull(bool resyncedThisCycle);
    void onPullAnswer(const Answer &a, bool resyncedThisCycle);
    void finishCycle();
    void failCycle(const QString &message, qint64 retryAfterMs);
    void tokenRejected(const Answer &a);
    void noteServerTime(const QJsonObject &json, const QDateTime &sentAt);
    void publish();
    void refreshCounts();
    void scheduleRetry(qint64 delayMs);
    void applyIntervalSetting();

    SyncSettings m_settings;
    TokenStore m_tokens;
    std::optional<DeviceCredentials> m_credentials;
    std::unique_ptr<Database> m_ownDb;
    Database *m_db = nullptr;
    std::unique_ptr<SyncState> m_state;
    std::unique_ptr<CloudOutbox> m_outbox;
    std::unique_ptr<PullStore> m_pull;
    CloudHttp *m_http = nullptr;
    QTimer *m_periodic = nullptr;
    QTimer *m_retry = nullptr;
    FiscalHealth m_fiscal;
    SyncStatus m_status;

    bool m_running = false;
    bool m_again = false;
    bool m_cycleOk = true;
    int m_failures = 0;
    int m_batchSize = 200;
    qint64 m_notBeforeMs = 0; // QDateTime ms since epoch; Retry-After and backoff
    QDateTime m_lastPushOk;
    std::optional<QList<OutgoingDocument>> m_prepared; // the batch after the one in flight
};

} // namespace app::cloud
