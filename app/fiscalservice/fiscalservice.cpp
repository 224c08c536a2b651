#include "app/fiscalservice/fiscalservice.h"

#include <QThread>

#include "app/fiscalservice/fiscalworker.h"

namespace app {

namespace {

void registerTypes()
{
    qRegisterMetaType<app::DeviceHealth>();
    qRegisterMetaType<app::FiscalJobOutcome>();
    qRegisterMetaType<app::MarkingVerdict>();
    qRegisterMetaType<app::FiscalOperationResult>();
    qRegisterMetaType<app::FiscalMessage>();
    qRegisterMetaType<app::RegistrarInfo>();
}

} // namespace

FiscalService::FiscalService(const FiscalServiceSettings &settings, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new FiscalWorker(settings))
{
    registerTypes();
    m_thread->setObjectName(QStringLiteral("fiscal"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &FiscalWorker::start);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &FiscalWorker::healthChanged, this, [this](const DeviceHealth &h) {
        m_health = h;
        Q_EMIT healthChanged(h);
    });
    connect(m_worker, &FiscalWorker::jobStarted, this, &FiscalService::jobStarted);
    connect(m_worker, &FiscalWorker::jobFinished, this, &FiscalService::jobFinished);
    connect(m_worker, &FiscalWorker::markingChecked, this, &FiscalService::markingChecked);
    connect(m_worker, &FiscalWorker::operationFinished, this, &FiscalService::operationFinished);
    connect(m_worker, &FiscalWorker::deviceInfoRead, this, &FiscalService::deviceInfoRead);
    connect(m_worker, &FiscalWorker::reversalRequired, this, &FiscalService::reversalRequired);
    m_thread->start();
}

FiscalService::~FiscalService()
{
    // Let the job in progress finish its device exchange and journal write, then close the port.
    QMetaObject::invokeMethod(m_worker, &FiscalWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QString FiscalService::saleBlockedReason() const
{
    return app::saleBlockedReason(m_health);
}

bool FiscalService::mustCloseShiftFirst() const
{
    return m_health.shiftAlert == ShiftAlert::Expired || m_health.shiftAlert == ShiftAlert::Stale;
}

void FiscalService::process()
{
    QMetaObject::invokeMethod(m_worker, &FiscalWorker::process, Qt::QueuedConnection);
}

void FiscalService::refreshHealth()
{
    QMetaObject::invokeMethod(m_worker, &FiscalWorker::refreshHealth, Qt::QueuedConnection);
}

int FiscalService::checkMarkingCode(const QString &code, int plannedStatus, const QByteArray &tlvs)
{
    const int id = nextRequest();
    QMetaObject::invokeMethod(m_worker, "checkMarkingCode", Qt::QueuedConnection, Q_ARG(int, id),
                              Q_ARG(QString, code), Q_ARG(int, plannedStatus), Q_ARG(QByteArray, tlvs));
    return id;
}

int FiscalService::xReport()
{
    const int id = nextRequest();
    QMetaObject::invokeMethod(m_worker, "enqueueXReport", Qt::QueuedConnection, Q_ARG(int, id));
    return id;
}

int FiscalService::cancelReceipt()
{
    const int id = nextRequest();
    QMetaObject::invokeMethod(m_worker, "cancelReceipt", Qt::QueuedConnection, Q_ARG(int, id));
    return id;
}

int FiscalService::continuePrinting()
{
    const int id = nextRequest();
    QMetaObject::invokeMethod(m_worker, "continuePrinting", Qt::QueuedConnection, Q_ARG(int, id));
    return id;
}

int FiscalService::printCopy(const QString &saleUuid)
{
    const int id = nextRequest();
    QMetaObject::invokeMethod(m_worker, "printCopy", Qt::QueuedConnection, Q_ARG(int, id),
                              Q_ARG(QString, saleUuid));
    return id;
}

int FiscalService::readFnStatus()
{
    const int id = nextRequest();
    QMetaObject::invokeMethod(m_worker, "readFnStatus", Qt::QueuedConnection, Q_ARG(int, id));
    return id;
}

int FiscalService::readDeviceInfo()
{
    const int id = nextRequest();
    QMetaObject::invokeMethod(m_worker, "readDeviceInfo", Qt::QueuedConnection, Q_ARG(int, id));
    return id;
}

int FiscalService::printText(const QStringList &lines)
{
    const int id = nextRequest();
    QMetaObject::invokeMethod(m_worker, "printText", Qt::QueuedConnection, Q_ARG(int, id),
                              Q_ARG(QStringList, lines));
    return id;
}

void FiscalService::retryJob(qint64 jobId)
{
    QMetaObject::invokeMethod(m_worker, "retryJob", Qt::QueuedConnection, Q_ARG(qint64, jobId));
}

void FiscalService::abandonJob(qint64 jobId)
{
    QMetaObject::invokeMethod(m_worker, "abandonJob", Qt::QueuedConnection, Q_ARG(qint64, jobId));
}

void FiscalService::receiptTextsChanged()
{
    QMetaObject::invokeMethod(m_worker, &FiscalWorker::receiptTextsChanged, Qt::QueuedConnection);
}

} // namespace app
