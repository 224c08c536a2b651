#include "app/fiscalservice/fiscaljournal.h"

#include <QSqlQuery>

#include "app/core/tr.h"
#include "app/storage/database.h"

namespace app {
namespace {

app::Unexpected<Error> storage(const QSqlQuery &q)
{
    return {Database::storageError(q)};
}

} // namespace

FiscalJournal::FiscalJournal(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_jobs(db)
{}

Result<std::int64_t> FiscalJournal::enqueue(const QString &kind, const QString &documentUuid)
{
    Transaction tx(m_db);
    auto id = m_jobs.enqueue(kind, documentUuid, m_clock());
    if (!id)
        return id;
    if (auto ok = tx.commit(); !ok)
        return app::Unexpected<Error>{ok.error()};
    return id;
}

std::optional<FiscalJob> FiscalJournal::job(std::int64_t id)
{
    return m_jobs.job(id);
}

std::optional<FiscalJob> FiscalJournal::next()
{
    return m_jobs.nextToRun();
}

std::optional<FiscalJob> FiscalJournal::pendingSending()
{
    const auto list = m_jobs.inState(FiscalJobState::Sending);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<FiscalJob> FiscalJournal::inState(FiscalJobState state)
{
    return m_jobs.inState(state);
}

std::optional<FiscalJobDetails> FiscalJournal::details(std::int64_t id)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT fn_number, counter_register, counter_before, expected_type, expected_operation, "
        "expected_total, "
        "attempts, print_incomplete, resolution, abandoned_at FROM fiscal_job_details WHERE job_id = ?"));
    q.addBindValue(qint64(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    FiscalJobDetails d;
    d.jobId = id;
    d.fnNumber = q.value(0).toString();
    d.counterRegister = q.value(1).toInt();
    if (!q.value(2).isNull())
        d.counterBefore = q.value(2).toLongLong();
    d.expected.type = static_cast<std::uint8_t>(q.value(3).toInt());
    d.expected.operation = static_cast<std::uint8_t>(q.value(4).toInt());
    d.expected.total = q.value(5).toLongLong();
    d.attempts = q.value(6).toInt();
    d.printIncomplete = q.value(7).toInt() != 0;
    d.resolution = q.value(8).toString();
    if (!q.value(9).isNull())
        d.abandonedAt = fromStorage(q.value(9).toString());
    return d;
}

Result<void> FiscalJournal::upsertDetails(const FiscalJobDetails &d)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO fiscal_job_details(job_id, fn_number, counter_register, counter_before, "
        "expected_type, expected_operation, expected_total, attempts, print_incomplete, resolution, "
        "abandoned_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, '', NULL, ?)"));
    q.addBindValue(qint64(d.jobId));
    q.addBindValue(d.fnNumber);
    q.addBindValue(d.counterRegister);
    q.addBindValue(d.counterBefore ? QVariant(*d.counterBefore) : QVariant());
    q.addBindValue(int(d.expected.type));
    q.addBindValue(int(d.expected.operation));
    q.addBindValue(qint64(d.expected.total));
    q.addBindValue(d.attempts);
    q.addBindValue(toStorage(m_clock()));
    if (!q.exec())
        return storage(q);
    return {};
}

Result<void> FiscalJournal::beginSending(std::int64_t id, std::uint32_t fdBefore,
                                         const FiscalJobDetails &details)
{
    Transaction tx(m_db);
    if (auto ok = m_jobs.markSending(id, fdBefore, m_clock()); !ok)
        return ok;
    FiscalJobDetails d = details;
    d.jobId = id;
    if (auto ok = upsertDetails(d); !ok)
        return ok;
    return tx.commit();
}

Result<void> FiscalJournal::noteAttempt(std::int64_t id)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE fiscal_job_details SET attempts = attempts + 1, updated_at = ? WHERE job_id = ?"));
    q.addBindValue(toStorage(m_clock()));
    q.addBindValue(qint64(id));
    if (!q.exec())
        return storage(q);
    return {};
}

Result<void> FiscalJournal::setResolution(std::int64_t id, const QString &resolution, bool printIncomplete)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE fiscal_job_details SET resolution = ?, "
                                              "print_incomplete = ?, updated_at = ? WHERE job_id = ?"));
    q.addBindValue(resolution);
    q.addBindValue(printIncomplete ? 1 : 0);
    q.addBindValue(toStorage(m_clock()));
    q.addBindValue(qint64(id));
    if (!q.exec())
        return storage(q);
    return {};
}

Result<void> FiscalJournal::markDone(std::int64_t id, std::optional<qint64> fd,
                                     std::optional<qint64> fiscalSign, bool printIncomplete,
                                     const QString &resolution)
{
    Transaction tx(m_db);
    if (fd) {
        if (auto ok = m_jobs.markDone(id, *fd, fiscalSign.value_or(0), m_clock()); !ok)
            return ok;
    } else {
        // Cash in/out and the X report make no FN document: done without FD (NULL, not a fake 0).
        QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE fiscal_jobs SET state = 'done', updated_at = ? "
                                                  "WHERE id = ? AND state IN ('sending', 'attention')"));
        q.addBindValue(toStorage(m_clock()));
        q.addBindValue(qint64(id));
        if (!q.exec())
            return storage(q);
        if (q.numRowsAffected() != 1)
            return fail(Error::Code::Conflict, Tr::tr("The fiscal job changed meanwhile."));
    }
    if (auto ok = setResolution(id, resolution, printIncomplete); !ok)
        return ok;
    return tx.commit();
}

Result<void> FiscalJournal::markFailed(std::int64_t id, const QString &reason)
{
    Transaction tx(m_db);
    if (auto ok = m_jobs.markFailed(id, reason, m_clock()); !ok)
        return ok;
    if (auto ok = setResolution(id, QStringLiteral("failed"), false); !ok)
        return ok;
    return tx.commit();
}

Result<void> FiscalJournal::markAttention(std::int64_t id, const QString &reason)
{
    Transaction tx(m_db);
    if (auto ok = m_jobs.markAttention(id, reason, m_clock()); !ok)
        return ok;
    if (auto ok = setResolution(id, QStringLiteral("attention"), false); !ok)
        return ok;
    return tx.commit();
}

Result<void> FiscalJournal::retry(std::int64_t id)
{
    Transaction tx(m_db);
    if (auto ok = m_jobs.requeue(id, m_clock()); !ok)
        return ok;
    return tx.commit();
}

Result<void> FiscalJournal::abandon(std::int64_t id)
{
    const auto j = job(id);
    if (!j)
        return fail(Error::Code::NotFound, Tr::tr("No such fiscal job."));
    // Attention means nobody knows whether the registrar made the document: it is settled first.
    if (j->state != FiscalJobState::Failed)
        return fail(Error::Code::Conflict, Tr::tr("Only a failed fiscal job can be given up."));
    Transaction tx(m_db);
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO fiscal_job_details(job_id, abandoned_at, updated_at) VALUES (?, ?, ?) "
                       "ON CONFLICT(job_id) DO UPDATE SET abandoned_at = excluded.abandoned_at, updated_at = "
                       "excluded.updated_at"));
    q.addBindValue(qint64(id));
    q.addBindValue(toStorage(m_clock()));
    q.addBindValue(toStorage(m_clock()));
    if (!q.exec())
        return storage(q);
    return tx.commit();
}

Result<void> FiscalJournal::clearPrintIncomplete()
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE fiscal_job_details SET print_incomplete = 0 WHERE print_incomplete = 1"));
    if (!q.exec())
        return storage(q);
    return {};
}

} // namespace app
