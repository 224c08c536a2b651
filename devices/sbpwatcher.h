#pragma once

// Polls one SBP payment until it is paid, rejected or expired, so the payment screen only waits for
// one signal. It never has two status requests in flight. Past the QR's expiry one more answer
// decides; if the acquirer stays silent past the expiry plus a margin, it stops (silent()).

#include "devices/sbpprovider.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace devices {

class SbpPaymentWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SbpPaymentWatcher)

public:
    SbpPaymentWatcher(SbpProvider *provider, const SbpPayment &payment, int pollIntervalMs = 2000,
                      QObject *parent = nullptr);
    ~SbpPaymentWatcher() override;

    // How long past the QR's expiry a silent acquirer is waited for (the clocks may differ).
    void setSilenceMarginMs(int ms) { m_marginMs = ms; }
    void start();
    void stop();
    const SbpPayment &payment() const { return m_payment; }

Q_SIGNALS:
    void settled(const devices::SbpPayment &payment); // Paid, Rejected or Expired
    void problem(const QString &message);             // a status request failed; polling goes on
    void silent(const devices::SbpPayment &payment);  // expired + margin, no answer: stopped

private:
    void poll();
    void onStatus(const SbpPayment &payment);
    void onFailed(const QString &id, const QString &message);
    void finish(const SbpPayment &payment);

    QPointer<SbpProvider> m_provider;
    SbpPayment m_payment;
    QTimer m_timer;
    bool m_inFlight = false;
    bool m_lastCall = false; // past expiry: one more answer decides
    int m_marginMs = 30000;
};

} // namespace devices
