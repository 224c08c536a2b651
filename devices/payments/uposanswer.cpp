#include "devices/payments/uposanswer.h"

#include <QRegularExpression>

#include "devices/payments/charset.h"
#include "devices/payments/decimalamount.h"

namespace devices::payments::upos {

namespace {

const QString TimeFormat = QStringLiteral("yyyyMMddHHmmss");
const QString ReportTimeFormat = QStringLiteral("dd.MM.yy HH:mm:ss");

QStringList lines(const QByteArray &koi8)
{
    QString text = decode8bit(koi8, Koi8r);
    text.remove(QLatin1Char('\r'));
    QStringList out = text.split(QLatin1Char('\n'));
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

QString operationWord(TerminalOperation operation)
{
    switch (operation) {
    case TerminalOperation::Refund:
        return QStringLiteral("ВОЗВРАТ");
    case TerminalOperation::Reversal:
        return QStringLiteral("ОТМЕНА");
    default:
        return QStringLiteral("ОПЛАТА");
    }
}

} // namespace

std::optional<Answer> parseAnswer(const QByteArray &eFile)
{
    const QStringList l = lines(eFile);
    if (l.isEmpty())
        return std::nullopt;
    const QString first = l.at(Line::Code).trimmed();
    const qsizetype comma = first.indexOf(QLatin1Char(','));
    bool ok = false;
    Answer a;
    a.code = (comma < 0 ? first : first.left(comma)).trimmed().toInt(&ok);
    if (!ok)
        return std::nullopt;
    a.text = comma < 0 ? QString() : first.mid(comma + 1).trimmed();
    auto at = [&l](int i) { return i < l.size() ? l.at(i).trimmed() : QString(); };
    a.cardMask = at(Line::Card);
    a.authCode = at(Line::AuthCode);
    a.number = at(Line::Number);
    a.terminalId = at(Line::TerminalId);
    QDateTime local = QDateTime::fromString(at(Line::HostTime), TimeFormat);
    if (local.isValid())
        a.hostTime = local.toUTC();
    a.rrn = at(Line::Rrn);
    a.cardHash = at(Line::CardHash);
    a.merchantId = at(Line::MerchantId);
    return a;
}

QByteArray formatAnswer(const Answer &a)
{
    QStringList l(Line::Count);
    l[Line::Code] = QStringLiteral("%1,%2").arg(a.code).arg(a.text);
    l[Line::Card] = a.cardMask;
    l[Line::AuthCode] = a.authCode;
    l[Line::Number] = a.number;
    l[Line::TerminalId] = a.terminalId;
    l[Line::HostTime] = a.hostTime.isValid() ? a.hostTime.toLocalTime().toString(TimeFormat) : QString();
    l[Line::Rrn] = a.rrn;
    l[Line::CardHash] = a.cardHash;
    l[Line::MerchantId] = a.merchantId;
    return encode8bit(l.join(QLatin1Char('\n')) + QLatin1Char('\n'), Koi8r);
}

std::optional<int> returnCode(const QByteArray &standardOutput)
{
    static const QRegularExpression re(QStringLiteral("return:\\s*(-?\\d+)"));
    std::optional<int> last;
    auto it = re.globalMatch(QString::fromLatin1(standardOutput));
    while (it.hasNext())
        last = it.next().captured(1).toInt();
    return last;
}

QStringList decodeSlip(const QByteArray &pFile)
{
    return lines(pFile);
}

QString formatReportLine(const TerminalRecord &r)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
        .arg(r.time.toLocalTime().toString(ReportTimeFormat), operationWord(r.operation),
             kopecksToDecimal(r.amountKopecks), r.cardMask.isEmpty() ? QStringLiteral("-") : r.cardMask,
             r.authCode.isEmpty() ? QStringLiteral("-") : r.authCode,
             r.rrn.isEmpty() ? QStringLiteral("-") : r.rrn,
             r.approved ? QStringLiteral("ОДОБРЕНО") : QStringLiteral("ОТКАЗ"));
}

QList<TerminalRecord> parseReport(const QStringList &slip)
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\d\\d\\.\\d\\d\\.\\d\\d \\d\\d:\\d\\d:\\d\\d) (ОПЛАТА|ОТМЕНА|ВОЗВРАТ) (\\d+\\.\\d\\d) (\\S+) "
        "(\\S+) (\\S+) (ОДОБРЕНО|ОТКАЗ)$"));
    QList<TerminalRecord> out;
    for (const QString &line : slip) {
        const auto m = re.match(line.trimmed());
        if (!m.hasMatch())
            continue;
        TerminalRecord r;
        QDateTime local = QDateTime::fromString(m.captured(1), ReportTimeFormat);
        if (local.isValid() && local.date().year() < 2000)
            local = local.addYears(100); // two-digit years are this century
        r.time = local.toUTC();
        const QString word = m.captured(2);
        r.operation = word == QStringLiteral("ВОЗВРАТ")  ? TerminalOperation::Refund
                      : word == QStringLiteral("ОТМЕНА") ? TerminalOperation::Reversal
                                                         : TerminalOperation::Payment;
        r.amountKopecks = decimalToKopecks(m.captured(3)).value_or(0);
        auto field = [](const QString &f) { return f == QStringLiteral("-") ? QString() : f; };
        r.cardMask = field(m.captured(4));
        r.authCode = field(m.captured(5));
        r.rrn = field(m.captured(6));
        r.approved = m.captured(7) == QStringLiteral("ОДОБРЕНО");
        out << r;
    }
    return out;
}

} // namespace devices::payments::upos
