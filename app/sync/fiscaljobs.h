#pragma once

// The exactly-once fiscal journal (ARCHITECTURE "the journal"): a row per registrar operation,
// written before any byte goes out. Only the transitions of the state machine are allowed:
//   queued → sending(fd_before) → done(fd, fiscal sign) | failed(reason) | attention(reason)
//   failed → queued (retry), attention → done | failed (resolved by recovery or a human).
// The fiscal service of the next issue drives it; this is storage and the rules only.

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

#include "app/core/result.h"

namespace app {

class Database;

enum class FiscalJobState { Queued, Sending, Done, Failed, Attention };

struct FiscalJob
{
    std::int64_t id = 0;
    QString kind; // sale, return, correction, cash_in, cash_out, open_shift, x_report, z_report
    QString documentUuid;
    FiscalJobState state = FiscalJobState::Queued;
    std::optional<qint64> fdBefore;
    std::optional<qint64> fd;
    std::optional<qint64> fiscalSign;
    QString error;
    QDateTime createdAt;
    QDateTime updatedAt;
};

class FiscalJobRepository final
{
    Q_DISABLE_COPY_MOVE(FiscalJobRepository)

public:
    explicit FiscalJobRepository(Database &db);

    // Joins the caller's transaction when there is one (the sale completion does that).
    Result<std::int64_t> enqueue(const QString &kind, const QString &documentUuid, const QDateTime &now);
    Result<void> markSending(std::int64_t id, qint64 fdBefore, const QDateTime &now);
    Result<void> markDone(std::int64_t id, qint64 fd, qint64 fiscalSign, const QDateTime &now);
    Result<void> markFailed(std::int64_t id, const QString &error, const QDateTime &now);
    Result<void> markAttention(std::int64_t id, const QString &error, const QDateTime &now);
    Result<void> requeue(std::int64_t id, const QDateTime &now);

    std::optional<FiscalJob> job(std::int64_t id);
    std::optional<FiscalJob> jobForDocument(const QString &kind, const QString &documentUuid);
    // The oldest job that is queued or was left in `sending` (recovery must look at it first).
    std::optional<FiscalJob> nextToRun();
    QList<FiscalJob> inState(FiscalJobState state);

    static QString stateName(FiscalJobState state);
    static bool canMove(FiscalJobState from, FiscalJobState to);

private:
    Result<void> move(std::int64_t id, FiscalJobState to, const QString &extraSql, const QVariantList &extra,
                      const QDateTime &now);

    Database &m_db;
};

} // namespace app
