#include "devices/money.h"

namespace devices {

QString formatKopecks(qint64 kopecks)
{
    const bool negative = kopecks < 0;
    const quint64 value = negative ? quint64(-(kopecks + 1)) + 1 : quint64(kopecks);
    QString roubles = QString::number(value / 100);
    for (qsizetype i = roubles.size() - 3; i > 0; i -= 3)
        roubles.insert(i, QLatin1Char(' '));
    return (negative ? QStringLiteral("-") : QString()) + roubles + QLatin1Char(',') +
           QStringLiteral("%1").arg(value % 100, 2, 10, QLatin1Char('0'));
}

} // namespace devices

namespace devices {

QString formatQuantityMilli(qint64 milli)
{
    const bool negative = milli < 0;
    const qint64 value = negative ? -milli : milli;
    QString text = QString::number(value / 1000);
    if (value % 1000 != 0) {
        QString fraction = QStringLiteral("%1").arg(value % 1000, 3, 10, QLatin1Char('0'));
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        text += QLatin1Char(',') + fraction;
    }
    return negative ? QStringLiteral("-") + text : text;
}

} // namespace devices
