#pragma once

// Weighted-item barcodes printed by shop scales: an EAN-13 with a restricted-circulation prefix
// (20..29) that carries a product number and the weight or the price. Every shop lays the fields out
// differently, so the layout is a template the store owner edits.

#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace devices {

// pattern, one letter per barcode digit:
//   0-9 literal digit (the prefix), '#' any digit, 'P' product number (PLU), 'W' weight,
//   'M' money (the price of the piece), 'X' ignored, 'C' the EAN check digit.
// divisor: how many W units make one kilogram (1000: grams) or how many M units make one rouble
// (100: kopecks).
struct WeightedTemplate
{
    QString pattern = QStringLiteral("22PPPPPWWWWWC");
    int divisor = 1000;

    bool isWeight() const { return pattern.contains(QLatin1Char('W')); }
    // An empty string when the template is usable, else the reason.
    QString validate() const;

    QVariantMap toMap() const;
    static WeightedTemplate fromMap(const QVariantMap &map);
    friend bool operator==(const WeightedTemplate &, const WeightedTemplate &) = default;
};

// The common Russian layouts: prefixes 20..25 carry the weight in grams.
QList<WeightedTemplate> defaultWeightedTemplates();

struct WeightedItem
{
    QString productCode;           // the P digits, leading zeros kept (a PLU is a string)
    std::optional<qint64> grams;   // weight in grams (thousandths of a kg) for 'W' templates
    std::optional<qint64> kopecks; // price for 'M' templates
    QString pattern;               // the template that matched
};

// The first template that matches; the EAN-13 check digit is verified when the pattern has 'C'.
std::optional<WeightedItem> matchWeighted(const QString &code, const QList<WeightedTemplate> &templates);

} // namespace devices
