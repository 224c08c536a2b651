#pragma once

// Card operations of the till on top of the terminal driver: every one journaled under its own id
// before the terminal is asked, its answer journaled as it comes. A lost answer is settled at once
// from the terminal (the driver's recovery); what even the terminal cannot tell is put to the
// cashier with the facts. After a crash, recoverOpen() settles what the last run left open.
//
// Returns: a cancel while the payment's batch is open (before reconciliation), a refund by RRN
// after, or for part of the amount. An approved payment whose receipt is abandoned for good is
// reversed the same way, and retried until settled (retryReversals()).

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>

#include <functional>

#include "app/payments/batchtotals.h"
#include "app/payments/paymentjournal.h"
#include "devices/paymentterminal.h"

namespace app::payments {

inline const QString PurposeSale = QStringLiteral("sale");
inline const QString PurposeReturn = QStringLiteral("return");
inline const QString PurposeAbandoned = QStringLiteral("abandoned receipt");
inline const QString PurposeService = QStringLiteral("service");

class CardOperations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardOperations)

public:
    CardOperations(PaymentJournal &journal, devices::PaymentTerminal *terminal, QObject *parent = nullptr);
    ~CardOperations() override;

    devices::PaymentTerminal *terminal() const { return m_terminal; }
    bool isBusy() const { return !m_running.isEmpty() || !m_queue.isEmpty(); }

    // Each returns the operation id, already journaled; the end comes with finished().
    Result<QString> pay(Kopecks amount, const QString &saleUuid);
    Result<QString> giveBack(const QString &paymentOperationId, Kopecks amount, const QString &documentUuid,
                             const QString &purpose);
    Result<QString> reconcile();
    // Reversal of every approved card payment of a sale that will never be fiscalised.
    Result<QStringList> reverseSale(const QString &saleUuid);

    // How much of a card payment is still there to give back (approved cancels and refunds off).
    Kopecks returnable(const QString &paymentOperationId) const;
    // Card payments of `saleUuid` approved but not yet part of a completed document.
    QList<Operation> approvedPayments(const QString &saleUuid) const;
    // Of those, the ones still whole and not being reversed: after a restart mid-payment they pay
    // the sale instead of charging the card again.
    QList<Operation> carriedPayments(const QString &saleUuid) const;

    // A return is created after its refund: the operation is stored with it then.
    Result<void> attachToDocument(const QString &operationId, const QString &documentUuid);

    // A reconciliation finished in this run: the terminal's totals against the till's (they
    // differ: the cashier is told; the journal row's message keeps it).
    std::optional<BatchTotals> totalsOf(const QString &reconciliationId) const;

    // «Проверка связи»: asks the terminal for its report of the batch; answers with linkChecked().
    void checkLink();

    void recoverOpen();    // start-up: settle what a crashed run left started or unknown
    void retryReversals(); // start-up and before reconciliation
    // The cashier looked at the terminal: the operation was approved (with its RRN) or not.
    Result<void> resolveByCashier(const QString &operationId, bool approved, const QString &rrn);

Q_SIGNALS:
    void finished(const app::payments::Operation &operation);
    void needsCashier(const app::payments::Operation &operation, const QString &facts);
    void linkChecked(bool ok, const QString &text);

private:
    Result<QString> start(Operation intent, std::function<void(const QString &)> call);
    void onTerminal(const devices::TerminalResult &result);
    void recover(const Operation &operation);
    void settled(const QString &operationId);
    void closeBatch(const Operation &reconciliation);
    void runNext();
    QString factsOf(const Operation &operation) const;
    QList<Operation> reversalsDue() const;

    PaymentJournal &m_journal;
    QPointer<devices::PaymentTerminal> m_terminal;
    QHash<QString, int> m_running; // operation id -> recovery attempts so far
    QHash<QString, BatchTotals> m_totals;
    QQueue<std::function<void()>> m_queue;
};

} // namespace app::payments

Q_DECLARE_METATYPE(app::payments::Operation)
