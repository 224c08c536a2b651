#include "app/devicesetup/devicesettingsstore.h"

#include <QSettings>

namespace app {

devices::DeviceSettings storedDeviceSettings()
{
    QSettings settings;
    return devices::loadDeviceSettings(settings);
}

void storeDeviceSettings(const devices::DeviceSettings &devices)
{
    QSettings settings;
    devices::saveDeviceSettings(settings, devices);
    settings.sync();
}

void storeCardTerminal(const devices::TerminalSettings &terminal)
{
    QSettings settings;
    devices::DeviceSettings d = devices::loadDeviceSettings(settings);
    d.cardTerminal = terminal;
    devices::saveDeviceSettings(settings, d);
    settings.sync();
}

} // namespace app
