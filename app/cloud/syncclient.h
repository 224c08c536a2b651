#pragma once

// The GUI thread's handle on cloud sync. It owns a worker thread on which a SyncEngine runs with
// its own database connection and network access, so nothing here ever waits on the network or on
// SQLite; every call is posted to the worker and every answer comes back as a queued signal.
//
//     auto *sync = new app::cloud::SyncClient(db.path(), {}, this);
//     connect(sync, &SyncClient::statusChanged, badge, &SyncBadge::setStatus);
//     sync->start();

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include "app/cloud/cloudtypes.h"

class QThread;

namespace app::cloud {

class SyncEngine;

class SyncClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncClient)

public:
    // `databasePath`: the till's SQLite file, already opened (and migrated) by the composition root.
    explicit SyncClient(QString databasePath, SyncSettings settings = {}, QObject *parent = nullptr);
    ~SyncClient() override;

    // Opens the worker's connection and begins periodic sync (a first cycle runs at once).
    void start();
    SyncStatus status() const { return m_status; }
    bool isActivated() const { return m_status.state != SyncStatus::State::NotActivated; }

public Q_SLOTS:
    void syncNow();
    void activate(const QString &baseUrl, const QString &code, const app::cloud::DeviceInfo &device = {});
    void setFiscalHealth(const app::cloud::FiscalHealth &health);
    void setIntervalMs(int ms);
    // The CA file that verifies the cabinet (empty: the system's) and the technician's permission
    // for plain http:// to another machine; they take effect with the next request.
    void setTransport(const QString &caFile, bool allowInsecure);
    void release(const QString &uuid);
    // Asks the worker for the held-back documents; the answer is quarantinedDocuments().
    void requestQuarantined();

Q_SIGNALS:
    void statusChanged(const app::cloud::SyncStatus &status);
    void lastSuccessChanged(const QDateTime &utc);
    void pendingChanged(qint64 count);
    void quarantinedChanged(qint64 count);
    void errorChanged(const QString &message); // translated; empty when cleared
    void activationFinished(bool ok, const QString &message);
    void databaseError(const QString &message);
    void quarantinedDocuments(const QList<app::cloud::QuarantinedDocument> &documents);

private:
    void onStatus(const app::cloud::SyncStatus &status);

    QString m_path;
    QThread *m_thread = nullptr;
    SyncEngine *m_engine = nullptr; // lives on m_thread
    SyncStatus m_status;
    bool m_started = false;
};

} // namespace app::cloud
