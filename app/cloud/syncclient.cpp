#include "app/cloud/syncclient.h"

#include <QPointer>
#include <QThread>

#include "app/cloud/syncengine.h"

namespace app::cloud {

SyncClient::SyncClient(QString databasePath, SyncSettings settings, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_thread(new QThread(this))
    , m_engine(new SyncEngine(std::move(settings)))
{
    qRegisterMetaType<app::cloud::SyncStatus>();
    qRegisterMetaType<app::cloud::FiscalHealth>();
    qRegisterMetaType<QList<app::cloud::QuarantinedDocument>>();
    m_thread->setObjectName(QStringLiteral("cloud-sync"));
    m_status = m_engine->status();
    m_engine->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &SyncEngine::statusChanged, this, &SyncClient::onStatus, Qt::QueuedConnection);
    connect(m_engine, &SyncEngine::activationFinished, this, &SyncClient::activationFinished,
            Qt::QueuedConnection);
    connect(this, &SyncClient::activationFinished, this, [this](bool ok) {
        if (ok)
            syncNow(); // the first snapshot and whatever waited in the outbox
    });
    m_thread->start();
}

SyncClient::~SyncClient()
{
    m_thread->quit();
    m_thread->wait();
}

void SyncClient::start()
{
    if (m_started)
        return;
    m_started = true;
    QMetaObject::invokeMethod(
        m_engine,
        [engine = m_engine, path = m_path, self = QPointer<SyncClient>(this)] {
            QString error;
            if (!engine->openDatabase(path, &error)) {
                QMetaObject::invokeMethod(
                    self,
                    [self, error] {
                        if (self)
                            Q_EMIT self->databaseError(error);
                    },
                    Qt::QueuedConnection);
                return;
            }
            engine->start();
        },
        Qt::QueuedConnection);
}

void SyncClient::syncNow()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::syncNow, Qt::QueuedConnection);
}

void SyncClient::activate(const QString &baseUrl, const QString &code, const DeviceInfo &device)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, baseUrl, code, device] { engine->activate(baseUrl, code, device); },
        Qt::QueuedConnection);
}

void SyncClient::setFiscalHealth(const FiscalHealth &health)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, health] { engine->setFiscalHealth(health); }, Qt::QueuedConnection);
}

void SyncClient::setIntervalMs(int ms)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, ms] { engine->setIntervalMs(ms); }, Qt::QueuedConnection);
}

void SyncClient::setTransport(const QString &caFile, bool allowInsecure)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, caFile, allowInsecure] { engine->setTransport(caFile, allowInsecure); },
        Qt::QueuedConnection);
}

void SyncClient::release(const QString &uuid)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, uuid] { engine->release(uuid); }, Qt::QueuedConnection);
}

void SyncClient::requestQuarantined()
{
    QMetaObject::invokeMethod(
        m_engine,
        [engine = m_engine, self = QPointer<SyncClient>(this)] {
            QList<QuarantinedDocument> list = engine->quarantined();
            QMetaObject::invokeMethod(
                self,
                [self, list = std::move(list)] {
                    if (self)
                        Q_EMIT self->quarantinedDocuments(list);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SyncClient::onStatus(const SyncStatus &status)
{
    const SyncStatus old = m_status;
    m_status = status;
    Q_EMIT statusChanged(status);
    if (old.lastSuccess != status.lastSuccess)
        Q_EMIT lastSuccessChanged(status.lastSuccess);
    if (old.pending != status.pending)
        Q_EMIT pendingChanged(status.pending);
    if (old.quarantined != status.quarantined)
        Q_EMIT quarantinedChanged(status.quarantined);
    if (old.lastError != status.lastError)
        Q_EMIT errorChanged(status.lastError);
}

} // namespace app::cloud
