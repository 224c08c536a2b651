#pragma once

// The journal of closed documents (sales, returns, corrections) as the journal screen shows it:
// a filter, one SQL query, and a table model with a raw-value role. Each row carries the state of
// its fiscal job, so the cashier sees at once what still waits for the registrar and what needs a
// person. Read-only: actions go through SalesService and FiscalService.

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

#include "app/core/money.h"
#include "app/organisation/organisation.h"
#include "app/sales/sale.h"
#include "app/sales/salesservice.h"

namespace app {

class Database;

// What the fiscal journal says about a document, from the cashier's point of view.
enum class JournalStatus : int {
    Any = -1,   // filter only
    Fiscalised, // done: FD and fiscal sign stored
    Waiting,    // "ждёт ФР": queued or being sent
    Attention,  // "требует внимания": recovery could not decide
    Failed,     // the registrar refused; retry after fixing the cause
    NotFiscal,  // no fiscal job (never sent)
};

enum class JournalKind : int { Any = -1, Sale = 0, Return = 1, Correction = 2 };

struct JournalFilter
{
    QDate from; // local dates, inclusive; invalid = open
    QDate to;
    std::int64_t cashierId = 0; // 0 = anyone
    std::optional<Kopecks> minAmount;
    std::optional<Kopecks> maxAmount;
    int paymentType = -1; // PaymentType, -1 = any
    JournalStatus status = JournalStatus::Any;
    JournalKind kind = JournalKind::Any;
    int limit = 2000;
};

struct JournalEntry
{
    std::int64_t id = 0;
    QString uuid;
    int number = 0;
    SaleKind kind = SaleKind::Sale;
    int calcSign = CalcSign::Income;
    Kopecks total = 0;
    QDateTime completedAt; // UTC
    std::int64_t cashierId = 0;
    QString cashierName;
    int paymentMask = 0; // bit per PaymentType
    std::int64_t shiftId = 0;
    int shiftNumber = 0;
    std::optional<qint64> fd;
    std::optional<qint64> fiscalSign;
    JournalStatus status = JournalStatus::NotFiscal;
    qint64 jobId = 0;
    QString jobError;
    bool abandoned = false; // failed and given up by the owner or an administrator
    bool printIncomplete = false;
    std::int64_t originalSaleId = 0;
    int originalNumber = 0; // returns: the sale's number
};

struct Cashier
{
    std::int64_t id = 0;
    QString name;
};

class JournalModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalModel)

public:
    enum Column : int { Time, Number, Kind, CashierColumn, Payment, Amount, Status, Fd, ColumnCount };
    enum Role : int { RawRole = Qt::UserRole, StatusRole, IdRole };

    explicit JournalModel(Database &db, QObject *parent = nullptr);

    void setFilter(const JournalFilter &filter);
    const JournalFilter &filter() const { return m_filter; }
    // Re-reads the rows (after a new document or a finished fiscal job); keeps nothing stale.
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const JournalEntry &entry(int row) const { return m_rows.at(row); }
    int rowOf(std::int64_t saleId) const;
    QString lastError() const { return m_lastError; }

    // Everyone who ever closed a document here, for the cashier filter.
    QList<Cashier> cashiers() const;
    // The cashier's name, for the details view.
    QString cashierName(std::int64_t employeeId) const;
    // Shift number (the till's own) of a document.
    int shiftNumber(std::int64_t shiftId) const;

    static QString kindText(SaleKind kind, int calcSign);
    static QString statusText(JournalStatus status);
    static QString paymentTypeText(PaymentType type);
    static QString paymentMaskText(int mask);

private:
    Database &m_db;
    JournalFilter m_filter;
    QList<JournalEntry> m_rows;
    QString m_lastError;
};

// How a return pays back: card and SBP go back the way they came (up to what was paid that way),
// the rest in cash. `total` is the refund amount.
QList<PaymentInput> refundPayments(const Sale &original, Kopecks total);

// The refund amount of chosen lines, computed the way SalesService::createReturn computes it.
Kopecks refundTotal(const Sale &original, const QHash<std::int64_t, Milli> &returnable,
                    const QList<ReturnLineInput> &lines);

} // namespace app
