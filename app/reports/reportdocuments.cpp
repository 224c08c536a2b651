// The cash documents list and the warnings: ReportQueries' two reports that read more than sales.
#include <QSqlQuery>

#include <algorithm>

#include "app/core/clock.h"
#include "app/core/tr.h"
#include "app/reports/reportqueries.h"
#include "app/storage/database.h"

namespace app::reports {

namespace {

// Sales, returns and corrections; cash in and out; X reports; Z reports (the shift's close), in
// one list. `pay` is 3 when a receipt was paid several ways.
const char *const DocumentsSql =
    "SELECT at, type, number, fd, cashier, cashier_id, pay, amount, sale_id FROM ("
    " SELECT s.completed_at AS at, MIN(s.kind, 2) AS type, s.number AS number, COALESCE(s.fd, 0) AS fd,"
    "  e.full_name AS cashier, s.cashier_id AS cashier_id,"
    "  (SELECT CASE WHEN COUNT(DISTINCT p.type) > 1 THEN 3 ELSE MIN(p.type) END FROM payments p"
    "   WHERE p.sale_id = s.id) AS pay, s.total AS amount, s.id AS sale_id"
    " FROM sales s JOIN employees e ON e.id = s.cashier_id"
    " WHERE s.status = 2 AND s.completed_at >= :from AND s.completed_at < :to"
    " UNION ALL SELECT c.created_at, 3 + c.kind, 0, COALESCE(j.fd, 0), e.full_name, c.employee_id, 0, "
    "c.amount, 0"
    " FROM cash_documents c JOIN employees e ON e.id = c.employee_id"
    " LEFT JOIN fiscal_jobs j ON j.document_uuid = c.uuid AND j.kind IN ('cash_in', 'cash_out')"
    " WHERE c.created_at >= :from AND c.created_at < :to"
    " UNION ALL SELECT j.created_at, 5, 0, COALESCE(j.fd, 0), '', 0, -1, 0, 0 FROM fiscal_jobs j"
    " WHERE j.kind = 'x_report' AND j.created_at >= :from AND j.created_at < :to"
    " UNION ALL SELECT sh.closed_at, 6, sh.number, COALESCE(j.fd, 0), e.full_name, sh.closed_by, -1,"
    "  COALESCE((SELECT SUM(CASE WHEN x.calc_sign IN (1, 4) THEN x.total ELSE -x.total END) FROM sales x"
    "   WHERE x.shift_id = sh.id AND x.status = 2), 0), 0"
    " FROM shifts sh JOIN employees e ON e.id = sh.closed_by"
    " LEFT JOIN fiscal_jobs j ON j.kind = 'z_report' AND j.document_uuid = sh.uuid"
    " WHERE sh.closed_at >= :from AND sh.closed_at < :to"
    ") WHERE ((:mask >> type) & 1) AND (:cashier = 0 OR cashier_id = :cashier) AND (:pay < 0 OR pay = :pay)"
    " AND (:min < 0 OR amount >= :min) AND (:max < 0 OR amount <= :max) AND (:number = 0 OR number = :number "
    "OR fd = :number)"
    " ORDER BY at LIMIT :limit";

QString age(const QDateTime &since, const QDateTime &now)
{
    const qint64 seconds = since.secsTo(now);
    const qint64 hours = seconds / 3600;
    if (hours < 1)
        return Tr::tr("%n minute(s)", nullptr, int(std::max<qint64>(1, seconds / 60)));
    return hours < 48 ? Tr::tr("%n hour(s)", nullptr, int(hours))
                      : Tr::tr("%n day(s)", nullptr, int(hours / 24));
}

} // namespace

Result<QList<DocumentRow>> ReportQueries::documents(const DocumentFilter &f)
{
    QSqlQuery q = m_db.prepare(QString::fromLatin1(DocumentsSql));
    q.bindValue(QStringLiteral(":from"), toStorage(f.period.from));
    q.bindValue(QStringLiteral(":to"), toStorage(f.period.to));
    q.bindValue(QStringLiteral(":mask"), f.typeMask);
    q.bindValue(QStringLiteral(":cashier"), qint64(f.cashierId));
    q.bindValue(QStringLiteral(":pay"), f.payment);
    q.bindValue(QStringLiteral(":min"), qint64(f.minAmount));
    q.bindValue(QStringLiteral(":max"), qint64(f.maxAmount));
    q.bindValue(QStringLiteral(":number"), qint64(f.number));
    q.bindValue(QStringLiteral(":limit"), f.limit);
    if (!q.exec())
        return app::Unexpected<Error>{Database::storageError(q)};
    QList<DocumentRow> rows;
    while (q.next()) {
        DocumentRow r;
        r.at = fromStorage(q.value(0).toString()).toLocalTime();
        r.type = DocType(q.value(1).toInt());
        r.number = q.value(2).toInt();
        r.fd = q.value(3).toLongLong();
        r.cashier = q.value(4).toString();
        r.cashierId = q.value(5).toLongLong();
        r.payment = q.value(6).isNull() ? -1 : q.value(6).toInt();
        r.amount = q.value(7).toLongLong();
        r.saleId = q.value(8).toLongLong();
        rows.append(r);
    }
    return rows;
}

Result<QList<Warning>> ReportQueries::warnings(const DeviceHealth &health, const QDateTime &nowUtc,
                                               bool cloud)
{
    using L = Warning::Level;
    QList<Warning> out;
    if (health.fnAlert != FnAlert::None)
        out.append({health.fnAlert == FnAlert::Expired ? L::Urgent : L::Attention, health.fnMessage});
    if (health.ofdBacklog > 0) {
        // The FN blocks after 30 days without the OFD's receipts: urgent from day 25.
        const bool late = health.ofdOldest.isValid() && health.ofdOldest.daysTo(nowUtc.toLocalTime()) >= 25;
        QString text = Tr::tr("%n document(s) not sent to the OFD", nullptr, health.ofdBacklog);
        if (health.ofdOldest.isValid())
            text += Tr::tr(", the oldest waits %1").arg(age(health.ofdOldest, nowUtc.toLocalTime()));
        out.append({late ? L::Urgent : L::Attention, text});
    }
    if (health.shiftAlert != ShiftAlert::None && !health.shiftMessage.isEmpty()) {
        out.append(
            {health.shiftAlert == ShiftAlert::NearLimit ? L::Attention : L::Urgent, health.shiftMessage});
    } else {
        QSqlQuery s = m_db.prepare(QStringLiteral("SELECT opened_at FROM shifts WHERE closed_at IS NULL"));
        if (s.exec() && s.next()) {
            const QDateTime opened = fromStorage(s.value(0).toString());
            if (opened.secsTo(nowUtc) >= 23 * 3600)
                out.append(
                    {L::Urgent, Tr::tr("The shift has been open for %1: close it before 24 hours pass.")
                                    .arg(age(opened, nowUtc))});
        }
    }
    QSqlQuery o = m_db.prepare(QStringLiteral("SELECT COUNT(*), MIN(created_at) FROM outbox"));
    if (cloud && o.exec() && o.next() && o.value(0).toInt() > 0) {
        out.append(
            {L::Info,
             Tr::tr("%n document(s) not yet sent to the cloud cabinet", nullptr, o.value(0).toInt()) +
                 Tr::tr(", the oldest waits %1").arg(age(fromStorage(o.value(1).toString()), nowUtc))});
    }
    QSqlQuery j = m_db.prepare(QStringLiteral(
        "SELECT COUNT(*), MIN(created_at), SUM(state IN ('failed', 'attention')) FROM fiscal_jobs "
        "WHERE state <> 'done'"));
    if (j.exec() && j.next() && j.value(0).toInt() > 0) {
        out.append(
            {j.value(2).toInt() > 0 ? L::Urgent : L::Attention,
             Tr::tr("%n document(s) waiting for the registrar", nullptr, j.value(0).toInt()) +
                 Tr::tr(", the oldest waits %1").arg(age(fromStorage(j.value(1).toString()), nowUtc))});
    }
    return out;
}

} // namespace app::reports
