#pragma once

// One translation context for every user-visible string of devices/ (lupdate reads the macro).

#include <QCoreApplication>

namespace devices {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(devices)
};

} // namespace devices
