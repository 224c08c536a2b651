#pragma once

// The fiscal service's view of the journal: the model's fiscal_jobs rows (app/sync/fiscaljobs.h)
// plus fiscal_job_details (migration 006) with the reconciliation data. Every transition the worker
// makes before a byte leaves is one committed transaction (synchronous=FULL).

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

#include "app/core/clock.h"
#include "app/core/result.h"
#include "app/fiscalservice/recovery.h"
#include "app/sync/fiscaljobs.h"

namespace app {

class Database;

struct FiscalJobDetails
{
    std::int64_t jobId = 0;
    QString fnNumber;
    int counterRegister = 0; // 0: reconciled by the FN's last FD
    std::optional<qint64> counterBefore;
    ExpectedDocument expected;
    int attempts = 0;
    bool printIncomplete = false;
    QString resolution;
    QDateTime abandonedAt;
};

class FiscalJournal final
{
    Q_DISABLE_COPY_MOVE(FiscalJournal)

public:
    explicit FiscalJournal(Database &db, Clock clock = systemClock());

    Result<std::int64_t> enqueue(const QString &kind, const QString &documentUuid);
    std::optional<FiscalJob> job(std::int64_t id);
    std::optional<FiscalJobDetails> details(std::int64_t id);
    // A job left in `sending` comes first: recovery must settle it before anything else runs.
    std::optional<FiscalJob> next();
    std::optional<FiscalJob> pendingSending();
    QList<FiscalJob> inState(FiscalJobState state);

    // queued -> sending(fd_before) with its details, committed before the caller sends anything.
    Result<void> beginSending(std::int64_t id, std::uint32_t fdBefore, const FiscalJobDetails &details);
    Result<void> noteAttempt(std::int64_t id);
    // sending|attention -> done. FN documents carry FD and fiscal sign; register jobs none.
    Result<void> markDone(std::int64_t id, std::optional<qint64> fd, std::optional<qint64> fiscalSign,
                          bool printIncomplete, const QString &resolution);
    Result<void> markFailed(std::int64_t id, const QString &reason);
    Result<void> markAttention(std::int64_t id, const QString &reason);
    // failed -> queued (the cashier fixed the cause and presses "Retry").
    Result<void> retry(std::int64_t id);
    // failed|attention stays as it is, stamped as given up (payments to reverse).
    Result<void> abandon(std::int64_t id);
    Result<void> clearPrintIncomplete();

private:
    Result<void> upsertDetails(const FiscalJobDetails &details);
    Result<void> setResolution(std::int64_t id, const QString &resolution, bool printIncomplete);

    Database &m_db;
    Clock m_clock;
    FiscalJobRepository m_jobs;
};

} // namespace app
