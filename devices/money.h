#pragma once

// Kopecks as text for the devices' own character sets (customer display VFD, terminal slips):
// "1 234,50", "-5,05", plain ASCII space and hyphen. Screens use app/core/moneytext.h.

#include <QString>

namespace devices {

QString formatKopecks(qint64 kopecks);

} // namespace devices
