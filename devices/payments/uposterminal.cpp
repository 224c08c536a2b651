#include "devices/payments/uposterminal.h"

#include <QFile>
#include <QFileInfo>

#include "devices/log.h"
#include "devices/payments/uposanswer.h"
#include "devices/tr.h"

namespace devices::payments {

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

UposTerminal::UposTerminal(const CliTerminalConfig &config, QObject *parent)
    : CliTerminal(config, parent)
{}

UposTerminal::~UposTerminal() = default;

QString UposTerminal::name() const
{
    return Tr::tr("Sberbank terminal (UPOS, sb_pilot)");
}

QStringList UposTerminal::arguments(const Request &request) const
{
    const QString amount = QString::number(request.amountKopecks);
    if (request.report) // the full report of the batch (TType 0 of the DLL's get_statistics)
        return {QString::number(upos::Op::Report), QStringLiteral("0")};
    switch (request.operation) {
    case TerminalOperation::Payment:
        return {QString::number(upos::Op::Payment), amount};
    case TerminalOperation::Refund:
        // "3 <kopecks> <card type> QSELECT <RRN>": card type 0 lets the terminal decide.
        return {QString::number(upos::Op::Refund), amount, QStringLiteral("0"), QStringLiteral("QSELECT"),
                request.originalRrn};
    case TerminalOperation::Reversal:
        return {QString::number(upos::Op::Cancel), amount, QStringLiteral("0"), QStringLiteral("QSELECT"),
                request.originalRrn};
    case TerminalOperation::Reconciliation:
        return {QString::number(upos::Op::Settlement)};
    case TerminalOperation::LastSlip:
        break;
    }
    return {};
}

bool UposTerminal::hasAnswer(const QString &directory) const
{
    return QFileInfo::exists(directory + QStringLiteral("/e"));
}

QStringList UposTerminal::readSlip(const QString &directory) const
{
    return upos::decodeSlip(readFile(directory + QStringLiteral("/p")));
}

TerminalResult UposTerminal::interpret(const Request &request, const QString &directory,
                                       const QByteArray &standardOutput) const
{
    TerminalResult result;
    result.operationId = request.operationId;
    result.operation = request.operation;
    result.amountKopecks = request.amountKopecks;
    result.time = QDateTime::currentDateTimeUtc();
    const std::optional<int> returned = upos::returnCode(standardOutput);
    const std::optional<upos::Answer> answer = upos::parseAnswer(readFile(directory + QStringLiteral("/e")));
    if (!answer) {
        // No answer file: only a clear "aborted" on stdout is safe to believe; anything else may
        // have been approved at the bank.
        if (returned == upos::Aborted) {
            result.outcome = TerminalOutcome::Cancelled;
            result.message = terminalOutcomeText(TerminalOutcome::Cancelled);
        } else {
            result.outcome = TerminalOutcome::LinkLost;
            result.message = terminalOutcomeText(TerminalOutcome::LinkLost);
        }
        return result;
    }
    if (returned && *returned != answer->code)
        qCWarning(lcDevices) << "sb_pilot: return" << *returned << "differs from e" << answer->code
                             << "; e wins";
    result.responseCode = QString::number(answer->code);
    result.slip = readSlip(directory);
    if (answer->code == upos::Approved) {
        result.outcome = TerminalOutcome::Approved;
        result.responseCode = QStringLiteral("00");
        result.rrn = answer->rrn;
        result.authCode = answer->authCode;
        result.cardMask = answer->cardMask;
        if (answer->hostTime.isValid())
            result.time = answer->hostTime;
        result.message = terminalOutcomeText(TerminalOutcome::Approved);
    } else if (answer->code == upos::Aborted) {
        result.outcome = TerminalOutcome::Cancelled;
        result.message =
            answer->text.isEmpty() ? terminalOutcomeText(TerminalOutcome::Cancelled) : answer->text;
    } else {
        result.outcome = TerminalOutcome::Declined;
        result.message =
            answer->text.isEmpty() ? terminalOutcomeText(TerminalOutcome::Declined) : answer->text;
    }
    return result;
}

bool UposTerminal::readReport(const QString &directory, const QByteArray &standardOutput,
                              QList<TerminalRecord> &records, QString &message) const
{
    Q_UNUSED(standardOutput)
    const std::optional<upos::Answer> answer = upos::parseAnswer(readFile(directory + QStringLiteral("/e")));
    if (!answer || answer->code != upos::Approved) {
        message = answer ? answer->text : Tr::tr("sb_pilot left no answer");
        return false;
    }
    records = upos::parseReport(readSlip(directory));
    return true;
}

} // namespace devices::payments
