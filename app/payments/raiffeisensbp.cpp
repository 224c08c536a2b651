#include "app/payments/raiffeisensbp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

#include "app/core/money.h"
#include "app/core/tr.h"
#include "app/logging.h"

namespace app::payments {

namespace {

constexpr int RequestBudgetMs = 15000; // per HTTP request, as the reference proposes

QString amountText(qint64 kopecks)
{
    return QStringLiteral("%1.%2").arg(kopecks / 100).arg(kopecks % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

RaiffeisenSbp::RaiffeisenSbp(const QUrl &api, const QString &secretKey, const QString &merchantId,
                             int qrLifetimeSecs, QObject *parent)
    : SbpProvider(parent)
    , m_api(api)
    , m_secretKey(secretKey)
    , m_merchantId(merchantId)
    , m_lifetimeSecs(qrLifetimeSecs)
{
    qRegisterMetaType<devices::SbpPayment>();
    qRegisterMetaType<devices::SbpRefund>();
}

QString RaiffeisenSbp::name() const
{
    return Tr::tr("SBP through Raiffeisenbank");
}

QNetworkReply *RaiffeisenSbp::send(const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    QUrl url = m_api;
    url.setPath(m_api.path() + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!m_secretKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_secretKey.toUtf8());
    request.setTransferTimeout(RequestBudgetMs);
    const QByteArray data =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return m_network.sendCustomRequest(request, verb, data);
}

QJsonObject RaiffeisenSbp::answer(QNetworkReply *reply, QString &error, int *httpStatus, QString *code)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    if (httpStatus)
        *httpStatus = status;
    if (code)
        *code = json.value(QStringLiteral("code")).toString();
    if (reply->error() == QNetworkReply::NoError && status == 200 &&
        json.value(QStringLiteral("code")).toString() == QStringLiteral("SUCCESS"))
        return json;
    if (status == 0)
        error = Tr::tr("The SBP bank does not answer (%1).").arg(reply->errorString());
    else
        error = Tr::tr("The SBP bank refused the request (HTTP %1, %2).")
                    .arg(status)
                    .arg(json.value(QStringLiteral("code")).toString());
    return {};
}

void RaiffeisenSbp::createPayment(qint64 amountKopecks, const QString &operationId, const QString &purpose)
{
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(m_lifetimeSecs);
    // `order` is our operation id: registering it again after a lost answer gives the same QR.
    QNetworkReply *reply = send("POST", QStringLiteral("/sbp/v1/qr/register"),
                                {{QStringLiteral("qrType"), QStringLiteral("QRDynamic")},
                                 {QStringLiteral("amount"), amountText(amountKopecks)},
                                 {QStringLiteral("currency"), QStringLiteral("RUB")},
                                 {QStringLiteral("order"), operationId},
                                 {QStringLiteral("paymentDetails"), purpose},
                                 {QStringLiteral("qrExpirationDate"), expires.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("sbpMerchantId"), m_merchantId}});
    connect(reply, &QNetworkReply::finished, this, [this, reply, amountKopecks, operationId, expires] {
        int status = 0;
        QString error, code;
        const QJsonObject json = answer(reply, error, &status, &code);
        if (json.isEmpty()) {
            // A 4xx other than a timeout, a conflict or a rate limit: the acquirer read the request
            // and will not make this QR, now or on a retry. Said at once, never left as an orphan.
            if (status >= 400 && status < 500 && status != 408 && status != 409 && status != 429) {
                Q_EMIT refused(operationId, Tr::tr("The SBP bank refused to make a QR code for this payment "
                                                   "(HTTP %1, %2). Nothing was paid by SBP: take the "
                                                   "payment another way.")
                                                .arg(status)
                                                .arg(code.isEmpty() ? QStringLiteral("-") : code));
                return;
            }
            Q_EMIT failed(operationId, error);
            return;
        }
        devices::SbpPayment payment;
        payment.operationId = operationId;
        payment.qrcId = json.value(QStringLiteral("qrId")).toString();
        payment.payload = json.value(QStringLiteral("payload")).toString();
        payment.amountKopecks = amountKopecks;
        payment.expiresAt = expires;
        m_payments.insert(payment.qrcId, payment);
        qCInfo(lcApp) << "SBP QR" << payment.qrcId << "for" << operationId;
        Q_EMIT paymentCreated(payment);
    });
}

void RaiffeisenSbp::requestStatus(const QString &qrcId)
{
    QNetworkReply *reply = send("GET", QStringLiteral("/sbp/v2/qrs/") + qrcId);
    connect(reply, &QNetworkReply::finished, this, [this, reply, qrcId] {
        devices::SbpPayment payment = m_payments.value(qrcId);
        payment.qrcId = qrcId;
        QString error;
        const QJsonObject json = answer(reply, error);
        if (json.isEmpty()) {
            // A QR of an earlier run (recovery) is known here by its id only.
            Q_EMIT failed(payment.operationId.isEmpty() ? qrcId : payment.operationId, error);
            return;
        }
        const QString status = json.value(QStringLiteral("qrStatus")).toString();
        if (status == QStringLiteral("PAID")) {
            payment.status = devices::SbpStatus::Paid;
        } else if (status == QStringLiteral("EXPIRED")) {
            payment.status = devices::SbpStatus::Expired;
        } else if (status == QStringLiteral("CANCELLED")) {
            payment.status = devices::SbpStatus::Cancelled; // not a decline: nobody paid or declined
            payment.message = devices::sbpStatusText(payment.status);
        } else {
            // Still waiting: the payment itself may already be declined by the buyer's bank.
            QNetworkReply *info = send("GET", QStringLiteral("/sbp/v1/qr/%1/payment-info").arg(qrcId));
            connect(info, &QNetworkReply::finished, this, [this, info, payment]() mutable {
                QString why;
                const QJsonObject p = answer(info, why);
                if (p.value(QStringLiteral("paymentStatus")).toString() == QStringLiteral("DECLINED"))
                    payment.status = devices::SbpStatus::Rejected;
                Q_EMIT statusChanged(payment);
            });
            return;
        }
        Q_EMIT statusChanged(payment);
    });
}

void RaiffeisenSbp::revoke(const QString &qrcId)
{
    // So a late scan cannot pay an abandoned basket; a QR paid first stays paid (the caller asks).
    QNetworkReply *reply = send("DELETE", QStringLiteral("/sbp/v2/qrs/") + qrcId);
    connect(reply, &QNetworkReply::finished, this, [this, reply, qrcId] {
        QString error;
        const bool ok = !answer(reply, error).isEmpty();
        if (!ok)
            qCWarning(lcApp) << "SBP QR cancel:" << error;
        Q_EMIT revoked(qrcId, ok, error);
    });
}

void RaiffeisenSbp::refund(const QString &qrcId, qint64 amountKopecks, const QString &operationId)
{
    // The refund names the payment by its order, which the acquirer tells for the QR.
    QNetworkReply *info = send("GET", QStringLiteral("/sbp/v1/qr/%1/payment-info").arg(qrcId));
    connect(info, &QNetworkReply::finished, this, [this, info, qrcId, amountKopecks, operationId] {
        devices::SbpRefund result;
        result.operationId = operationId;
        result.qrcId = qrcId;
        result.amountKopecks = amountKopecks;
        QString error;
        const QJsonObject payment = answer(info, error);
        if (payment.isEmpty()) {
            result.message = error;
            result.unknown = true; // nothing was asked of the refund yet, but a retry is safe
            Q_EMIT refundFinished(result);
            return;
        }
        QNetworkReply *reply =
            send("POST", QStringLiteral("/sbp/v1/refund"),
                 {{QStringLiteral("amount"), amountText(amountKopecks)},
                  {QStringLiteral("order"), payment.value(QStringLiteral("order")).toString()},
                  {QStringLiteral("refundId"), operationId},
                  {QStringLiteral("paymentDetails"), Tr::tr("Return of goods")}});
        connect(reply, &QNetworkReply::finished, this, [this, reply, result] { emitRefund(reply, result); });
    });
}

void RaiffeisenSbp::requestRefundStatus(const QString &qrcId, qint64 amountKopecks,
                                        const QString &operationId)
{
    devices::SbpRefund result;
    result.operationId = operationId;
    result.qrcId = qrcId;
    result.amountKopecks = amountKopecks;
    QNetworkReply *reply = send("GET", QStringLiteral("/sbp/v1/refund/") + operationId);
    connect(reply, &QNetworkReply::finished, this, [this, reply, result] { emitRefund(reply, result); });
}

void RaiffeisenSbp::emitRefund(QNetworkReply *reply, devices::SbpRefund result)
{
    QString why;
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = answer(reply, why);
    // No answer or a server fault: the refund may be done; the refund id makes a retry safe.
    result.unknown = json.isEmpty() && (http == 0 || http >= 500);
    const QString status = json.value(QStringLiteral("refundStatus")).toString();
    result.ok = status == QStringLiteral("COMPLETED");
    // IN_PROGRESS is not money back yet: it may still end DECLINED (the spec's follow-up GET).
    result.pending = status == QStringLiteral("IN_PROGRESS");
    result.refundId = result.operationId;
    result.message = json.isEmpty()   ? why
                     : result.ok      ? Tr::tr("The SBP refund is done by the bank.")
                     : result.pending ? Tr::tr("The SBP bank is still processing the refund.")
                                      : Tr::tr("The SBP bank declined the refund.");
    Q_EMIT refundFinished(result);
}

} // namespace app::payments
