#include "app/till/moneytext.h"

namespace app {

namespace {

QString groupDigits(qint64 whole)
{
    const QString digits = QString::number(whole);
    QString grouped;
    for (int i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += QChar(0x00A0);
        grouped += digits.at(i);
    }
    return grouped;
}

QString cleaned(const QString &text)
{
    QString s = text.trimmed();
    s.remove(QLatin1Char(' '));
    s.remove(QChar(0x00A0));
    s.remove(QChar(0x202F));
    if (s.endsWith(QChar(0x20BD))) // ₽
        s.chop(1);
    return s;
}

} // namespace

QString displayMoney(Kopecks amount)
{
    const bool negative = amount < 0;
    const Kopecks magnitude = negative ? -amount : amount;
    const QString text = groupDigits(magnitude / 100) + QLatin1Char(',') +
                         QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return negative ? QChar(0x2212) + text : text;
}

QString displayQuantity(Milli quantity)
{
    QString text = QString::number(quantity / MilliPerUnit);
    Milli fraction = quantity % MilliPerUnit;
    if (fraction == 0)
        return text;
    QString digits = QStringLiteral("%1").arg(fraction, 3, 10, QLatin1Char('0'));
    while (digits.endsWith(QLatin1Char('0')))
        digits.chop(1);
    return text + QLatin1Char(',') + digits;
}

bool parseMoneyInput(const QString &text, Kopecks &out)
{
    return parseKopecks(cleaned(text), out);
}

bool parseQuantityInput(const QString &text, Milli &out)
{
    return parseMilli(cleaned(text), out);
}

bool parseDiscountInput(const QString &text, Kopecks base, Kopecks &out)
{
    QString s = cleaned(text);
    if (!s.endsWith(QLatin1Char('%')))
        return parseKopecks(s, out) && out >= 0;
    s.chop(1);
    Kopecks hundredths = 0; // the percentage in hundredths: "7,5" -> 750
    if (!parseKopecks(s, hundredths) || hundredths < 0 || hundredths > 10000)
        return false;
    out = (base * hundredths + 5000) / 10000;
    return true;
}

} // namespace app
