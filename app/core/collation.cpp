#include "app/core/collation.h"

#include <QLocale>

namespace app {

QCollator russianCollator()
{
    QCollator c{QLocale(QLocale::Russian, QLocale::Russia)};
    c.setCaseSensitivity(Qt::CaseInsensitive);
    c.setNumericMode(true);
    return c;
}

} // namespace app
