#include "app/core/moneytext.h"

namespace app {

namespace {

constexpr QChar NoBreakSpace(0x00A0);
constexpr QChar MinusSign(0x2212);

QString groupDigits(quint64 whole)
{
    const QString digits = QString::number(whole);
    QString grouped;
    for (int i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += NoBreakSpace;
        grouped += digits.at(i);
    }
    return grouped;
}

// |value| without overflow at the int64 minimum.
quint64 magnitude(qint64 value)
{
    return value < 0 ? quint64(0) - quint64(value) : quint64(value);
}

QString signed_(qint64 value, const QString &text)
{
    return value < 0 ? MinusSign + text : text;
}

QString cleaned(const QString &text)
{
    QString s = text.trimmed();
    s.remove(QLatin1Char(' '));
    s.remove(NoBreakSpace);
    s.remove(QChar(0x202F));
    if (s.endsWith(QChar(0x20BD))) // ₽
        s.chop(1);
    return s;
}

} // namespace

QString displayMoney(Kopecks amount)
{
    const quint64 m = magnitude(amount);
    return signed_(amount, groupDigits(m / 100) + QLatin1Char(',') +
                               QStringLiteral("%1").arg(m % 100, 2, 10, QLatin1Char('0')));
}

QString displayRoubles(Kopecks amount)
{
    return displayMoney(amount) + NoBreakSpace + QChar(0x20BD);
}

QString displayQuantity(Milli quantity, QuantityDecimals decimals)
{
    const quint64 m = magnitude(quantity);
    const quint64 fraction = m % MilliPerUnit;
    QString text = groupDigits(m / MilliPerUnit);
    if (fraction != 0 || decimals == QuantityDecimals::Three) {
        QString digits = QStringLiteral("%1").arg(fraction, 3, 10, QLatin1Char('0'));
        while (decimals == QuantityDecimals::AsNeeded && digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += QLatin1Char(',') + digits;
    }
    return signed_(quantity, text);
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
