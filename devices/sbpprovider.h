#pragma once

// Payments through the Faster Payments System (СБП): the acquiring bank registers a dynamic QR for
// the amount, the buyer pays from a banking app, the till polls the status. One interface for any
// acquirer's API; every call answers with a signal carrying the ids it was given.

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace devices {

enum class SbpStatus {
    Pending, // the QR is shown, nothing paid yet
    Paid,
    Expired,   // the buyer did not pay in time: offer another way to pay
    Rejected,  // the buyer's bank declined
    Cancelled, // the QR was cancelled (by us or at the acquirer) before anyone paid: nobody can now
};

QString sbpStatusText(SbpStatus status);

struct SbpPayment
{
    QString operationId; // the caller's id, echoed
    QString qrcId;       // the acquirer's id of the QR, used for status and refunds
    QString payload;     // https://qr.nspk.ru/... : what the QR code encodes
    qint64 amountKopecks = 0;
    QDateTime expiresAt; // UTC
    SbpStatus status = SbpStatus::Pending;
    QString message; // translated, for the cashier
};

struct SbpRefund
{
    QString operationId;
    QString qrcId;
    qint64 amountKopecks = 0;
    bool ok = false;
    bool unknown = false; // no answer: the bank may have done it; retry with the same operation id
    bool pending = false; // the bank took it and has not finished it (IN_PROGRESS): ask again later
    QString refundId;
    QString message;
};

class SbpProvider : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QString name() const = 0;
    // Answers with paymentCreated() or failed().
    virtual void createPayment(qint64 amountKopecks, const QString &operationId, const QString &purpose) = 0;
    // Answers with statusChanged() (even when the status is the same) or failed().
    virtual void requestStatus(const QString &qrcId) = 0;
    // Answers with refundFinished().
    virtual void refund(const QString &qrcId, qint64 amountKopecks, const QString &operationId) = 0;
    // Where a refund left pending stands now; answers with refundFinished(). By default the refund
    // is sent again: the operation id is its idempotency key, so it is never made twice.
    virtual void requestRefundStatus(const QString &qrcId, qint64 amountKopecks, const QString &operationId);
    // Cancels an unpaid QR so a late scan cannot pay an abandoned sale; answers with revoked() (a
    // QR paid first stays paid: ask requestStatus() after it). Providers without it answer not ok.
    virtual void revoke(const QString &qrcId);

Q_SIGNALS:
    void paymentCreated(const devices::SbpPayment &payment);
    void statusChanged(const devices::SbpPayment &payment);
    void refundFinished(const devices::SbpRefund &refund);
    void revoked(const QString &qrcId, bool ok, const QString &message);
    void failed(const QString &operationId, const QString &message);
    // createPayment() answered with a refusal for good (the acquirer said 400 and the like): no QR
    // was made and asking again will not make one. `message` is for the cashier, in full.
    void refused(const QString &operationId, const QString &message);
};

} // namespace devices

Q_DECLARE_METATYPE(devices::SbpPayment)
Q_DECLARE_METATYPE(devices::SbpRefund)
