#include "devices/weightedbarcode.h"

#include "devices/gs1.h"
#include "devices/tr.h"

namespace devices {

namespace {

const QString keyPattern = QStringLiteral("pattern");
const QString keyDivisor = QStringLiteral("divisor");

} // namespace

QString WeightedTemplate::validate() const
{
    if (pattern.isEmpty())
        return Tr::tr("The template is empty.");
    for (const QChar c : pattern) {
        if (!c.isDigit() && !QStringLiteral("#PWMXC").contains(c))
            return Tr::tr("The template may contain only digits and the letters P, W, M, X, C and #.");
    }
    if (!pattern.contains(QLatin1Char('P')))
        return Tr::tr("The template has no product number (P).");
    if (pattern.contains(QLatin1Char('W')) == pattern.contains(QLatin1Char('M')))
        return Tr::tr("The template needs either a weight (W) or a price (M), not both.");
    if (pattern.count(QLatin1Char('C')) > 1 ||
        (pattern.contains(QLatin1Char('C')) && !pattern.endsWith(QLatin1Char('C'))))
        return Tr::tr("The check digit (C) can only be the last character.");
    if (divisor <= 0)
        return Tr::tr("The divisor must be positive.");
    return {};
}

QVariantMap WeightedTemplate::toMap() const
{
    return {{keyPattern, pattern}, {keyDivisor, divisor}};
}

WeightedTemplate WeightedTemplate::fromMap(const QVariantMap &map)
{
    WeightedTemplate t;
    t.pattern = map.value(keyPattern, t.pattern).toString();
    t.divisor = map.value(keyDivisor, t.divisor).toInt();
    return t;
}

QList<WeightedTemplate> defaultWeightedTemplates()
{
    QList<WeightedTemplate> templates;
    for (int prefix = 20; prefix <= 25; ++prefix)
        templates.append({QString::number(prefix) + QStringLiteral("PPPPPWWWWWC"), 1000});
    return templates;
}

std::optional<WeightedItem> matchWeighted(const QString &code, const QList<WeightedTemplate> &templates)
{
    if (!gs1::isDigits(code))
        return std::nullopt;
    for (const WeightedTemplate &t : templates) {
        if (t.pattern.size() != code.size() || !t.validate().isEmpty())
            continue;
        WeightedItem item;
        item.pattern = t.pattern;
        QString amount;
        bool matches = true;
        for (qsizetype i = 0; i < code.size() && matches; ++i) {
            const QChar p = t.pattern[i];
            if (p.isDigit())
                matches = p == code[i];
            else if (p == u'P')
                item.productCode.append(code[i]);
            else if (p == u'W' || p == u'M')
                amount.append(code[i]);
        }
        if (!matches)
            continue;
        if (t.pattern.endsWith(QLatin1Char('C')) && !gs1::hasValidCheckDigit(code))
            continue;
        const qint64 value = amount.toLongLong();
        // Integer arithmetic only: grams and kopecks are exact for the usual divisors 1, 10, 100, 1000.
        if (t.isWeight())
            item.grams = value * 1000 / t.divisor;
        else
            item.kopecks = value * 100 / t.divisor;
        return item;
    }
    return std::nullopt;
}

} // namespace devices
