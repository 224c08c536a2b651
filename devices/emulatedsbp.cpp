#include "devices/emulatedsbp.h"

#include "devices/tr.h"

#include <QTimer>

namespace devices {

namespace {

// CRC-16/CCITT-FALSE, as NSPK links carry a 4-hex-digit crc parameter.
quint16 crc16(const QByteArray &data)
{
    quint16 crc = 0xFFFF;
    for (const char byte : data) {
        crc ^= quint16(quint8(byte)) << 8;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ 0x1021) : quint16(crc << 1);
    }
    return crc;
}

} // namespace

EmulatedSbpProvider::EmulatedSbpProvider(QObject *parent)
    : SbpProvider(parent)
{}

EmulatedSbpProvider::~EmulatedSbpProvider() = default;

void EmulatedSbpProvider::enqueue(const EmulatedSbpScript &script)
{
    m_script.enqueue(script);
}

void EmulatedSbpProvider::setDelays(int answerMs, int timeoutMs)
{
    m_answerMs = answerMs;
    m_timeoutMs = timeoutMs;
}

QString EmulatedSbpProvider::name() const
{
    return Tr::tr("Emulated SBP acquirer");
}

QString EmulatedSbpProvider::payloadFor(const QString &qrcId, qint64 amountKopecks) const
{
    // type=02: a dynamic QR for one payment; bank: the acquirer's NSPK member id; sum in kopecks.
    const QString base = QStringLiteral("https://qr.nspk.ru/") + qrcId +
                         QStringLiteral("?type=02&bank=100000000111&sum=%1&cur=RUB").arg(amountKopecks);
    const QString crc = QStringLiteral("%1").arg(crc16(base.toLatin1()), 4, 16, QLatin1Char('0')).toUpper();
    return base + QStringLiteral("&crc=") + crc;
}

void EmulatedSbpProvider::createPayment(qint64 amountKopecks, const QString &operationId,
                                        const QString &purpose)
{
    Q_UNUSED(purpose)
    const EmulatedSbpScript script = m_script.isEmpty() ? EmulatedSbpScript{} : m_script.dequeue();
    if (script.fate == EmulatedSbpScript::Fate::NoAnswer) {
        QTimer::singleShot(m_timeoutMs, this, [this, operationId] {
            Q_EMIT failed(operationId,
                          Tr::tr("The SBP service does not answer. Try again or take another payment."));
        });
        return;
    }
    if (script.fate == EmulatedSbpScript::Fate::CreateFails || amountKopecks <= 0) {
        QTimer::singleShot(m_answerMs, this, [this, operationId] {
            Q_EMIT failed(operationId, Tr::tr("The acquirer refused to create the QR code."));
        });
        return;
    }
    ++m_sequence;
    // NSPK ids are 32 characters of A-Z and 0-9.
    const QString qrcId = QStringLiteral("AD1%1EMU").arg(m_sequence, 26, 10, QLatin1Char('0'));
    Entry entry;
    entry.script = script;
    entry.payment.operationId = operationId;
    entry.payment.qrcId = qrcId;
    entry.payment.amountKopecks = amountKopecks;
    entry.payment.payload = payloadFor(qrcId, amountKopecks);
    entry.payment.expiresAt = QDateTime::currentDateTimeUtc().addSecs(m_lifetimeSecs);
    entry.payment.status = SbpStatus::Pending;
    entry.payment.message = sbpStatusText(SbpStatus::Pending);
    entry.age.start();
    m_payments.insert(qrcId, entry);
    const SbpPayment payment = entry.payment;
    QTimer::singleShot(m_answerMs, this, [this, payment] { Q_EMIT paymentCreated(payment); });
}

SbpStatus EmulatedSbpProvider::statusOf(const Entry &entry) const
{
    if (entry.age.elapsed() < entry.script.afterMs)
        return SbpStatus::Pending;
    switch (entry.script.fate) {
    case EmulatedSbpScript::Fate::Pay:
        return SbpStatus::Paid;
    case EmulatedSbpScript::Fate::Reject:
        return SbpStatus::Rejected;
    default:
        return SbpStatus::Expired;
    }
}

void EmulatedSbpProvider::requestStatus(const QString &qrcId)
{
    QTimer::singleShot(m_answerMs, this, [this, qrcId] {
        const auto it = m_payments.find(qrcId);
        if (it == m_payments.end()) {
            Q_EMIT failed(qrcId, Tr::tr("The acquirer does not know this QR code."));
            return;
        }
        it->payment.status = statusOf(*it);
        it->payment.message = sbpStatusText(it->payment.status);
        Q_EMIT statusChanged(it->payment);
    });
}

void EmulatedSbpProvider::refund(const QString &qrcId, qint64 amountKopecks, const QString &operationId)
{
    QTimer::singleShot(m_answerMs, this, [this, qrcId, amountKopecks, operationId] {
        SbpRefund result;
        result.operationId = operationId;
        result.qrcId = qrcId;
        result.amountKopecks = amountKopecks;
        const auto it = m_payments.find(qrcId);
        if (it == m_payments.end() || statusOf(*it) != SbpStatus::Paid) {
            result.message = Tr::tr("Only a paid SBP payment can be refunded.");
        } else if (amountKopecks <= 0 || amountKopecks > it->payment.amountKopecks - it->refunded) {
            result.message = Tr::tr("The refund is larger than what is left of the payment.");
        } else {
            it->refunded += amountKopecks;
            result.ok = true;
            result.refundId = qrcId + QStringLiteral("-R%1").arg(++m_sequence);
            result.message = Tr::tr("Refunded through the Faster Payments System");
        }
        Q_EMIT refundFinished(result);
    });
}

} // namespace devices
