#include "app/core/unittext.h"

#include "app/core/moneytext.h"
#include "app/core/tr.h"

namespace app {

QString unitShortName(int unitCode)
{
    switch (unitCode) {
    case 0:
        return Tr::tr("pcs");
    case 10:
        return Tr::tr("g");
    case 11:
        return Tr::tr("kg");
    case 12:
        return Tr::tr("t");
    case 20:
        return Tr::tr("cm");
    case 21:
        return Tr::tr("dm");
    case 22:
        return Tr::tr("m");
    case 30:
        return Tr::tr("cm²");
    case 31:
        return Tr::tr("dm²");
    case 32:
        return Tr::tr("m²");
    case 40:
        return Tr::tr("ml");
    case 41:
        return Tr::tr("l");
    case 42:
        return Tr::tr("m³");
    case 50:
        return Tr::tr("kWh");
    case 51:
        return Tr::tr("Gcal");
    case 70:
        return Tr::tr("day");
    case 71:
        return Tr::tr("h");
    case 72:
        return Tr::tr("min");
    case 73:
        return Tr::tr("s");
    case 80:
        return Tr::tr("KB");
    case 81:
        return Tr::tr("MB");
    case 82:
        return Tr::tr("GB");
    case 83:
        return Tr::tr("TB");
    default:
        return {};
    }
}

bool isFractionalUnit(int unitCode)
{
    switch (unitCode) {
    case 11:
    case 12:
    case 22:
    case 32:
    case 41:
    case 42:
    case 50:
    case 51:
    case 255:
        return true;
    default:
        return false;
    }
}

QString displayQuantityWithUnit(Milli quantity, int unitCode)
{
    const QString number = displayQuantity(quantity, isFractionalUnit(unitCode) ? QuantityDecimals::Three
                                                                                : QuantityDecimals::AsNeeded);
    const QString unit = unitShortName(unitCode);
    // A no-break space keeps the number and its unit on one line.
    return unit.isEmpty() ? number : number + QChar(0x00A0) + unit;
}

} // namespace app
