#pragma once

// A bank terminal driven through its vendor's command-line program (Sberbank sb_pilot, Arcus2
// CommandLineTool): one operation at a time, each in a folder named after our operation id under
// the work root, so the answer of an operation interrupted by a crash is found again by that id.
// Subclasses know the program's arguments, its answer files and its report of the day.

#include "devices/paymentterminal.h"

#include <QList>
#include <QPointer>

#include <optional>

namespace devices::payments {

class CliRun;
struct CliRunEnd;

struct CliTerminalConfig
{
    QString program;                  // the vendor's executable (or its emulator)
    QString configDir;                // files every run needs in its folder: pinpad.ini, cashreg.ini...
    QString workRoot;                 // one folder per operation below this
    int operationTimeoutMs = 180000;  // purchase, cancel, refund: a customer at the pinpad is slow
    int settlementTimeoutMs = 600000; // сверка итогов talks to the bank for minutes
    int reportTimeoutMs = 120000;
};

// One line of the terminal's own report of the current batch.
struct TerminalRecord
{
    TerminalOperation operation = TerminalOperation::Payment;
    qint64 amountKopecks = 0;
    QString rrn;
    QString authCode;
    QString cardMask;
    QDateTime time; // UTC
    bool approved = false;
};

// What the till knew of an operation when it was interrupted, to settle it after a restart.
struct PendingOperation
{
    QString operationId;
    TerminalOperation operation = TerminalOperation::Payment;
    qint64 amountKopecks = 0;
    QString originalRrn;
    QDateTime startedAt;   // UTC; the terminal's records before it do not count
    QStringList knownRrns; // already settled in our journal: never taken for this operation
};

class CliTerminal : public PaymentTerminal
{
    Q_OBJECT

public:
    explicit CliTerminal(const CliTerminalConfig &config, QObject *parent = nullptr);
    ~CliTerminal() override;

    const CliTerminalConfig &config() const { return m_config; }
    QString operationDir(const QString &operationId) const;

    bool isBusy() const override { return m_current.has_value(); }
    void pay(qint64 amountKopecks, const QString &operationId) override;
    void refund(qint64 amountKopecks, const QString &originalRrn, const QString &operationId) override;
    void reverse(qint64 amountKopecks, const QString &originalRrn, const QString &operationId) override;
    // The vendor programs cannot be interrupted safely from outside (the bank may already have
    // approved): the cashier is told to press the red key on the pinpad instead.
    void cancel() override;
    void reconcile(const QString &operationId) override;
    // The slip of the last operation, from its folder (a reprint needs no trip to the bank).
    void requestLastSlip(const QString &operationId) override;

    // Settles an operation left behind by a crash or a lost answer. finished() comes with its id:
    // Approved/Declined/Cancelled when the folder or the terminal's report tells; Timeout when
    // neither does (the cashier must look at the terminal).
    void recover(const PendingOperation &pending);
    // The terminal's own report of the batch; answers with operationsListed().
    void listOperations(const QString &operationId);

Q_SIGNALS:
    void operationsListed(const QString &operationId, bool ok,
                          const QList<devices::payments::TerminalRecord> &records, const QString &message);

protected:
    struct Request
    {
        TerminalOperation operation = TerminalOperation::Payment;
        qint64 amountKopecks = 0;
        QString originalRrn;
        QString operationId;
        bool report = false; // listOperations()
    };

    virtual QStringList arguments(const Request &request) const = 0;
    // The program has ended: its answer, from the files in `directory` and its stdout.
    virtual TerminalResult interpret(const Request &request, const QString &directory,
                                     const QByteArray &standardOutput) const = 0;
    // Whether the program left an answer file at all (an interrupted run may not have).
    virtual bool hasAnswer(const QString &directory) const = 0;
    virtual bool readReport(const QString &directory, const QByteArray &standardOutput,
                            QList<TerminalRecord> &records, QString &message) const = 0;
    virtual QStringList readSlip(const QString &directory) const = 0;
    // Whether this terminal has a report of its batch that listOperations() can run.
    virtual bool canReport() const { return true; }

private:
    void start(const Request &request);
    void onEnd(const Request &request, const CliRunEnd &end);
    void onReport(const Request &request, const CliRunEnd &end);
    void recoverFromReport(const PendingOperation &pending);
    void finish(const TerminalResult &result);
    TerminalResult baseResult(const Request &request) const;
    int timeoutFor(const Request &request) const;

    CliTerminalConfig m_config;
    std::optional<Request> m_current;
    QPointer<CliRun> m_run;
    QString m_lastSlipDir; // the folder of the last operation that printed a slip
};

} // namespace devices::payments

Q_DECLARE_METATYPE(devices::payments::TerminalRecord)
