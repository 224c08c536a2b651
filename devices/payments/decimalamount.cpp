#include "devices/payments/decimalamount.h"

namespace devices::payments {

QString kopecksToDecimal(qint64 kopecks)
{
    const bool negative = kopecks < 0;
    const qint64 abs = negative ? -kopecks : kopecks;
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(abs / 100)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> decimalToKopecks(QStringView text)
{
    text = text.trimmed();
    bool negative = false;
    if (text.startsWith(u'-')) {
        negative = true;
        text = text.mid(1);
    }
    qsizetype point = text.indexOf(u'.');
    if (point < 0)
        point = text.indexOf(u',');
    const QStringView whole = point < 0 ? text : text.left(point);
    const QStringView fraction = point < 0 ? QStringView() : text.mid(point + 1);
    if (whole.isEmpty() || whole.size() > 15 || fraction.size() > 2 || (point >= 0 && fraction.isEmpty()))
        return std::nullopt;
    qint64 rubles = 0;
    for (const QChar c : whole) {
        if (!c.isDigit())
            return std::nullopt;
        rubles = rubles * 10 + c.digitValue();
    }
    qint64 kopecks = 0;
    for (qsizetype i = 0; i < 2; ++i) {
        const QChar c = i < fraction.size() ? fraction.at(i) : QLatin1Char('0');
        if (!c.isDigit())
            return std::nullopt;
        kopecks = kopecks * 10 + c.digitValue();
    }
    const qint64 total = rubles * 100 + kopecks;
    return negative ? -total : total;
}

} // namespace devices::payments
