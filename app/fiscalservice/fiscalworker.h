#pragma once

// The fiscal thread's object: the only code that touches the registrar's port. It owns the
// transport, the fiscal::Registrar and its own database connection, runs the journal's jobs one by
// one, settles any job left in `sending` before sending anything new, polls the device health and
// reconnects when the port comes back. Every slot is called through a queued connection.

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

#include "app/devicesetup/registrarinfo.h"
#include "app/fiscalservice/devicehealth.h"
#include "app/fiscalservice/fiscaljournal.h"
#include "app/fiscalservice/fiscalresults.h"
#include "app/fiscalservice/fiscalservicesettings.h"
#include "app/fiscalservice/receiptbuilder.h"

class QTimer;

namespace fiscal {
class Transport;
class Registrar;
} // namespace fiscal

namespace app {

class Database;

class FiscalWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FiscalWorker)

public:
    explicit FiscalWorker(FiscalServiceSettings settings, QObject *parent = nullptr);
    ~FiscalWorker() override;

public Q_SLOTS:
    void start();
    void shutdown();
    void process();
    void refreshHealth();
    void checkMarkingCode(int requestId, const QString &code, int plannedStatus, const QByteArray &tlvs);
    void cancelReceipt(int requestId);
    void continuePrinting(int requestId);
    void printCopy(int requestId, const QString &saleUuid);
    void readFnStatus(int requestId);
    void readDeviceInfo(int requestId);
    void printText(int requestId, const QStringList &lines);
    void enqueueXReport(int requestId);
    void retryJob(qint64 jobId);
    void abandonJob(qint64 jobId);
    // Settings saved new receipt texts: compare table 4 with them before the next document.
    void receiptTextsChanged();

Q_SIGNALS:
    void healthChanged(const app::DeviceHealth &health);
    void jobStarted(qint64 jobId, const QString &kind, const QString &documentUuid);
    void jobFinished(const app::FiscalJobOutcome &outcome);
    void markingChecked(int requestId, const app::MarkingVerdict &verdict);
    void operationFinished(int requestId, const app::FiscalOperationResult &result);
    void deviceInfoRead(int requestId, const app::RegistrarInfo &info);
    // A sale paid by card or SBP that will never be fiscalised: the payment must be reversed.
    void reversalRequired(qint64 jobId, const QString &documentUuid, qint64 electronicKopecks);

private:
    struct Plan;
    struct SendResult;
    struct DeviceState;
    enum class Settle { Settled, Resend, Wait };

    bool connectDevice();
    void dropDevice();
    bool handleError(const fiscal::Error &error);
    std::optional<DeviceState> readState(bool withRegister, int reg);
    std::optional<std::uint32_t> readRegister(int reg);
    bool cancelOpenDocument(const DeviceState &state);
    bool settlePending();
    bool runQueued(const FiscalJob &job);
    bool attempt(std::int64_t jobId);
    Settle settle(const FiscalJob &job, const FiscalJobDetails &details, const fiscal::Error *error,
                  const QString &errorText);
    SendResult send(const Plan &plan);
    Plan plan(const FiscalJob &job);
    std::optional<CashierInfo> employee(std::int64_t id);
    void complete(const FiscalJob &job, const FiscalJobDetails &details, std::optional<qint64> fd,
                  std::optional<qint64> sign, bool printIncomplete, const QString &resolution);
    void finishFailed(const FiscalJob &job, const FiscalMessage &message);
    void finishAttention(const FiscalJob &job, const QString &reason);
    void publishProblem(const FiscalMessage &message);
    std::optional<MarkingVerdict> checkAndDecide(const QString &code, fiscal::PlannedStatus planned,
                                                 fiscal::Error *error, const fiscal::Bytes &tlvs = {});
    bool deviceReady();
    // Writes the rows of table 4 that differ from the shop's receipt texts (once per connection
    // and after each change; after a link failure, again once the device is reconnected).
    void syncReceiptTexts();
    bool receiptTextsStale(); // not compared on this connection, or changed since
    // Emits a refusal for `requestId` and returns false when the device cannot take the request.
    bool readyOrRefuse(int requestId, bool connectOnly);
    void takePrintOutcome(FiscalOperationResult &r, const fiscal::Result<fiscal::PrintOutcome> &printed);

    FiscalServiceSettings m_settings;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FiscalJournal> m_journal;
    std::unique_ptr<fiscal::Transport> m_transport;
    std::unique_ptr<fiscal::Registrar> m_registrar;
    QTimer *m_poll = nullptr;
    DeviceHealth m_health;
    bool m_processing = false;
    bool m_textsChecked = false; // table 4 compared on this connection since the last change
    QStringList m_textsSent;     // the rows compared last: a change in the database shows against them
};

} // namespace app
