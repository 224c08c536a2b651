#include "devices/emulatedterminal.h"

#include "devices/log.h"
#include "devices/money.h"
#include "devices/tr.h"

namespace devices {

namespace {

const QString EmulatedCard = QStringLiteral("**** 4242");

QString operationTitle(TerminalOperation operation)
{
    switch (operation) {
    case TerminalOperation::Payment:
        return Tr::tr("PAYMENT");
    case TerminalOperation::Refund:
        return Tr::tr("REFUND");
    case TerminalOperation::Reversal:
        return Tr::tr("CANCELLATION");
    case TerminalOperation::Reconciliation:
        return Tr::tr("RECONCILIATION");
    case TerminalOperation::LastSlip:
        return Tr::tr("COPY");
    }
    return {};
}

} // namespace

EmulatedTerminal::EmulatedTerminal(QObject *parent)
    : PaymentTerminal(parent)
{
    m_promptTimer.setSingleShot(true);
    m_answerTimer.setSingleShot(true);
    connect(&m_promptTimer, &QTimer::timeout, this,
            [this] { Q_EMIT prompt(Tr::tr("Insert, tap or swipe the card")); });
    connect(&m_answerTimer, &QTimer::timeout, this, &EmulatedTerminal::answer);
}

EmulatedTerminal::~EmulatedTerminal() = default;

void EmulatedTerminal::setDelays(int promptMs, int answerMs)
{
    m_promptMs = promptMs;
    m_answerMs = answerMs;
}

void EmulatedTerminal::setTimeoutMs(int ms)
{
    m_timeoutMs = ms;
}

void EmulatedTerminal::enqueue(const EmulatedTerminalStep &step)
{
    m_script.enqueue(step);
}

QString EmulatedTerminal::name() const
{
    return Tr::tr("Emulated card terminal");
}

void EmulatedTerminal::pay(qint64 amountKopecks, const QString &operationId)
{
    start(TerminalOperation::Payment, amountKopecks, {}, operationId);
}

void EmulatedTerminal::refund(qint64 amountKopecks, const QString &originalRrn, const QString &operationId)
{
    start(TerminalOperation::Refund, amountKopecks, originalRrn, operationId);
}

void EmulatedTerminal::reverse(qint64 amountKopecks, const QString &originalRrn, const QString &operationId)
{
    start(TerminalOperation::Reversal, amountKopecks, originalRrn, operationId);
}

void EmulatedTerminal::reconcile(const QString &operationId)
{
    start(TerminalOperation::Reconciliation, 0, {}, operationId);
}

void EmulatedTerminal::requestLastSlip(const QString &operationId)
{
    start(TerminalOperation::LastSlip, 0, {}, operationId);
}

void EmulatedTerminal::cancel()
{
    if (!m_current)
        return;
    m_promptTimer.stop();
    m_answerTimer.stop();
    TerminalResult result = m_current->result;
    result.outcome = TerminalOutcome::Cancelled;
    result.message = terminalOutcomeText(TerminalOutcome::Cancelled);
    complete(result);
}

bool EmulatedTerminal::start(TerminalOperation operation, qint64 amount, const QString &originalRrn,
                             const QString &operationId)
{
    TerminalResult result;
    result.operationId = operationId;
    result.operation = operation;
    result.amountKopecks = amount;
    if (m_current) {
        result.outcome = TerminalOutcome::Busy;
        result.message = terminalOutcomeText(TerminalOutcome::Busy);
        result.time = QDateTime::currentDateTimeUtc();
        // Asynchronous like every other answer, so callers never see a signal inside their call.
        QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(result); });
        return false;
    }
    Pending pending{result, originalRrn, {}};
    const bool needsCard = operation == TerminalOperation::Payment || operation == TerminalOperation::Refund;
    if (operation != TerminalOperation::LastSlip && operation != TerminalOperation::Reconciliation &&
        !m_script.isEmpty())
        pending.step = m_script.dequeue();
    m_current = pending;
    if (needsCard)
        m_promptTimer.start(m_promptMs);
    m_answerTimer.start(pending.step.outcome == TerminalOutcome::Timeout ? m_timeoutMs : m_answerMs);
    return true;
}

EmulatedTerminal::Transaction *EmulatedTerminal::findPayment(const QString &rrn)
{
    for (Transaction &t : m_batch) {
        if (t.rrn == rrn && t.operation == TerminalOperation::Payment)
            return &t;
    }
    return nullptr;
}

void EmulatedTerminal::answer()
{
    if (!m_current)
        return;
    m_promptTimer.stop();
    const Pending pending = *m_current;
    TerminalResult result = pending.result;
    result.time = QDateTime::currentDateTimeUtc();
    result.outcome = pending.step.outcome;

    auto decline = [&result](const QString &code, const QString &reason) {
        result.outcome = TerminalOutcome::Declined;
        result.responseCode = code;
        result.message = reason.isEmpty() ? terminalOutcomeText(TerminalOutcome::Declined) : reason;
    };

    if (result.outcome == TerminalOutcome::Declined) {
        decline(pending.step.responseCode.isEmpty() ? QStringLiteral("05") : pending.step.responseCode,
                pending.step.reason);
    } else if (result.outcome != TerminalOutcome::Approved) {
        result.message = terminalOutcomeText(result.outcome);
    } else {
        switch (result.operation) {
        case TerminalOperation::Payment:
            break;
        case TerminalOperation::Refund: {
            Transaction *original = findPayment(pending.originalRrn);
            if (!original)
                decline(QStringLiteral("25"), Tr::tr("The original payment was not found on the terminal."));
            else if (original->reversed || result.amountKopecks > original->amount - original->returned)
                decline(QStringLiteral("13"),
                        Tr::tr("The refund is larger than what is left of the payment."));
            else
                original->returned += result.amountKopecks;
            break;
        }
        case TerminalOperation::Reversal: {
            Transaction *original = findPayment(pending.originalRrn);
            if (!original)
                decline(QStringLiteral("25"), Tr::tr("The original payment was not found on the terminal."));
            else if (original->reversed || original->returned != 0 ||
                     result.amountKopecks != original->amount)
                decline(
                    QStringLiteral("13"),
                    Tr::tr("Only a whole payment without refunds can be cancelled; make a refund instead."));
            else {
                original->reversed = true;
                original->returned = original->amount;
            }
            break;
        }
        case TerminalOperation::Reconciliation:
            break;
        case TerminalOperation::LastSlip:
            if (m_lastSlip.isEmpty())
                decline(QStringLiteral("NS"), Tr::tr("There is no slip to print again."));
            break;
        }
    }

    if (result.approved()) {
        result.responseCode = QStringLiteral("00");
        result.message = terminalOutcomeText(TerminalOutcome::Approved);
        if (result.operation == TerminalOperation::Payment || result.operation == TerminalOperation::Refund ||
            result.operation == TerminalOperation::Reversal) {
            ++m_sequence;
            result.rrn = result.time.toString(QStringLiteral("yyMMdd")) +
                         QStringLiteral("%1").arg(m_sequence, 6, 10, QLatin1Char('0'));
            result.authCode =
                QStringLiteral("%1").arg((m_sequence * 7919) % 1000000, 6, 10, QLatin1Char('0'));
            result.cardMask = EmulatedCard;
            m_batch.append({result.rrn, result.amountKopecks, 0, false, result.operation});
        }
    }
    if (result.operation == TerminalOperation::LastSlip && result.approved())
        result.slip = m_lastSlip;
    else if (result.outcome == TerminalOutcome::Approved || result.outcome == TerminalOutcome::Declined)
        result.slip = slipFor(result);
    if (result.operation == TerminalOperation::Reconciliation && result.approved())
        m_batch.clear();
    complete(result);
}

void EmulatedTerminal::complete(TerminalResult result)
{
    m_current.reset();
    qCDebug(lcDevices) << "emulated terminal:" << result.operationId << int(result.operation)
                       << int(result.outcome);
    if (!result.slip.isEmpty() && result.operation != TerminalOperation::LastSlip)
        m_lastSlip = result.slip;
    Q_EMIT finished(result);
}

QStringList EmulatedTerminal::slipFor(const TerminalResult &result) const
{
    QStringList slip;
    slip << Tr::tr("EMULATED TERMINAL")
         << result.time.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"))
         << operationTitle(result.operation);
    if (result.operation == TerminalOperation::Reconciliation) {
        qint64 payments = 0;
        qint64 paymentCount = 0;
        qint64 returns = 0;
        qint64 returnCount = 0;
        for (const Transaction &t : m_batch) {
            if (t.operation == TerminalOperation::Payment) {
                payments += t.amount;
                ++paymentCount;
            } else {
                returns += t.amount;
                ++returnCount;
            }
        }
        slip << Tr::tr("Payments: %1, %2 RUB").arg(paymentCount).arg(formatKopecks(payments))
             << Tr::tr("Refunds: %1, %2 RUB").arg(returnCount).arg(formatKopecks(returns))
             << Tr::tr("Total: %1 RUB").arg(formatKopecks(payments - returns)) << Tr::tr("TOTALS MATCH");
        return slip;
    }
    slip << Tr::tr("Amount: %1 RUB").arg(formatKopecks(result.amountKopecks));
    if (result.approved()) {
        slip << Tr::tr("Card: %1").arg(result.cardMask) << Tr::tr("RRN: %1").arg(result.rrn)
             << Tr::tr("Authorisation code: %1").arg(result.authCode) << Tr::tr("APPROVED");
    } else {
        slip << Tr::tr("DECLINED, code %1").arg(result.responseCode) << result.message;
    }
    return slip;
}

} // namespace devices
