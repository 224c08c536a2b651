#include "devices/payments/arcusterminal.h"

#include <QFile>
#include <QFileInfo>

#include "devices/payments/arcusanswer.h"
#include "devices/tr.h"

namespace devices::payments {

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

ArcusTerminal::ArcusTerminal(const CliTerminalConfig &config, int reportOperation, QObject *parent)
    : CliTerminal(config, parent)
    , m_reportOperation(reportOperation)
{}

ArcusTerminal::~ArcusTerminal() = default;

QString ArcusTerminal::name() const
{
    return Tr::tr("Arcus2 terminal (command-line tool)");
}

QStringList ArcusTerminal::arguments(const Request &request) const
{
    auto op = [](int code) { return QStringLiteral("/o%1").arg(code); };
    const QString amount = QStringLiteral("/a%1").arg(request.amountKopecks);
    const QString currency = QStringLiteral("/c643");
    if (request.report)
        return {op(m_reportOperation)};
    switch (request.operation) {
    case TerminalOperation::Payment:
        return {op(arcus::Op::Payment), amount, currency};
    case TerminalOperation::Refund:
        return {op(arcus::Op::Refund), amount, currency, QStringLiteral("/x") + request.originalRrn};
    case TerminalOperation::Reversal:
        return {op(arcus::Op::Cancel), amount, currency, QStringLiteral("/x") + request.originalRrn};
    case TerminalOperation::Reconciliation:
        return {op(arcus::Op::Settlement)};
    case TerminalOperation::LastSlip:
        break;
    }
    return {};
}

bool ArcusTerminal::hasAnswer(const QString &directory) const
{
    return QFileInfo::exists(directory + QStringLiteral("/output.dat"));
}

QStringList ArcusTerminal::readSlip(const QString &directory) const
{
    return arcus::decodeSlip(readFile(directory + QStringLiteral("/cheq.out")));
}

TerminalResult ArcusTerminal::interpret(const Request &request, const QString &directory,
                                        const QByteArray &standardOutput) const
{
    Q_UNUSED(standardOutput)
    TerminalResult result;
    result.operationId = request.operationId;
    result.operation = request.operation;
    result.amountKopecks = request.amountKopecks;
    result.time = QDateTime::currentDateTimeUtc();
    if (!hasAnswer(directory)) {
        result.outcome = TerminalOutcome::LinkLost;
        result.message = terminalOutcomeText(TerminalOutcome::LinkLost);
        return result;
    }
    const arcus::Output output = arcus::parseOutput(readFile(directory + QStringLiteral("/output.dat")));
    result.responseCode = output.code;
    result.slip = readSlip(directory);
    if (output.approved()) {
        const arcus::SlipFields fields = arcus::parseSlip(result.slip);
        result.outcome = TerminalOutcome::Approved;
        result.responseCode = QStringLiteral("00");
        result.rrn = fields.rrn;
        result.authCode = fields.authCode;
        result.cardMask = fields.cardMask;
        result.message = terminalOutcomeText(TerminalOutcome::Approved);
        if (request.operation != TerminalOperation::Reconciliation && result.rrn.isEmpty()) {
            // Approved, but the slip does not say which RRN: a later refund could not find it.
            result.message = Tr::tr("Approved, but the slip carries no RRN.");
        }
    } else if (output.code == QLatin1String(arcus::CustomerCancelled)) {
        result.outcome = TerminalOutcome::Cancelled;
        result.message =
            output.text.isEmpty() ? terminalOutcomeText(TerminalOutcome::Cancelled) : output.text;
    } else {
        result.outcome = TerminalOutcome::Declined;
        result.message = output.text.isEmpty() ? terminalOutcomeText(TerminalOutcome::Declined) : output.text;
    }
    return result;
}

bool ArcusTerminal::readReport(const QString &directory, const QByteArray &standardOutput,
                               QList<TerminalRecord> &records, QString &message) const
{
    Q_UNUSED(standardOutput)
    if (m_reportOperation <= 0) {
        message = Tr::tr("this Arcus2 install has no report operation set up");
        return false;
    }
    const arcus::Output output = arcus::parseOutput(readFile(directory + QStringLiteral("/output.dat")));
    if (!hasAnswer(directory) || !output.approved()) {
        message = output.text.isEmpty() ? Tr::tr("the Arcus2 tool left no answer") : output.text;
        return false;
    }
    records = arcus::parseReport(readSlip(directory));
    return true;
}

} // namespace devices::payments
