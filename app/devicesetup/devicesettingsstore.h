#pragma once

// Where the till keeps its devices (the scanners, the code rules, the card terminal) as the Settings
// screen sets them: QSettings group "devices/", in the key layout devices::saveDeviceSettings names.
// The one way in for the screens and the composition root (issue 19: widgets never touch QSettings).

#include "devices/devicesettings.h"

namespace app {

devices::DeviceSettings storedDeviceSettings();
void storeDeviceSettings(const devices::DeviceSettings &settings);
// The card terminal only; the other devices stay as stored.
void storeCardTerminal(const devices::TerminalSettings &terminal);

} // namespace app
