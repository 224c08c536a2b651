#include "app/sync/payloadoperations.h"

#include <QJsonObject>

#include <algorithm>

#include "app/payments/paymentjournal.h"
#include "app/sync/payloadv2.h"

namespace app {

QString PayloadV2::safeCardMask(const QString &mask)
{
    const auto digits = std::count_if(mask.begin(), mask.end(), [](QChar c) { return c.isDigit(); });
    if (digits <= 10)
        return mask;
    QString out = mask;
    qsizetype seen = 0;
    for (QChar &c : out) {
        if (!c.isDigit())
            continue;
        if (seen >= 6 && seen < digits - 4)
            c = QLatin1Char('*');
        ++seen;
    }
    return out;
}

QJsonArray PayloadV2::paymentOperations(Database &db, const QString &documentUuid)
{
    using namespace payments;
    QJsonArray out;
    if (documentUuid.isEmpty())
        return out;
    for (const Operation &o : PaymentJournal(db).forSale(documentUuid)) {
        if (o.kind == Kind::Reconciliation)
            continue;
        QJsonObject j{{QStringLiteral("operation_id"), o.operationId},
                      {QStringLiteral("method"), methodKey(o.method)},
                      {QStringLiteral("kind"), kindKey(o.kind)},
                      {QStringLiteral("state"), stateKey(o.state)},
                      {QStringLiteral("amount"), qint64(o.amount)},
                      {QStringLiteral("at"), time(o.updatedAt.isValid() ? o.updatedAt : o.createdAt)}};
        const auto put = [&j](const char *key, const QString &value) {
            if (!value.isEmpty())
                j.insert(QLatin1String(key), value);
        };
        put("original_operation_id", o.originalOperationId);
        put("rrn", o.rrn);
        put("auth_code", o.authCode);
        put("card_mask", safeCardMask(o.cardMask));
        put("response_code", o.responseCode);
        put("message", o.message);
        put("qr_id", o.qrId);
        put("transaction_id", o.transactionId);
        // The acquirer's refundId of an SBP refund is our operation id (app/payments/sbpoperations).
        if (o.method == Method::Sbp && o.kind == Kind::Refund)
            put("refund_id", o.operationId);
        out.append(j);
    }
    return out;
}

} // namespace app
