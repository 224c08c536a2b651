#pragma once

// Kopecks as text for slips and displays: "1 234,50" (Russian grouping, comma decimals), no floats.

#include <QString>

namespace devices {

QString formatKopecks(qint64 kopecks);

} // namespace devices

namespace devices {

// Thousandths as a quantity: 2000 -> "2", 345 -> "0,345", 1500 -> "1,5".
QString formatQuantityMilli(qint64 milli);

} // namespace devices
