#pragma once

// A bank card terminal (pinpad), whatever its vendor protocol (Sberbank UPOS, INPAS DualConnector,
// Arcus): one asynchronous interface. Every call answers with exactly one finished() carrying the
// operation id it was given, so the sale journal can match the answer to the payment it recorded
// before asking.

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

namespace devices {

enum class TerminalOperation { Payment, Refund, Reversal, Reconciliation, LastSlip };

enum class TerminalOutcome {
    Approved,
    Declined,  // the bank said no: see responseCode and message
    Cancelled, // the cashier or the customer cancelled on the pinpad
    Timeout,   // no answer in time: the payment state is UNKNOWN, check it before retrying
    LinkLost,  // the terminal went away mid-operation: the state is UNKNOWN as well
    Busy,      // another operation is running
};

struct TerminalResult
{
    QString operationId; // the caller's id, echoed
    TerminalOperation operation = TerminalOperation::Payment;
    TerminalOutcome outcome = TerminalOutcome::Declined;
    qint64 amountKopecks = 0;
    QString rrn; // bank reference (retrieval reference number), needed for refunds
    QString authCode;
    QString cardMask;     // **** 1234
    QString responseCode; // the host's code, "00" for approved
    QString message;      // for the cashier, translated
    QStringList slip;     // plain text lines; the registrar prints them as non-fiscal text
    QDateTime time;       // UTC

    bool approved() const { return outcome == TerminalOutcome::Approved; }
    // After these the money may or may not have moved: never retry blindly.
    bool stateUnknown() const
    {
        return outcome == TerminalOutcome::Timeout || outcome == TerminalOutcome::LinkLost;
    }
};

QString terminalOutcomeText(TerminalOutcome outcome);

class PaymentTerminal : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QString name() const = 0;
    virtual bool isBusy() const = 0;

    virtual void pay(qint64 amountKopecks, const QString &operationId) = 0;
    virtual void refund(qint64 amountKopecks, const QString &originalRrn, const QString &operationId) = 0;
    // Same-day cancellation of an approved payment ("отмена"), e.g. when the receipt could not be
    // fiscalised; cheaper for the shop than a refund.
    virtual void reverse(qint64 amountKopecks, const QString &originalRrn, const QString &operationId) = 0;
    // Aborts the running operation if the terminal still allows it; it then finishes as Cancelled.
    virtual void cancel() = 0;
    // End-of-day settlement with the bank ("сверка итогов"); its slip lists the day's totals.
    virtual void reconcile(const QString &operationId) = 0;
    // Prints the last slip again (paper jam, customer copy).
    virtual void requestLastSlip(const QString &operationId) = 0;

Q_SIGNALS:
    void finished(const devices::TerminalResult &result);
    // What the pinpad asks the customer right now ("Insert the card", "Enter the PIN").
    void prompt(const QString &text);
};

} // namespace devices

Q_DECLARE_METATYPE(devices::TerminalResult)
