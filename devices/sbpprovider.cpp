#include "devices/sbpprovider.h"

#include "devices/tr.h"

namespace devices {

QString sbpStatusText(SbpStatus status)
{
    switch (status) {
    case SbpStatus::Pending:
        return Tr::tr("Waiting for the buyer to pay by QR code");
    case SbpStatus::Paid:
        return Tr::tr("Paid through the Faster Payments System");
    case SbpStatus::Expired:
        return Tr::tr("The QR code expired: the buyer did not pay in time");
    case SbpStatus::Rejected:
        return Tr::tr("The buyer's bank rejected the payment");
    case SbpStatus::Cancelled:
        return Tr::tr("The QR code was cancelled");
    }
    return {};
}

void SbpProvider::requestRefundStatus(const QString &qrcId, qint64 amountKopecks, const QString &operationId)
{
    refund(qrcId, amountKopecks, operationId);
}

void SbpProvider::revoke(const QString &qrcId)
{
    QMetaObject::invokeMethod(
        this,
        [this, qrcId] { Q_EMIT revoked(qrcId, false, Tr::tr("This acquirer cannot cancel a QR code.")); },
        Qt::QueuedConnection);
}

} // namespace devices
