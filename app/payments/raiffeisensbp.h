#pragma once

// The till's SBP acquirer over HTTP, speaking the Raiffeisen SBP API as its public spec describes
// it (Raiffeisen-DGTL/ecom-API sbp.yaml; payments-terminals-sbp.md §2.2): a dynamic QR registered
// with a short qrExpirationDate and our operation id as its `order`, its status polled (QR status,
// then the payment's), a cancel of an unpaid QR when the sale is abandoned, and refunds with our
// operation id as the `refundId` (the acquirer's idempotency key). Requests go through
// QNetworkAccessManager, so nothing here waits on the GUI thread; each has a 15 s budget.

#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

#include "devices/sbpprovider.h"

namespace app::payments {

class RaiffeisenSbp final : public devices::SbpProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RaiffeisenSbp)

public:
    // `api`: the base, e.g. https://e-commerce.raiffeisen.ru/api (the emulator: http://127.0.0.1:PORT/api).
    RaiffeisenSbp(const QUrl &api, const QString &secretKey, const QString &merchantId, int qrLifetimeSecs,
                  QObject *parent = nullptr);

    void setQrLifetimeSecs(int seconds) { m_lifetimeSecs = seconds; }

    QString name() const override;
    void createPayment(qint64 amountKopecks, const QString &operationId, const QString &purpose) override;
    void requestStatus(const QString &qrcId) override;
    void refund(const QString &qrcId, qint64 amountKopecks, const QString &operationId) override;
    void requestRefundStatus(const QString &qrcId, qint64 amountKopecks, const QString &operationId) override;
    void revoke(const QString &qrcId) override;

private:
    QNetworkReply *send(const QByteArray &verb, const QString &path, const QJsonObject &body = {});
    // The reply's JSON when it is a 200; otherwise empty with `error` set for the cashier.
    // `httpStatus` and `code` (the JSON's), when given, tell a refusal for good from a failure.
    static QJsonObject answer(QNetworkReply *reply, QString &error, int *httpStatus = nullptr,
                              QString *code = nullptr);
    // A refund answer (POST /refund or GET /refund/{id}) as the provider's signal.
    void emitRefund(QNetworkReply *reply, devices::SbpRefund result);

    QNetworkAccessManager m_network;
    QUrl m_api;
    QString m_secretKey;
    QString m_merchantId;
    int m_lifetimeSecs = 300;
    QHash<QString, devices::SbpPayment> m_payments; // by qrId: what the till asked for
};

} // namespace app::payments
