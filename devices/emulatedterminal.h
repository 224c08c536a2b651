#pragma once

// A card terminal that exists only in memory: for the demo mode, for training and for tests. Each
// operation takes the next scripted outcome (approve when the script is empty), answers after a
// realistic delay and prints a slip like a real pinpad does.

#include "devices/paymentterminal.h"

#include <QList>
#include <QQueue>
#include <QTimer>

namespace devices {

struct EmulatedTerminalStep
{
    TerminalOutcome outcome = TerminalOutcome::Approved;
    QString responseCode; // for Declined: "51" insufficient funds, "05" do not honour...
    QString reason;       // for Declined: the host's text
};

class EmulatedTerminal final : public PaymentTerminal
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmulatedTerminal)

public:
    explicit EmulatedTerminal(QObject *parent = nullptr);
    ~EmulatedTerminal() override;

    // Card read and host answer times; a real pinpad needs about 1-3 s.
    void setDelays(int promptMs, int answerMs);
    // How long a scripted Timeout waits before giving up, like a driver's answer timeout.
    void setTimeoutMs(int ms);
    void enqueue(const EmulatedTerminalStep &step);
    void enqueue(TerminalOutcome outcome) { enqueue(EmulatedTerminalStep{outcome, {}, {}}); }

    QString name() const override;
    bool isBusy() const override { return m_current.has_value(); }
    void pay(qint64 amountKopecks, const QString &operationId) override;
    void refund(qint64 amountKopecks, const QString &originalRrn, const QString &operationId) override;
    void reverse(qint64 amountKopecks, const QString &originalRrn, const QString &operationId) override;
    void cancel() override;
    void reconcile(const QString &operationId) override;
    void requestLastSlip(const QString &operationId) override;

private:
    struct Transaction
    {
        QString rrn;
        qint64 amount = 0;
        qint64 returned = 0; // refunded or reversed
        bool reversed = false;
        TerminalOperation operation = TerminalOperation::Payment;
    };
    struct Pending
    {
        TerminalResult result;
        QString originalRrn;
        EmulatedTerminalStep step;
    };

    bool start(TerminalOperation operation, qint64 amount, const QString &originalRrn,
               const QString &operationId);
    void answer();
    void complete(TerminalResult result);
    QStringList slipFor(const TerminalResult &result) const;
    Transaction *findPayment(const QString &rrn);

    QQueue<EmulatedTerminalStep> m_script;
    std::optional<Pending> m_current;
    QList<Transaction> m_batch; // since the last reconciliation
    QStringList m_lastSlip;
    QTimer m_promptTimer;
    QTimer m_answerTimer;
    int m_promptMs = 400;
    int m_answerMs = 1500;
    int m_timeoutMs = 60000;
    quint64 m_sequence = 0;
};

} // namespace devices
