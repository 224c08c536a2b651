#include "app/sync/fiscaljobs.h"

#include "app/core/clock.h"
#include "app/core/tr.h"
#include "app/storage/database.h"

namespace app {
namespace {

FiscalJobState stateFromName(const QString &name)
{
    if (name == QLatin1String("sending"))
        return FiscalJobState::Sending;
    if (name == QLatin1String("done"))
        return FiscalJobState::Done;
    if (name == QLatin1String("failed"))
        return FiscalJobState::Failed;
    if (name == QLatin1String("attention"))
        return FiscalJobState::Attention;
    return FiscalJobState::Queued;
}

std::optional<qint64> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

const QString selectJob =
    QStringLiteral("SELECT id, kind, COALESCE(document_uuid, ''), state, fd_before, fd, "
                   "fiscal_sign, error, created_at, updated_at FROM fiscal_jobs ");

FiscalJob readJob(const QSqlQuery &q)
{
    FiscalJob j;
    j.id = q.value(0).toLongLong();
    j.kind = q.value(1).toString();
    j.documentUuid = q.value(2).toString();
    j.state = stateFromName(q.value(3).toString());
    j.fdBefore = optionalInt(q.value(4));
    j.fd = optionalInt(q.value(5));
    j.fiscalSign = optionalInt(q.value(6));
    j.error = q.value(7).toString();
    j.createdAt = fromStorage(q.value(8).toString());
    j.updatedAt = fromStorage(q.value(9).toString());
    return j;
}

} // namespace

FiscalJobRepository::FiscalJobRepository(Database &db)
    : m_db(db)
{}

QString FiscalJobRepository::stateName(FiscalJobState state)
{
    switch (state) {
    case FiscalJobState::Queued:
        return QStringLiteral("queued");
    case FiscalJobState::Sending:
        return QStringLiteral("sending");
    case FiscalJobState::Done:
        return QStringLiteral("done");
    case FiscalJobState::Failed:
        return QStringLiteral("failed");
    case FiscalJobState::Attention:
        return QStringLiteral("attention");
    }
    return {};
}

bool FiscalJobRepository::canMove(FiscalJobState from, FiscalJobState to)
{
    using S = FiscalJobState;
    switch (from) {
    case S::Queued:
        return to == S::Sending;
    case S::Sending:
        return to == S::Done || to == S::Failed || to == S::Attention;
    case S::Failed:
        return to == S::Queued;
    case S::Attention:
        return to == S::Done || to == S::Failed;
    case S::Done:
        return false; // a fiscalised document is final: never send it again
    }
    return false;
}

Result<std::int64_t> FiscalJobRepository::enqueue(const QString &kind, const QString &documentUuid,
                                                  const QDateTime &now)
{
    QSqlQuery &q = m_db.cached(QStringLiteral("INSERT INTO fiscal_jobs(kind, document_uuid, state, "
                                              "created_at, updated_at) VALUES (?, ?, 'queued', ?, ?)"));
    q.bindValue(0, kind);
    q.bindValue(1, documentUuid.isEmpty() ? QVariant() : QVariant(documentUuid));
    q.bindValue(2, toStorage(now));
    q.bindValue(3, toStorage(now));
    if (!q.exec())
        return app::Unexpected<Error>{Database::storageError(q)};
    return std::int64_t(q.lastInsertId().toLongLong());
}

Result<void> FiscalJobRepository::move(std::int64_t id, FiscalJobState to, const QString &extraSql,
                                       const QVariantList &extra, const QDateTime &now)
{
    const auto current = job(id);
    if (!current)
        return fail(Error::Code::NotFound, Tr::tr("No such fiscal job."));
    if (!canMove(current->state, to))
        return fail(Error::Code::Conflict, Tr::tr("A fiscal job cannot go from \"%1\" to \"%2\".")
                                               .arg(stateName(current->state), stateName(to)));
    // The state in WHERE makes the move atomic against a concurrent writer.
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE fiscal_jobs SET state = ?, updated_at = ?") + extraSql +
                               QStringLiteral(" WHERE id = ? AND state = ?"));
    q.addBindValue(stateName(to));
    q.addBindValue(toStorage(now));
    for (const QVariant &v : extra)
        q.addBindValue(v);
    q.addBindValue(qint64(id));
    q.addBindValue(stateName(current->state));
    if (!q.exec())
        return app::Unexpected<Error>{Database::storageError(q)};
    if (q.numRowsAffected() != 1)
        return fail(Error::Code::Conflict, Tr::tr("The fiscal job changed meanwhile."));
    return {};
}

Result<void> FiscalJobRepository::markSending(std::int64_t id, qint64 fdBefore, const QDateTime &now)
{
    return move(id, FiscalJobState::Sending, QStringLiteral(", fd_before = ?, error = ''"), {fdBefore}, now);
}

Result<void> FiscalJobRepository::markDone(std::int64_t id, qint64 fd, qint64 fiscalSign,
                                           const QDateTime &now)
{
    return move(id, FiscalJobState::Done, QStringLiteral(", fd = ?, fiscal_sign = ?"), {fd, fiscalSign}, now);
}

Result<void> FiscalJobRepository::markFailed(std::int64_t id, const QString &error, const QDateTime &now)
{
    return move(id, FiscalJobState::Failed, QStringLiteral(", error = ?"), {sqlText(error)}, now);
}

Result<void> FiscalJobRepository::markAttention(std::int64_t id, const QString &error, const QDateTime &now)
{
    return move(id, FiscalJobState::Attention, QStringLiteral(", error = ?"), {sqlText(error)}, now);
}

Result<void> FiscalJobRepository::requeue(std::int64_t id, const QDateTime &now)
{
    return move(id, FiscalJobState::Queued, QStringLiteral(", fd_before = NULL"), {}, now);
}

std::optional<FiscalJob> FiscalJobRepository::job(std::int64_t id)
{
    QSqlQuery q = m_db.prepare(selectJob + QStringLiteral("WHERE id = ?"));
    q.addBindValue(qint64(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readJob(q);
}

std::optional<FiscalJob> FiscalJobRepository::jobForDocument(const QString &kind, const QString &documentUuid)
{
    QSqlQuery q = m_db.prepare(selectJob + QStringLiteral("WHERE kind = ? AND document_uuid = ?"));
    q.addBindValue(kind);
    q.addBindValue(documentUuid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readJob(q);
}

std::optional<FiscalJob> FiscalJobRepository::nextToRun()
{
    QSqlQuery q = m_db.prepare(selectJob + QStringLiteral("WHERE state IN ('sending', 'queued') "
                                                          "ORDER BY state = 'queued', id LIMIT 1"));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readJob(q);
}

QList<FiscalJob> FiscalJobRepository::inState(FiscalJobState state)
{
    QList<FiscalJob> out;
    QSqlQuery q = m_db.prepare(selectJob + QStringLiteral("WHERE state = ? ORDER BY id"));
    q.addBindValue(stateName(state));
    if (q.exec()) {
        while (q.next())
            out.append(readJob(q));
    }
    return out;
}

} // namespace app
