// prilavok-sb-pilot-emulator: behaves like Sberbank's sb_pilot on Linux for the till's tests and
// demo mode. One process per operation, run in a fresh folder holding pinpad.ini; writes the
// answer e and the slip p there in KOI8-R and prints "return:<code>"; the exit status is always 0,
// as integrators report for the real program. pinpad.ini's EmulatorState names the folder with
// the emulated bank (cardhost.h: batch, history, script of outcomes).
//
//   sb_pilot 1 <kopecks>                        payment
//   sb_pilot 8 <kopecks> 0 QSELECT <rrn>        cancel (same batch)
//   sb_pilot 3 <kopecks> 0 QSELECT <rrn>        refund (after settlement)
//   sb_pilot 7                                  settlement (сверка итогов)
//   sb_pilot 9 0                                full report of the batch

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

#include "devices/payments/charset.h"
#include "devices/payments/decimalamount.h"
#include "devices/payments/emulator/cardhost.h"
#include "devices/payments/uposanswer.h"

using namespace devices::payments;
using devices::TerminalOperation;

namespace {

void writeFile(const QString &name, const QByteArray &bytes)
{
    QFile f(QDir::current().filePath(name));
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
}

int finish(int code)
{
    std::printf("return:%d\n", code);
    std::fflush(stdout);
    return 0; // sb_pilot's exit status tells nothing; the emulator keeps that trait
}

QString title(TerminalOperation operation)
{
    switch (operation) {
    case TerminalOperation::Refund:
        return QStringLiteral("ВОЗВРАТ ПОКУПКИ");
    case TerminalOperation::Reversal:
        return QStringLiteral("ОТМЕНА");
    case TerminalOperation::Reconciliation:
        return QStringLiteral("СВЕРКА ИТОГОВ");
    default:
        return QStringLiteral("ОПЛАТА");
    }
}

QStringList header(const emu::CardHost &host, TerminalOperation operation)
{
    const QDateTime now = QDateTime::currentDateTime();
    return {QStringLiteral("ПАО СБЕРБАНК (ЭМУЛЯТОР)"),
            now.toString(QStringLiteral("dd.MM.yy")) + QStringLiteral("            ") +
                now.toString(QStringLiteral("HH:mm")),
            QStringLiteral("Т: %1  М: %2").arg(host.terminalId(), host.merchantId()), title(operation)};
}

void writeSlip(emu::CardHost &host, const QStringList &slip)
{
    writeFile(QStringLiteral("p"), encode8bit(slip.join(QLatin1Char('\n')) + QLatin1Char('\n'), Koi8r));
    host.appendTape(slip);
}

int decline(emu::CardHost &host, TerminalOperation operation, qint64 amount, const QString &code,
            const QString &text)
{
    upos::Answer a;
    a.code = code.toInt();
    a.text = text.isEmpty() ? QStringLiteral("ОТКАЗ") : text;
    a.terminalId = host.terminalId();
    a.merchantId = host.merchantId();
    writeFile(QStringLiteral("e"), upos::formatAnswer(a));
    QStringList slip = header(host, operation);
    slip << QStringLiteral("Сумма (Руб): %1").arg(kopecksToDecimal(amount))
         << QStringLiteral("ОТКАЗ, КОД %1").arg(code) << a.text;
    writeSlip(host, slip);
    return finish(a.code);
}

int report(emu::CardHost &host)
{
    QStringList slip = header(host, TerminalOperation::Reconciliation);
    slip[3] = QStringLiteral("КОНТРОЛЬНАЯ ЛЕНТА");
    for (const emu::Operation &o : host.batch())
        slip << upos::formatReportLine(o.record);
    slip << QStringLiteral("ОПЕРАЦИЙ: %1").arg(host.batch().size());
    upos::Answer a;
    a.code = upos::Approved;
    a.text = QStringLiteral("ОДОБРЕНО");
    a.terminalId = host.terminalId();
    writeFile(QStringLiteral("e"), upos::formatAnswer(a));
    writeFile(QStringLiteral("p"), encode8bit(slip.join(QLatin1Char('\n')) + QLatin1Char('\n'), Koi8r));
    return finish(upos::Approved);
}

int settle(emu::CardHost &host)
{
    qint64 sums[3] = {0, 0, 0};
    int counts[3] = {0, 0, 0};
    for (const emu::Operation &o : host.settle()) {
        const int i = o.record.operation == TerminalOperation::Refund     ? 1
                      : o.record.operation == TerminalOperation::Reversal ? 2
                                                                          : 0;
        sums[i] += o.record.amountKopecks;
        ++counts[i];
    }
    QStringList slip = header(host, TerminalOperation::Reconciliation);
    slip << QStringLiteral("ОПЛАТА: %1 НА %2").arg(counts[0]).arg(kopecksToDecimal(sums[0]))
         << QStringLiteral("ВОЗВРАТ: %1 НА %2").arg(counts[1]).arg(kopecksToDecimal(sums[1]))
         << QStringLiteral("ОТМЕНА: %1 НА %2").arg(counts[2]).arg(kopecksToDecimal(sums[2]))
         << QStringLiteral("ИТОГО: %1").arg(kopecksToDecimal(sums[0] - sums[1] - sums[2]))
         << QStringLiteral("ИТОГИ СОВПАЛИ") << QStringLiteral("Данные переданы успешно");
    upos::Answer a;
    a.code = upos::Approved;
    a.text = QStringLiteral("ОДОБРЕНО");
    a.terminalId = host.terminalId();
    a.merchantId = host.merchantId();
    a.hostTime = QDateTime::currentDateTimeUtc();
    writeFile(QStringLiteral("e"), upos::formatAnswer(a));
    writeSlip(host, slip);
    return finish(upos::Approved);
}

int approve(emu::CardHost &host, TerminalOperation operation, const emu::Operation &o)
{
    upos::Answer a;
    a.code = upos::Approved;
    a.text = QStringLiteral("ОДОБРЕНО");
    a.cardMask = o.record.cardMask;
    a.authCode = o.record.authCode;
    a.number = o.number;
    a.terminalId = host.terminalId();
    a.hostTime = o.record.time;
    a.rrn = o.record.rrn;
    a.cardHash = QStringLiteral("EMU%1").arg(o.record.cardMask.right(4));
    a.merchantId = host.merchantId();
    writeFile(QStringLiteral("e"), upos::formatAnswer(a));
    QStringList slip = header(host, operation);
    slip << QStringLiteral("Карта: %1").arg(o.record.cardMask)
         << QStringLiteral("Сумма (Руб): %1").arg(kopecksToDecimal(o.record.amountKopecks))
         << QStringLiteral("Код авторизации: %1").arg(o.record.authCode)
         << QStringLiteral("Номер ссылки: %1").arg(o.record.rrn) << QStringLiteral("Чек: %1").arg(o.number)
         << QStringLiteral("ОДОБРЕНО") << QStringLiteral("________________________");
    writeSlip(host, slip);
    return finish(upos::Approved);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const int op = args.value(0).toInt();
    const qint64 amount = args.value(1).toLongLong();
    const QString rrn = args.size() >= 5 && args.at(3) == QStringLiteral("QSELECT") ? args.at(4) : QString();
    QString error;
    const QString state = emu::pinpadSetting(QDir::current().filePath(QStringLiteral("pinpad.ini")),
                                             QStringLiteral("EmulatorState"));
    std::unique_ptr<emu::CardHost> host = emu::CardHost::open(state, error);
    if (!host) {
        upos::Answer a;
        a.code = 99;
        a.text = QStringLiteral("НЕТ СВЯЗИ С ПИНПАДОМ");
        writeFile(QStringLiteral("e"), upos::formatAnswer(a));
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return finish(a.code);
    }
    if (op == upos::Op::Report)
        return report(*host);
    TerminalOperation operation = TerminalOperation::Payment;
    if (op == upos::Op::Refund)
        operation = TerminalOperation::Refund;
    else if (op == upos::Op::Cancel)
        operation = TerminalOperation::Reversal;
    else if (op == upos::Op::Settlement)
        operation = TerminalOperation::Reconciliation;
    else if (op != upos::Op::Payment)
        return decline(*host, operation, amount, QStringLiteral("4100"),
                       QStringLiteral("НЕИЗВЕСТНАЯ ОПЕРАЦИЯ"));

    const emu::Step step = host->nextStep();
    switch (step.kind) {
    case emu::Step::Kind::Fail: {
        upos::Answer a;
        a.code = step.code.toInt();
        a.text = step.text;
        writeFile(QStringLiteral("e"), upos::formatAnswer(a));
        return finish(a.code);
    }
    case emu::Step::Kind::Abort: {
        emu::pause(step.delayMs);
        upos::Answer a;
        a.code = upos::Aborted;
        a.text = QStringLiteral("ОПЕРАЦИЯ ПРЕРВАНА");
        writeFile(QStringLiteral("e"), upos::formatAnswer(a));
        return finish(a.code);
    }
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
    const emu::HostAnswer answer = host->authorise(operation, amount, rrn);
    if (!answer.approved)
        return decline(*host, operation, amount, answer.code, answer.text);
    if (step.kind == emu::Step::Kind::Lost)
        emu::hangForever();
    if (step.kind == emu::Step::Kind::Vanish)
        return 0;
    return approve(*host, operation, answer.operation);
}
