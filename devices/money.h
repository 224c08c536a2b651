#pragma once

// Kopecks as text for slips and displays: "1 234,50" (Russian grouping, comma decimals), no floats.

#include <QString>

namespace devices {

QString formatKopecks(qint64 kopecks);

} // namespace devices
