#pragma once

// The fiscal service as the UI sees it (GUI thread): a facade over FiscalWorker, which runs on its
// own QThread and alone touches the registrar. Calls return at once; results come back as signals.
//
//   FiscalServiceSettings s;
//   s.deviceUrl = "serial:/dev/ttyUSB0"; s.databasePath = db.path();
//   FiscalService fiscal(s);              // starts the thread, settles any interrupted job
//   connect(&fiscal, &FiscalService::healthChanged, badge, ...);
//   sales.complete(...);                  // the model journals a `queued` fiscal job ...
//   fiscal.process();                     // ... and the worker sends it now (it also polls)
//
// Journaled operations (sale, return, correction, cash in/out, open shift, Z report) are queued by
// the model's services; the X report is queued here. Everything else is a direct request with an
// id that comes back in operationFinished / markingChecked.

#include <QObject>
#include <QStringList>

#include "app/devicesetup/registrarinfo.h"
#include "app/fiscalservice/devicehealth.h"
#include "app/fiscalservice/fiscalresults.h"
#include "app/fiscalservice/fiscalservicesettings.h"

class QThread;

namespace app {

class FiscalWorker;

class FiscalService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FiscalService)

public:
    explicit FiscalService(const FiscalServiceSettings &settings, QObject *parent = nullptr);
    ~FiscalService() override;

    // The last health the worker published (connected, paper, shift, FN, OFD, journal counts).
    const DeviceHealth &health() const { return m_health; }
    // Empty when a new sale may start; otherwise why not (shift closed, over 24 h, stale shift).
    QString saleBlockedReason() const;
    // At login: a shift left open past 24 h (or by another session) must be closed first.
    bool mustCloseShiftFirst() const;

    // Runs the journal now (queued jobs, and recovery of an interrupted one first).
    void process();
    void refreshHealth();
    // Marking code at scan time: FF61h, then FF69h accept or reject by the verdict (never silent).
    // `tlvs`: what goes with FF61h (1291 of a part of a pack, receiptbuilder's markingCheckTlvs).
    int checkMarkingCode(const QString &code, int plannedStatus = 1, const QByteArray &tlvs = {});
    int xReport();
    int cancelReceipt();
    int continuePrinting();
    int printCopy(const QString &saleUuid); // non-fiscal "КОПИЯ" of a past receipt
    int readFnStatus();
    // Settings page: who the connected registrar is (model, serial, FN, mode), read on the fiscal
    // thread so the port is not opened twice; the answer comes in deviceInfoRead.
    int readDeviceInfo();
    // A non-fiscal slip (17h per line, cut); the result comes in operationFinished.
    int printText(const QStringList &lines);
    void retryJob(qint64 jobId);   // failed -> queued, after the cashier fixed the cause
    void abandonJob(qint64 jobId); // give up: reversalRequired fires for card/SBP payments
    // Settings → Receipt texts saved: the worker writes them to the registrar's table 4 before the
    // next document (it also compares them on every connection).
    void receiptTextsChanged();

Q_SIGNALS:
    void healthChanged(const app::DeviceHealth &health);
    void jobStarted(qint64 jobId, const QString &kind, const QString &documentUuid);
    void jobFinished(const app::FiscalJobOutcome &outcome);
    void markingChecked(int requestId, const app::MarkingVerdict &verdict);
    void operationFinished(int requestId, const app::FiscalOperationResult &result);
    void deviceInfoRead(int requestId, const app::RegistrarInfo &info);
    void reversalRequired(qint64 jobId, const QString &documentUuid, qint64 electronicKopecks);

private:
    int nextRequest() { return ++m_lastRequest; }

    QThread *m_thread = nullptr;
    FiscalWorker *m_worker = nullptr;
    DeviceHealth m_health;
    int m_lastRequest = 0;
};

} // namespace app
