#pragma once

// An SBP acquirer in memory, for the demo mode and tests: QR payloads in the NSPK link format, and
// each payment's fate scripted (paid, expired, rejected after some time, or the service failing).

#include "devices/sbpprovider.h"

#include <QElapsedTimer>
#include <QHash>
#include <QQueue>

namespace devices {

struct EmulatedSbpScript
{
    enum class Fate { Pay, Expire, Reject, CreateFails, NoAnswer };
    Fate fate = Fate::Pay;
    int afterMs = 3000; // when the fate happens, counted from the QR creation
};

class EmulatedSbpProvider final : public SbpProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmulatedSbpProvider)

public:
    explicit EmulatedSbpProvider(QObject *parent = nullptr);
    ~EmulatedSbpProvider() override;

    void enqueue(const EmulatedSbpScript &script);
    // Network round trip of every call; and how long a NoAnswer call waits before failing.
    void setDelays(int answerMs, int timeoutMs);
    void setQrLifetimeSecs(int seconds) { m_lifetimeSecs = seconds; }

    QString name() const override;
    void createPayment(qint64 amountKopecks, const QString &operationId, const QString &purpose) override;
    void requestStatus(const QString &qrcId) override;
    void refund(const QString &qrcId, qint64 amountKopecks, const QString &operationId) override;

private:
    struct Entry
    {
        SbpPayment payment;
        EmulatedSbpScript script;
        QElapsedTimer age;
        qint64 refunded = 0;
    };

    SbpStatus statusOf(const Entry &entry) const;
    QString payloadFor(const QString &qrcId, qint64 amountKopecks) const;

    QQueue<EmulatedSbpScript> m_script;
    QHash<QString, Entry> m_payments;
    int m_answerMs = 300;
    int m_timeoutMs = 15000;
    int m_lifetimeSecs = 300;
    quint64 m_sequence = 0;
};

} // namespace devices
