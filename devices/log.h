#pragma once

// Events of the shop devices, and their raw bytes (off unless "prilavok.devices.raw.debug=true").
// Same category names as app/logging.h, so one logging rule covers both.

#include <QLoggingCategory>

namespace devices {

Q_DECLARE_LOGGING_CATEGORY(lcDevices)
Q_DECLARE_LOGGING_CATEGORY(lcDevicesRaw)

} // namespace devices
