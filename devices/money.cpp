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
