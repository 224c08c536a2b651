// prilavok-arcus-emulator: behaves like the Arcus2 command-line tool for the till's tests and demo
// mode. Run in a folder holding cashreg.ini (its EMULATOR_STATE names the emulated bank, see
// cardhost.h); writes output.dat (line 0 the response code, line 1 the text) and the slip
// cheq.out, both in CP1251.
//
//   /o1 /a<kopecks> /c643            payment
//   /o4 /a<kopecks> /c643 /x<rrn>    cancel by reference (same batch)
//   /o3 /a<kopecks> /c643 /x<rrn>    refund by reference (after settlement)
//   /o65                             settlement
//   /o90                             the batch report (emulator only)

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include "devices/payments/arcusanswer.h"
#include "devices/payments/charset.h"
#include "devices/payments/decimalamount.h"
#include "devices/payments/emulator/cardhost.h"

using namespace devices::payments;
using devices::TerminalOperation;

namespace {

void writeFile(const QString &name, const QByteArray &bytes)
{
    QFile f(QDir::current().filePath(name));
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
}

int answer(const QString &code, const QString &text)
{
    writeFile(QStringLiteral("output.dat"), arcus::formatOutput({code, text}));
    return 0;
}

void writeSlip(emu::CardHost *host, const QStringList &slip)
{
    writeFile(QStringLiteral("cheq.out"),
              encode8bit(slip.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"), Cp1251));
    if (host)
        host->appendTape(slip);
}

QStringList header(const emu::CardHost &host, const QString &title)
{
    return {QStringLiteral("ARCUS2 (ЭМУЛЯТОР)"),
            QDateTime::currentDateTime().toString(QStringLiteral("dd.MM.yyyy HH:mm:ss")),
            QStringLiteral("TID: %1").arg(host.terminalId()), title};
}

QString titleOf(TerminalOperation operation)
{
    switch (operation) {
    case TerminalOperation::Refund:
        return QStringLiteral("ВОЗВРАТ");
    case TerminalOperation::Reversal:
        return QStringLiteral("ОТМЕНА");
    case TerminalOperation::Reconciliation:
        return QStringLiteral("ЗАКРЫТИЕ ДНЯ");
    default:
        return QStringLiteral("ОПЛАТА");
    }
}

int decline(emu::CardHost &host, TerminalOperation operation, qint64 amount, const QString &code,
            const QString &text)
{
    QStringList slip = header(host, titleOf(operation));
    slip << QStringLiteral("СУММА: %1 RUB").arg(kopecksToDecimal(amount))
         << QStringLiteral("КОД ОТВЕТА: %1").arg(code) << (text.isEmpty() ? QStringLiteral("ОТКАЗ") : text);
    writeSlip(&host, slip);
    return answer(code, text.isEmpty() ? QStringLiteral("ОТКАЗ") : text);
}

int report(emu::CardHost &host)
{
    QStringList slip = header(host, QStringLiteral("ЖУРНАЛ ОПЕРАЦИЙ"));
    for (const emu::Operation &o : host.batch())
        slip << arcus::formatReportLine(o.record);
    writeSlip(nullptr, slip);
    return answer(QStringLiteral("00"), QStringLiteral("ОДОБРЕНО"));
}

int settle(emu::CardHost &host)
{
    qint64 total = 0;
    int count = 0;
    for (const emu::Operation &o : host.settle()) {
        total += o.record.operation == TerminalOperation::Payment ? o.record.amountKopecks
                                                                  : -o.record.amountKopecks;
        ++count;
    }
    QStringList slip = header(host, titleOf(TerminalOperation::Reconciliation));
    slip << QStringLiteral("ОПЕРАЦИЙ: %1").arg(count)
         << QStringLiteral("ИТОГО: %1 RUB").arg(kopecksToDecimal(total)) << QStringLiteral("ИТОГИ СОВПАЛИ");
    writeSlip(&host, slip);
    return answer(QStringLiteral("00"), QStringLiteral("ОДОБРЕНО"));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int op = 0;
    qint64 amount = 0;
    QString rrn;
    for (const QString &arg : app.arguments().mid(1)) {
        const QString value = arg.mid(2);
        if (arg.startsWith(QStringLiteral("/o")))
            op = value.toInt();
        else if (arg.startsWith(QStringLiteral("/a")))
            amount = value.toLongLong();
        else if (arg.startsWith(QStringLiteral("/x")))
            rrn = value;
    }
    QString error;
    std::unique_ptr<emu::CardHost> host =
        emu::CardHost::open(emu::pinpadSetting(QDir::current().filePath(QStringLiteral("cashreg.ini")),
                                               QStringLiteral("EMULATOR_STATE")),
                            error);
    if (!host)
        return answer(QStringLiteral("999"), QStringLiteral("Пин-пад не отвечает"));
    if (op == arcus::Op::EmulatorReport)
        return report(*host);
    TerminalOperation operation = TerminalOperation::Payment;
    if (op == arcus::Op::Refund)
        operation = TerminalOperation::Refund;
    else if (op == arcus::Op::Cancel)
        operation = TerminalOperation::Reversal;
    else if (op == arcus::Op::Settlement)
        operation = TerminalOperation::Reconciliation;
    else if (op != arcus::Op::Payment)
        return answer(QStringLiteral("998"), QStringLiteral("НЕИЗВЕСТНАЯ ОПЕРАЦИЯ"));

    const emu::Step step = host->nextStep();
    switch (step.kind) {
    case emu::Step::Kind::Fail:
        return answer(step.code, step.text);
    case emu::Step::Kind::Abort:
        emu::pause(step.delayMs);
        return answer(QLatin1String(arcus::CustomerCancelled), QStringLiteral("ОТМЕНЕНО КЛИЕНТОМ"));
    case emu::Step::Kind::Hang:
        emu::hangForever();
    case emu::Step::Kind::Decline:
        emu::pause(step.delayMs);
        return decline(*host, operation, amount, step.code, step.text);
    default:
        break;
    }
    emu::pause(step.delayMs);
    if (operation == TerminalOperation::Reconciliation)
        return settle(*host);
    const emu::HostAnswer result = host->authorise(operation, amount, rrn);
    if (!result.approved)
        return decline(*host, operation, amount, result.code, result.text);
    if (step.kind == emu::Step::Kind::Lost)
        emu::hangForever();
    if (step.kind == emu::Step::Kind::Vanish)
        return 0;
    const emu::Operation &o = result.operation;
    QStringList slip = header(*host, titleOf(operation));
    slip << QStringLiteral("PAN: %1").arg(o.record.cardMask)
         << QStringLiteral("СУММА: %1 RUB").arg(kopecksToDecimal(o.record.amountKopecks))
         << QStringLiteral("RRN: %1").arg(o.record.rrn) << QStringLiteral("AUTH: %1").arg(o.record.authCode)
         << QStringLiteral("КОД ОТВЕТА: 00") << QStringLiteral("ОДОБРЕНО") << QStringLiteral("__________");
    writeSlip(host.get(), slip);
    return answer(QStringLiteral("00"), QStringLiteral("ОДОБРЕНО"));
}
