#pragma once

// SBP operations of the till on top of the acquirer, journaled like card ones: each payment (its
// QR) and each refund is written to the payment journal under our operation id before the
// acquirer is asked; the id is the acquirer's idempotency key (the QR's `order`, the `refundId`).
//
// Recovery after a crash (recoverOpen) asks the acquirer, never the buyer again: a payment whose QR
// answer was lost registers the same order once more (the acquirer answers with the same QR);
// a paid QR pays the sale (carriedPayments), an expired or declined one is told to the cashier, a
// QR still waiting is cancelled first so a late scan cannot pay a basket nobody watches, then asked
// again; what the acquirer cannot tell goes to the cashier with the facts. A refund without an
// answer is sent again with the same refund id, so it is never made twice.

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include "app/payments/paymentjournal.h"
#include "devices/sbpprovider.h"

namespace devices {
class SbpPaymentWatcher;
} // namespace devices

namespace app::payments {

class SbpOperations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SbpOperations)

public:
    SbpOperations(PaymentJournal &journal, devices::SbpProvider *provider, int pollIntervalMs = 1000,
                  QObject *parent = nullptr);
    ~SbpOperations() override;

    devices::SbpProvider *provider() const { return m_provider; }
    // How long past a QR's expiry a silent acquirer is waited for before the cashier is asked.
    void setExpiryMarginMs(int ms) { m_marginMs = ms; }

    // Journals the payment and asks for its QR; qrReady() shows it, finished() ends it.
    Result<QString> pay(Kopecks amount, const QString &saleUuid, const QString &details);
    // The cashier gave up on a QR on screen: it is cancelled at the acquirer and asked once more;
    // if the buyer paid first the money goes back (a refund, journaled).
    void abandon(const QString &operationId);
    // Money back from a paid SBP payment (our operation id), for a return or an abandoned sale.
    Result<QString> refund(const QString &paymentOperationId, Kopecks amount, const QString &documentUuid,
                           const QString &purpose);
    // The same by the QR id a sale keeps as its payment reference (a sale of an earlier version has
    // no journaled payment: the refund is journaled alone).
    Result<QString> refundQr(const QString &qrId, Kopecks amount, const QString &documentUuid,
                             const QString &purpose);

    // A refund left without an answer, sent again under the same refund id (made once at most).
    Result<void> resend(const QString &refundOperationId);
    // Every paid SBP payment of a sale that will never be fiscalised goes back (journaled).
    QStringList reverseSale(const QString &saleUuid);
    // A return is created after its refund: the operation is stored with it then.
    Result<void> attachToDocument(const QString &operationId, const QString &documentUuid);
    // Operations of `saleUuid` that the start-up recovery settled or put to the cashier, each told
    // once: the payment screen shows what happened to a QR of before the restart.
    QList<Operation> takeRecovered(const QString &saleUuid);

    Kopecks returnable(const QString &paymentOperationId) const;
    // SBP payments of `saleUuid` approved and not given back: after a restart mid-sale they pay it
    // instead of a new QR.
    QList<Operation> carriedPayments(const QString &saleUuid) const;
    std::optional<Operation> paymentByQr(const QString &qrId) const;

    void recoverOpen(); // start-up: settle what a crashed run left started or unknown
    // The cashier checked (the buyer's banking app, the acquirer's cabinet): paid or not.
    Result<void> resolveByCashier(const QString &operationId, bool paid);

Q_SIGNALS:
    void qrReady(const app::payments::Operation &operation);
    void finished(const app::payments::Operation &operation);
    void needsCashier(const app::payments::Operation &operation, const QString &facts);

private:
    enum class Step {
        Creating,      // the QR is being registered for the screen
        Showing,       // on screen, polled by the watcher
        Reregistering, // recovery: the same order again, to learn the QR
        Orphaned,      // the QR's answer was lost here: the same order again, to learn and cancel it
        Asking,        // recovery: what the acquirer says of the QR
        Revoking,      // cancelling an unpaid QR
        AskingAgain,   // after the cancel: paid first, or cancelled
        Refunding,
        Silenced, // expired, the acquirer silent: with the cashier; cancelled once it answers again
    };

    void onCreated(const devices::SbpPayment &payment);
    void onStatus(const devices::SbpPayment &payment);
    void onRevoked(const QString &qrId, bool ok, const QString &message);
    void onRefused(const QString &anyId, const QString &message);
    void onFailed(const QString &id, const QString &message);
    void onRefund(const devices::SbpRefund &refund);
    void onWatcherSettled(const QString &operationId, const devices::SbpPayment &payment);
    void onWatcherSilent(const QString &operationId, const devices::SbpPayment &payment);

    void settle(const QString &operationId, State state, const QString &code, const QString &message);
    void toCashier(const QString &operationId, const QString &why);
    void stopWatching(const QString &operationId);
    QString operationOf(const QString &id) const; // by operation id or QR id
    QString factsOf(const Operation &operation, const QString &why) const;
    QString refundFactsOf(const Operation &operation, const QString &why) const;

    PaymentJournal &m_journal;
    QPointer<devices::SbpProvider> m_provider;
    int m_pollMs = 1000;
    int m_marginMs = 30000;
    QHash<QString, Step> m_steps;                            // operation id -> where it is
    QHash<QString, QString> m_byQr;                          // QR id -> operation id
    QHash<QString, devices::SbpPaymentWatcher *> m_watchers; // operation id -> its poller
    QSet<QString> m_abandoned;      // payments the cashier gave up: paid anyway -> refunded
    QHash<QString, int> m_asked;    // statuses still "waiting" after our cancel
    QSet<QString> m_recovering;     // by recoverOpen(), until settled
    QStringList m_recovered;        // settled by recoverOpen(), not yet told
    QSet<QString> m_pendingRefunds; // answered IN_PROGRESS: asked again until COMPLETED or DECLINED
};

} // namespace app::payments
