#include "devices/payments/arcusanswer.h"

#include <QRegularExpression>

#include "devices/payments/charset.h"
#include "devices/payments/decimalamount.h"

namespace devices::payments::arcus {

namespace {

const QString ReportTimeFormat = QStringLiteral("dd.MM.yyyy HH:mm:ss");

QStringList lines(const QByteArray &cp1251)
{
    QString text = decode8bit(cp1251, Cp1251);
    text.remove(QLatin1Char('\r'));
    QStringList out = text.split(QLatin1Char('\n'));
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

QString firstMatch(const QStringList &slip, const QRegularExpression &re)
{
    for (const QString &line : slip) {
        const auto m = re.match(line);
        if (m.hasMatch())
            return m.captured(1);
    }
    return {};
}

} // namespace

bool Output::approved() const
{
    static const QRegularExpression zeros(QStringLiteral("^00+$"));
    return zeros.match(code).hasMatch();
}

Output parseOutput(const QByteArray &outputDat)
{
    const QStringList l = lines(outputDat);
    Output out;
    out.code = l.value(0).trimmed();
    out.text = l.value(1).trimmed();
    return out;
}

QByteArray formatOutput(const Output &output)
{
    return encode8bit(output.code + QStringLiteral("\r\n") + output.text + QStringLiteral("\r\n"), Cp1251);
}

QStringList decodeSlip(const QByteArray &cheq)
{
    return lines(cheq);
}

SlipFields parseSlip(const QStringList &slip)
{
    static const QRegularExpression rrn(QStringLiteral("RRN\\s*:\\s*(\\d+)"));
    static const QRegularExpression pan(QStringLiteral("PAN\\s*:\\s*([*0-9]+)"));
    static const QRegularExpression auth(QStringLiteral("(?:AUTH|КОД АВТОРИЗАЦИИ)\\s*:\\s*(\\w+)"));
    return {firstMatch(slip, rrn), firstMatch(slip, pan), firstMatch(slip, auth)};
}

QString formatReportLine(const TerminalRecord &r)
{
    const QString word = r.operation == TerminalOperation::Refund     ? QStringLiteral("REFUND")
                         : r.operation == TerminalOperation::Reversal ? QStringLiteral("VOID")
                                                                      : QStringLiteral("SALE");
    return QStringLiteral("%1 %2 %3 PAN:%4 RRN:%5 AUTH:%6 %7")
        .arg(r.time.toLocalTime().toString(ReportTimeFormat), word, kopecksToDecimal(r.amountKopecks),
             r.cardMask, r.rrn, r.authCode, r.approved ? QStringLiteral("00") : QStringLiteral("05"));
}

QList<TerminalRecord> parseReport(const QStringList &slip)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d:\\d\\d) (SALE|VOID|REFUND) (\\d+\\.\\d\\d) "
                       "PAN:(\\S*) RRN:(\\S*) AUTH:(\\S*) (\\d+)$"));
    QList<TerminalRecord> out;
    for (const QString &line : slip) {
        const auto m = re.match(line.trimmed());
        if (!m.hasMatch())
            continue;
        TerminalRecord r;
        r.time = QDateTime::fromString(m.captured(1), ReportTimeFormat).toUTC();
        r.operation = m.captured(2) == QStringLiteral("REFUND") ? TerminalOperation::Refund
                      : m.captured(2) == QStringLiteral("VOID") ? TerminalOperation::Reversal
                                                                : TerminalOperation::Payment;
        r.amountKopecks = decimalToKopecks(m.captured(3)).value_or(0);
        r.cardMask = m.captured(4);
        r.rrn = m.captured(5);
        r.authCode = m.captured(6);
        r.approved = Output{m.captured(7), {}}.approved();
        out << r;
    }
    return out;
}

} // namespace devices::payments::arcus
