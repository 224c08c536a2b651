#include "devices/payments/cliterminal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include "devices/log.h"
#include "devices/payments/clirun.h"
#include "devices/tr.h"

namespace devices::payments {

namespace {

// The terminal's clock and ours differ a little; its records from just before our start count.
constexpr qint64 ClockSlackSecs = 120;

QString lastSlipPointer(const QString &root)
{
    return root + QStringLiteral("/last-slip");
}

} // namespace

CliTerminal::CliTerminal(const CliTerminalConfig &config, QObject *parent)
    : PaymentTerminal(parent)
    , m_config(config)
{
    qRegisterMetaType<devices::TerminalResult>();
    qRegisterMetaType<devices::payments::TerminalRecord>();
    QDir().mkpath(m_config.workRoot);
    QFile pointer(lastSlipPointer(m_config.workRoot));
    if (pointer.open(QIODevice::ReadOnly))
        m_lastSlipDir = QString::fromUtf8(pointer.readAll()).trimmed();
}

CliTerminal::~CliTerminal() = default;

QString CliTerminal::operationDir(const QString &operationId) const
{
    return m_config.workRoot + QLatin1Char('/') + operationId;
}

void CliTerminal::pay(qint64 amountKopecks, const QString &operationId)
{
    start({TerminalOperation::Payment, amountKopecks, {}, operationId});
}

void CliTerminal::refund(qint64 amountKopecks, const QString &originalRrn, const QString &operationId)
{
    start({TerminalOperation::Refund, amountKopecks, originalRrn, operationId});
}

void CliTerminal::reverse(qint64 amountKopecks, const QString &originalRrn, const QString &operationId)
{
    start({TerminalOperation::Reversal, amountKopecks, originalRrn, operationId});
}

void CliTerminal::reconcile(const QString &operationId)
{
    start({TerminalOperation::Reconciliation, 0, {}, operationId});
}

void CliTerminal::cancel()
{
    if (m_current)
        Q_EMIT prompt(Tr::tr("To cancel, press the red key on the pinpad."));
}

TerminalResult CliTerminal::baseResult(const Request &request) const
{
    TerminalResult result;
    result.operationId = request.operationId;
    result.operation = request.operation;
    result.amountKopecks = request.amountKopecks;
    result.time = QDateTime::currentDateTimeUtc();
    return result;
}

int CliTerminal::timeoutFor(const Request &request) const
{
    if (request.report)
        return m_config.reportTimeoutMs;
    return request.operation == TerminalOperation::Reconciliation ? m_config.settlementTimeoutMs
                                                                  : m_config.operationTimeoutMs;
}

void CliTerminal::requestLastSlip(const QString &operationId)
{
    TerminalResult result = baseResult({TerminalOperation::LastSlip, 0, {}, operationId});
    if (m_current) {
        result.outcome = TerminalOutcome::Busy;
        result.message = terminalOutcomeText(TerminalOutcome::Busy);
    } else if (m_lastSlipDir.isEmpty() || (result.slip = readSlip(m_lastSlipDir)).isEmpty()) {
        result.outcome = TerminalOutcome::Declined;
        result.message = Tr::tr("There is no slip to print again.");
    } else {
        result.outcome = TerminalOutcome::Approved;
        result.responseCode = QStringLiteral("00");
    }
    QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(result); });
}

void CliTerminal::start(const Request &request)
{
    if (m_current) {
        TerminalResult busy = baseResult(request);
        busy.outcome = TerminalOutcome::Busy;
        busy.message = terminalOutcomeText(TerminalOutcome::Busy);
        QTimer::singleShot(0, this, [this, busy] { Q_EMIT finished(busy); });
        return;
    }
    m_current = request;
    auto *run = new CliRun(this);
    m_run = run;
    connect(run, &CliRun::finished, this, [this, run, request](const CliRunEnd &end) {
        run->deleteLater();
        if (request.report)
            onReport(request, end);
        else
            onEnd(request, end);
    });
    if (!request.report &&
        (request.operation == TerminalOperation::Payment || request.operation == TerminalOperation::Refund))
        Q_EMIT prompt(Tr::tr("Insert, tap or swipe the card"));
    run->start(m_config.program, arguments(request), m_config.configDir, operationDir(request.operationId),
               timeoutFor(request));
}

void CliTerminal::onEnd(const Request &request, const CliRunEnd &end)
{
    TerminalResult result = baseResult(request);
    switch (end.kind) {
    case CliRunEnd::Kind::FailedToStart:
        qCWarning(lcDevices) << "terminal program failed to start:" << end.error;
        result.outcome = TerminalOutcome::Declined;
        result.message =
            Tr::tr("The terminal program did not start (%1). No money was taken.").arg(end.error);
        break;
    case CliRunEnd::Kind::TimedOut:
        result.outcome = TerminalOutcome::Timeout;
        result.message = terminalOutcomeText(TerminalOutcome::Timeout);
        break;
    case CliRunEnd::Kind::Exited:
        result = interpret(request, end.directory, end.standardOutput);
        break;
    }
    if (!result.slip.isEmpty()) {
        m_lastSlipDir = end.directory;
        QFile pointer(lastSlipPointer(m_config.workRoot));
        if (pointer.open(QIODevice::WriteOnly | QIODevice::Truncate))
            pointer.write(m_lastSlipDir.toUtf8());
    }
    finish(result);
}

void CliTerminal::finish(const TerminalResult &result)
{
    m_current.reset();
    qCInfo(lcDevices) << "terminal operation" << result.operationId << int(result.operation) << "->"
                      << int(result.outcome) << result.responseCode << result.rrn;
    Q_EMIT finished(result);
}

void CliTerminal::listOperations(const QString &operationId)
{
    Request request{TerminalOperation::Reconciliation, 0, {}, operationId, true};
    if (m_current || !canReport()) {
        const QString why = m_current ? terminalOutcomeText(TerminalOutcome::Busy)
                                      : Tr::tr("the terminal has no report of its batch set up");
        QTimer::singleShot(
            0, this, [this, operationId, why] { Q_EMIT operationsListed(operationId, false, {}, why); });
        return;
    }
    start(request);
}

void CliTerminal::onReport(const Request &request, const CliRunEnd &end)
{
    m_current.reset();
    QList<TerminalRecord> records;
    QString message;
    bool ok = false;
    if (end.kind == CliRunEnd::Kind::Exited)
        ok = readReport(end.directory, end.standardOutput, records, message);
    else
        message =
            end.kind == CliRunEnd::Kind::TimedOut ? terminalOutcomeText(TerminalOutcome::Timeout) : end.error;
    Q_EMIT operationsListed(request.operationId, ok, records, message);
}

void CliTerminal::recover(const PendingOperation &pending)
{
    Request request{pending.operation, pending.amountKopecks, pending.originalRrn, pending.operationId};
    if (m_current) {
        TerminalResult busy = baseResult(request);
        busy.outcome = TerminalOutcome::Busy;
        busy.message = terminalOutcomeText(TerminalOutcome::Busy);
        QTimer::singleShot(0, this, [this, busy] { Q_EMIT finished(busy); });
        return;
    }
    const QString dir = operationDir(pending.operationId);
    if (!QFileInfo::exists(dir)) {
        // Journaled, but the till stopped before the program was started: nothing happened.
        TerminalResult result = baseResult(request);
        result.outcome = TerminalOutcome::Declined;
        result.message = Tr::tr("The operation never reached the terminal. No money was taken.");
        QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(result); });
        return;
    }
    m_current = request;
    auto *run = new CliRun(this);
    m_run = run;
    connect(run, &CliRun::finished, this, [this, run, request, pending](const CliRunEnd &end) {
        run->deleteLater();
        if (end.kind == CliRunEnd::Kind::Exited && hasAnswer(end.directory)) {
            finish(interpret(request, end.directory, end.standardOutput));
            return;
        }
        m_current.reset();
        recoverFromReport(pending);
    });
    // A program a crashed till left running finishes its dialogue first.
    run->attach(dir, timeoutFor(request));
}

void CliTerminal::recoverFromReport(const PendingOperation &pending)
{
    const QString reportId = pending.operationId + QStringLiteral("-report-") +
                             QString::number(QDateTime::currentMSecsSinceEpoch());
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        this, &CliTerminal::operationsListed, this,
        [this, reportId, pending, connection](const QString &id, bool ok,
                                              const QList<TerminalRecord> &records, const QString &message) {
            if (id != reportId)
                return;
            disconnect(*connection);
            TerminalResult result = baseResult(
                {pending.operation, pending.amountKopecks, pending.originalRrn, pending.operationId});
            if (!ok) {
                result.outcome = TerminalOutcome::Timeout;
                result.message =
                    Tr::tr("The terminal's report is not available (%1). Check the payment on the "
                           "terminal.")
                        .arg(message);
                finish(result);
                return;
            }
            const QDateTime since = pending.startedAt.addSecs(-ClockSlackSecs);
            for (const TerminalRecord &r : records) {
                if (r.operation != pending.operation || r.amountKopecks != pending.amountKopecks ||
                    !r.approved || (since.isValid() && r.time.isValid() && r.time < since) ||
                    pending.knownRrns.contains(r.rrn))
                    continue;
                result.outcome = TerminalOutcome::Approved;
                result.responseCode = QStringLiteral("00");
                result.rrn = r.rrn;
                result.authCode = r.authCode;
                result.cardMask = r.cardMask;
                result.time = r.time;
                result.message = Tr::tr("Found in the terminal's report: the operation was approved.");
                finish(result);
                return;
            }
            result.outcome = TerminalOutcome::Declined;
            result.message = Tr::tr("The terminal's report has no such operation: no money was taken.");
            finish(result);
        });
    listOperations(reportId);
}

} // namespace devices::payments
