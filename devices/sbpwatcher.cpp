#include "devices/sbpwatcher.h"

namespace devices {

SbpPaymentWatcher::SbpPaymentWatcher(SbpProvider *provider, const SbpPayment &payment, int pollIntervalMs,
                                     QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_payment(payment)
{
    m_timer.setInterval(pollIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SbpPaymentWatcher::poll);
    if (m_provider) {
        connect(m_provider, &SbpProvider::statusChanged, this, &SbpPaymentWatcher::onStatus);
        connect(m_provider, &SbpProvider::failed, this, &SbpPaymentWatcher::onFailed);
    }
}

SbpPaymentWatcher::~SbpPaymentWatcher() = default;

void SbpPaymentWatcher::start()
{
    m_lastCall = false;
    m_timer.start();
    poll();
}

void SbpPaymentWatcher::stop()
{
    m_timer.stop();
}

void SbpPaymentWatcher::poll()
{
    if (!m_provider)
        return;
    // No answer decided the QR by its expiry plus the margin: waiting longer helps nobody.
    if (m_payment.expiresAt.isValid() &&
        QDateTime::currentDateTimeUtc() > m_payment.expiresAt.addMSecs(m_marginMs)) {
        m_timer.stop();
        Q_EMIT silent(m_payment);
        return;
    }
    if (m_inFlight)
        return;
    if (m_payment.expiresAt.isValid() && QDateTime::currentDateTimeUtc() > m_payment.expiresAt)
        m_lastCall = true;
    m_inFlight = true;
    m_provider->requestStatus(m_payment.qrcId);
}

void SbpPaymentWatcher::onStatus(const SbpPayment &payment)
{
    if (payment.qrcId != m_payment.qrcId || !m_timer.isActive())
        return;
    m_inFlight = false;
    m_payment = payment;
    if (payment.status != SbpStatus::Pending) {
        finish(payment);
        return;
    }
    if (m_lastCall) {
        SbpPayment expired = payment;
        expired.status = SbpStatus::Expired;
        expired.message = sbpStatusText(SbpStatus::Expired);
        finish(expired);
    }
}

void SbpPaymentWatcher::onFailed(const QString &id, const QString &message)
{
    if ((id != m_payment.qrcId && id != m_payment.operationId) || !m_timer.isActive())
        return;
    m_inFlight = false;
    Q_EMIT problem(message);
}

void SbpPaymentWatcher::finish(const SbpPayment &payment)
{
    m_timer.stop();
    m_payment = payment;
    Q_EMIT settled(payment);
}

} // namespace devices
