#include "app/catalog/product.h"

#include <array>

#include "app/core/tr.h"
#include "app/core/validation.h"

namespace app {

QString normaliseForSearch(const QString &text)
{
    QString out = text.simplified().toLower();
    out.replace(QChar(0x0451), QChar(0x0435)); // ё -> е: cashiers type either
    return out;
}

bool isKnownUnitCode(int code)
{
    static constexpr std::array codes{0,  10, 11, 12, 20, 21, 22, 30, 31, 32, 40, 41,
                                      42, 50, 51, 70, 71, 72, 73, 80, 81, 82, 83, 255};
    for (const int c : codes) {
        if (c == code)
            return true;
    }
    return false;
}

QString validateProduct(const Product &p)
{
    const QString name = p.name.trimmed();
    if (name.isEmpty())
        return Tr::tr("The product name is empty.");
    if (name.size() > 128)
        return Tr::tr("The product name is longer than 128 characters.");
    if (hasControlCharacters(name) || !hasBalancedQuotes(name))
        return Tr::tr("The product name has unbalanced quotes or control characters.");
    if (p.price < 0 || p.price > MaxPrice)
        return Tr::tr("The price is out of range.");
    if (!isKnownUnitCode(p.unitCode))
        return Tr::tr("Unknown unit of measure code %1.").arg(p.unitCode);
    if (p.vatCode < 1 || p.vatCode > 12)
        return Tr::tr("Unknown VAT rate code %1.").arg(p.vatCode);
    if (p.subject < 1 || p.subject > 33)
        return Tr::tr("Unknown payment subject %1.").arg(p.subject);
    if (p.weighted && p.unitCode == 0)
        return Tr::tr("A weighted product needs a fractional unit such as kilogram.");
    if (p.marked && p.markingType == MarkingType::None)
        return Tr::tr("A marked product needs a marking type.");
    if (!p.country.isEmpty() && (p.country.size() != 3 || !p.country.at(0).isDigit()))
        return Tr::tr("The country of origin must be a three-digit OKSM code.");
    if (p.article.size() > 64)
        return Tr::tr("The article is longer than 64 characters.");
    for (const QString &code : p.barcodes) {
        if (code.isEmpty() || code.size() > 64)
            return Tr::tr("Barcode \"%1\" has a wrong length.").arg(code);
        bool digits = true;
        for (const QChar c : code)
            digits = digits && c.isDigit();
        if (digits && (code.size() == 13 || code.size() == 8) && !isValidEan(code))
            return Tr::tr("Barcode %1 has a wrong check digit.").arg(code);
    }
    return {};
}

} // namespace app
