#pragma once

// The journal of card and SBP operations (table payment_operations, one owner: this class). A row
// is written before the terminal or the acquirer is asked and updated with its answer, so a crash
// in between leaves a "started" row that recovery settles, and nothing is ever charged twice.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "app/core/clock.h"
#include "app/core/money.h"
#include "app/core/result.h"

namespace devices {
struct TerminalResult;
}

namespace app {
class Database;
}

namespace app::payments {

enum class Method { Card, Sbp };
enum class Kind { Payment, Cancel, Refund, Reconciliation, Revoke };
enum class State { Started, Approved, Declined, Cancelled, Unknown, Attention };

QString methodKey(Method method);
QString kindKey(Kind kind);
QString stateKey(State state);

struct Operation
{
    qint64 id = 0;
    QString operationId;
    Method method = Method::Card;
    Kind kind = Kind::Payment;
    State state = State::Started;
    Kopecks amount = 0;
    QString originalOperationId;
    QString saleUuid;
    QString purpose; // sale | return | abandoned receipt | service
    QString driver;
    QString rrn;
    QString authCode;
    QString cardMask;
    QString responseCode;
    QString message;
    QStringList slip;
    QString qrId;
    QString qrPayload;
    QString transactionId;
    bool batchSettled = false;
    int attempts = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool open() const { return state == State::Started || state == State::Unknown; }
};

class PaymentJournal final
{
public:
    explicit PaymentJournal(Database &db, Clock clock = systemClock());

    // Journals an operation about to start (state "started"); its operationId must be new.
    Result<Operation> begin(const Operation &intent);
    // The terminal's answer, whatever it is.
    Result<void> record(const devices::TerminalResult &result);
    Result<void> setState(const QString &operationId, State state, const QString &message);
    // An answer that is not a terminal's (the SBP acquirer's status, the cashier's word).
    Result<void> setOutcome(const QString &operationId, State state, const QString &responseCode,
                            const QString &message);
    Result<void> setSbp(const QString &operationId, const QString &qrId, const QString &payload,
                        const QString &transactionId);
    Result<void> countAttempt(const QString &operationId);
    // The document an operation belongs to, once it exists (a return is created after its refund).
    Result<void> attachToDocument(const QString &operationId, const QString &documentUuid);
    // After a reconciliation: every approved card payment so far is in a closed batch, so a return
    // of it is a refund by RRN, no longer a cancel.
    Result<void> markBatchSettled(const QDateTime &upTo);
    // The net of approved card payments, cancels and refunds not yet in a closed batch, started up to
    // `upTo`: what the terminal's reconciliation should report (batchtotals.h).
    Kopecks openBatchTotal(const QDateTime &upTo) const;

    std::optional<Operation> find(const QString &operationId) const;
    // Started or unknown: to settle at start-up, oldest first.
    QList<Operation> open() const;
    // Of one kind and method whose original is `originalOperationId` (cancels, refunds of it).
    QList<Operation> derivedFrom(const QString &originalOperationId) const;
    QList<Operation> forSale(const QString &saleUuid) const;
    // The SBP payment of a QR (a sale keeps the QR id as its payment's reference).
    std::optional<Operation> sbpPaymentOfQr(const QString &qrId) const;
    // The transactions journal: newest first, between two moments (UTC).
    QList<Operation> between(const QDateTime &from, const QDateTime &to) const;
    // Approved card RRNs: never to be taken for another operation during recovery.
    QStringList knownRrns() const;
    std::optional<Operation> lastWithSlip() const;

private:
    QList<Operation> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
    Clock m_clock;
};

} // namespace app::payments
