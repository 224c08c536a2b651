#include "devices/log.h"

namespace devices {

Q_LOGGING_CATEGORY(lcDevices, "prilavok.devices")
Q_LOGGING_CATEGORY(lcDevicesRaw, "prilavok.devices.raw", QtWarningMsg)

} // namespace devices
