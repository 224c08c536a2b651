#include "app/journal/journalmodel.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

#include "app/core/clock.h"
#include "app/core/collation.h"
#include "app/core/moneytext.h"
#include "app/core/tr.h"
#include "app/logging.h"
#include "app/sales/pricing.h"
#include "app/storage/database.h"

namespace app {

namespace {

JournalStatus statusOf(const QVariant &jobId, const QString &state)
{
    if (jobId.isNull())
        return JournalStatus::NotFiscal;
    if (state == QLatin1String("done"))
        return JournalStatus::Fiscalised;
    if (state == QLatin1String("queued") || state == QLatin1String("sending"))
        return JournalStatus::Waiting;
    if (state == QLatin1String("attention"))
        return JournalStatus::Attention;
    return JournalStatus::Failed;
}

QString localDayStart(const QDate &day)
{
    return toStorage(day.startOfDay());
}

// The condition on the fiscal job's state for a status filter; empty for any.
QString statusCondition(JournalStatus status)
{
    switch (status) {
    case JournalStatus::Any:
        return {};
    case JournalStatus::Fiscalised:
        return QStringLiteral(" AND j.state = 'done'");
    case JournalStatus::Waiting:
        return QStringLiteral(" AND j.state IN ('queued', 'sending')");
    case JournalStatus::Attention:
        return QStringLiteral(" AND j.state = 'attention'");
    case JournalStatus::Failed:
        return QStringLiteral(" AND j.state = 'failed'");
    case JournalStatus::NotFiscal:
        return QStringLiteral(" AND j.id IS NULL");
    }
    return {};
}

const QString selectEntries = QStringLiteral(
    "SELECT s.id, s.uuid, s.number, s.kind, s.calc_sign, s.total, s.completed_at, s.cashier_id, "
    "COALESCE(e.full_name, ''), COALESCE(s.shift_id, 0), COALESCE(sh.number, 0), s.fd, s.fiscal_sign, "
    "j.id, j.state, COALESCE(j.error, ''), COALESCE(d.print_incomplete, 0), "
    "COALESCE(s.original_sale_id, 0), "
    "(SELECT o.number FROM sales o WHERE o.id = s.original_sale_id), "
    "(SELECT group_concat(p.type) FROM payments p WHERE p.sale_id = s.id), "
    "d.abandoned_at IS NOT NULL "
    "FROM sales s "
    "LEFT JOIN employees e ON e.id = s.cashier_id "
    "LEFT JOIN shifts sh ON sh.id = s.shift_id "
    "LEFT JOIN fiscal_jobs j ON j.document_uuid = s.uuid AND j.kind IN ('sale', 'return', 'correction') "
    "LEFT JOIN fiscal_job_details d ON d.job_id = j.id "
    "WHERE s.status = 2");

// The filter's conditions, each with its bound values.
void appendConditions(const JournalFilter &f, QString &sql, QVariantList &binds)
{
    if (f.from.isValid()) {
        sql += QStringLiteral(" AND s.completed_at >= ?");
        binds << localDayStart(f.from);
    }
    if (f.to.isValid()) {
        sql += QStringLiteral(" AND s.completed_at < ?");
        binds << localDayStart(f.to.addDays(1));
    }
    if (f.cashierId != 0) {
        sql += QStringLiteral(" AND s.cashier_id = ?");
        binds << qint64(f.cashierId);
    }
    if (f.minAmount) {
        sql += QStringLiteral(" AND s.total >= ?");
        binds << qint64(*f.minAmount);
    }
    if (f.maxAmount) {
        sql += QStringLiteral(" AND s.total <= ?");
        binds << qint64(*f.maxAmount);
    }
    if (f.paymentType >= 0) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM payments p WHERE p.sale_id = s.id AND p.type = ?)");
        binds << f.paymentType;
    }
    if (f.kind != JournalKind::Any) {
        sql += QStringLiteral(" AND s.kind = ?");
        binds << int(f.kind);
    }
    sql += statusCondition(f.status);
}

JournalEntry readEntry(const QSqlQuery &q)
{
    JournalEntry e;
    e.id = q.value(0).toLongLong();
    e.uuid = q.value(1).toString();
    e.number = q.value(2).toInt();
    e.kind = static_cast<SaleKind>(q.value(3).toInt());
    e.calcSign = q.value(4).toInt();
    e.total = q.value(5).toLongLong();
    e.completedAt = fromStorage(q.value(6).toString());
    e.cashierId = q.value(7).toLongLong();
    e.cashierName = q.value(8).toString();
    e.shiftId = q.value(9).toLongLong();
    e.shiftNumber = q.value(10).toInt();
    if (!q.value(11).isNull())
        e.fd = q.value(11).toLongLong();
    if (!q.value(12).isNull())
        e.fiscalSign = q.value(12).toLongLong();
    e.status = statusOf(q.value(13), q.value(14).toString());
    e.jobId = q.value(13).toLongLong();
    e.jobError = q.value(15).toString();
    e.printIncomplete = q.value(16).toInt() != 0;
    e.originalSaleId = q.value(17).toLongLong();
    e.originalNumber = q.value(18).toInt();
    const QStringList types = q.value(19).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &t : types)
        e.paymentMask |= 1 << t.toInt();
    e.abandoned = q.value(20).toBool();
    return e;
}

} // namespace

JournalModel::JournalModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

void JournalModel::setFilter(const JournalFilter &filter)
{
    m_filter = filter;
    refresh();
}

void JournalModel::refresh()
{
    QString sql = selectEntries;
    QVariantList binds;
    const JournalFilter &f = m_filter;
    appendConditions(f, sql, binds);
    sql += QStringLiteral(" ORDER BY s.completed_at DESC, s.id DESC LIMIT ?");
    binds << std::max(1, f.limit);

    QList<JournalEntry> rows;
    QSqlQuery q = m_db.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = Database::storageError(q).message;
        qCWarning(lcApp) << "journal query failed" << m_lastError;
    } else {
        m_lastError.clear();
        while (q.next())
            rows.append(readEntry(q));
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const JournalEntry &e = m_rows.at(index.row());
    if (role == IdRole)
        return qint64(e.id);
    if (role == StatusRole)
        return int(e.status);
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Amount || index.column() == Number || index.column() == Fd)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == Status && !e.jobError.isEmpty())
        return e.jobError;
    if (role == Qt::FontRole && index.column() == Amount) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    // High contrast for what needs the cashier: white on red (attention, error), black on amber (waiting).
    if (role == Qt::BackgroundRole && index.column() == Status) {
        if (e.status == JournalStatus::Attention || e.status == JournalStatus::Failed)
            return QColor(0xa8, 0x00, 0x00);
        if (e.status == JournalStatus::Waiting || e.printIncomplete)
            return QColor(0xff, 0xd5, 0x4f);
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Status &&
            (e.status == JournalStatus::Attention || e.status == JournalStatus::Failed))
            return QColor(Qt::white);
        if (index.column() == Status && (e.status == JournalStatus::Waiting || e.printIncomplete))
            return QColor(Qt::black);
        if (e.kind == SaleKind::Return && index.column() == Amount)
            return QColor(0xa8, 0x00, 0x00);
    }
    if (role != Qt::DisplayRole && role != RawRole)
        return {};
    const bool raw = role == RawRole;
    switch (index.column()) {
    case Time:
        return raw ? QVariant(e.completedAt)
                   : QVariant(
                         QLocale().toString(e.completedAt.toLocalTime(), QStringLiteral("dd.MM.yyyy HH:mm")));
    case Number:
        return e.number;
    case Kind:
        if (raw)
            return int(e.kind);
        if (e.kind == SaleKind::Return && e.originalNumber > 0)
            return Tr::tr("Return of sale No. %1").arg(e.originalNumber);
        return kindText(e.kind, e.calcSign);
    case CashierColumn:
        return raw ? QVariant(qint64(e.cashierId)) : QVariant(e.cashierName);
    case Payment:
        return raw ? QVariant(e.paymentMask) : QVariant(paymentMaskText(e.paymentMask));
    case Amount:
        return raw ? QVariant(qint64(e.total)) : QVariant(displayRoubles(e.total));
    case Status: {
        if (raw)
            return int(e.status);
        QString text = statusText(e.status);
        if (e.abandoned)
            text += QStringLiteral(" · ") + Tr::tr("given up");
        if (e.printIncomplete)
            text += QStringLiteral(" · ") + Tr::tr("not fully printed");
        return text;
    }
    case Fd:
        return e.fd ? QVariant(*e.fd) : QVariant(raw ? QVariant() : QVariant(QString()));
    default:
        break;
    }
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return Tr::tr("Time");
    case Number:
        return Tr::tr("No.");
    case Kind:
        return Tr::tr("Document");
    case CashierColumn:
        return Tr::tr("Cashier");
    case Payment:
        return Tr::tr("Payment");
    case Amount:
        return Tr::tr("Amount");
    case Status:
        return Tr::tr("Status");
    case Fd:
        return Tr::tr("FD");
    default:
        break;
    }
    return {};
}

int JournalModel::rowOf(std::int64_t saleId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == saleId)
            return i;
    return -1;
}

QList<Cashier> JournalModel::cashiers() const
{
    QList<Cashier> out;
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id, full_name FROM employees ORDER BY id"));
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    // As a Russian reads the names, not SQLite's byte order (StaffService::list does the same).
    const QCollator collator = russianCollator();
    std::stable_sort(out.begin(), out.end(), [&collator](const Cashier &a, const Cashier &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return out;
}

QString JournalModel::cashierName(std::int64_t employeeId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT full_name FROM employees WHERE id = ?"));
    q.addBindValue(qint64(employeeId));
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

int JournalModel::shiftNumber(std::int64_t shiftId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT number FROM shifts WHERE id = ?"));
    q.addBindValue(qint64(shiftId));
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

QString JournalModel::kindText(SaleKind kind, int calcSign)
{
    switch (kind) {
    case SaleKind::Sale:
        return Tr::tr("Sale");
    case SaleKind::Return:
        return Tr::tr("Return");
    case SaleKind::Correction:
        switch (calcSign) {
        case CalcSign::IncomeReturn:
            return Tr::tr("Correction: income return");
        case CalcSign::Expense:
            return Tr::tr("Correction: expense");
        case CalcSign::ExpenseReturn:
            return Tr::tr("Correction: expense return");
        default:
            return Tr::tr("Correction: income");
        }
    }
    return {};
}

QString JournalModel::statusText(JournalStatus status)
{
    switch (status) {
    case JournalStatus::Any:
        return Tr::tr("Any status");
    case JournalStatus::Fiscalised:
        return Tr::tr("Fiscalised");
    case JournalStatus::Waiting:
        return Tr::tr("Waiting for the registrar");
    case JournalStatus::Attention:
        return Tr::tr("Needs attention");
    case JournalStatus::Failed:
        return Tr::tr("Registrar error");
    case JournalStatus::NotFiscal:
        return Tr::tr("Not sent");
    }
    return {};
}

QString JournalModel::paymentTypeText(PaymentType type)
{
    switch (type) {
    case PaymentType::Cash:
        return Tr::tr("Cash");
    case PaymentType::Card:
        return Tr::tr("Card");
    case PaymentType::Sbp:
        return Tr::tr("SBP");
    }
    return {};
}

QString JournalModel::paymentMaskText(int mask)
{
    QStringList parts;
    for (int t = 0; t < PaymentTypeCount; ++t)
        if (mask & (1 << t))
            parts << paymentTypeText(static_cast<PaymentType>(t));
    return parts.join(QStringLiteral(" + "));
}

QList<PaymentInput> refundPayments(const Sale &original, Kopecks total)
{
    QList<PaymentInput> out;
    Kopecks left = total;
    for (const Payment &p : original.payments) {
        if (p.type == PaymentType::Cash || left <= 0)
            continue;
        const Kopecks part = std::min(left, p.amount);
        out.append({p.type, part, 0, p.reference});
        left -= part;
    }
    if (left > 0)
        out.append({PaymentType::Cash, left, 0, {}});
    return out;
}

Kopecks refundTotal(const Sale &original, const QHash<std::int64_t, Milli> &returnable,
                    const QList<ReturnLineInput> &lines)
{
    Kopecks total = 0;
    QHash<std::int64_t, Milli> asked;
    for (const ReturnLineInput &in : lines) {
        for (const SaleLine &l : original.lines) {
            if (l.id != in.originalLineId || in.quantity <= 0)
                continue;
            const Milli already = l.quantity - returnable.value(l.id);
            total += Pricing::refundFor(l.total, l.quantity, already + asked[l.id], in.quantity);
            asked[l.id] += in.quantity;
        }
    }
    return total;
}

} // namespace app
