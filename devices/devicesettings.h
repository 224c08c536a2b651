#pragma once

// Everything the store owner sets up about the shop's devices, as plain values: the settings page
// binds to these structs, the composition root builds the devices from them. Stored as key/value
// maps so QSettings, the database or the cloud cabinet can carry them alike.

#include "devices/cashdrawer.h"
#include "devices/codeclassifier.h"
#include "devices/paymentsettings.h"
#include "devices/scale.h"
#include "devices/serialscanner.h"
#include "devices/vfdformat.h"
#include "devices/wedgesettings.h"

#include <QVariantMap>

class QSettings;

namespace devices {

struct CustomerScreenSettings
{
    bool enabled = false;
    int screenIndex = 1; // which monitor; the window falls back to a normal one when it is missing
    QString greeting;

    QVariantMap toMap() const;
    static CustomerScreenSettings fromMap(const QVariantMap &map);
    friend bool operator==(const CustomerScreenSettings &, const CustomerScreenSettings &) = default;
};

struct DeviceSettings
{
    WedgeSettings keyboardScanner;
    SerialScannerSettings serialScanner;
    ClassifierSettings codes;
    TerminalSettings cardTerminal;
    SbpSettings sbp;
    CustomerScreenSettings customerScreen;
    VfdSettings vfd;
    CashDrawerSettings cashDrawer;
    ScaleSettings scale;

    QVariantMap toMap() const; // one nested map per device: "keyboardScanner" -> {...}
    static DeviceSettings fromMap(const QVariantMap &map);
};

// Under group/<device>/<key> in QSettings (an .ini the technician can read).
void saveDeviceSettings(QSettings &settings, const DeviceSettings &devices,
                        const QString &group = QStringLiteral("devices"));
DeviceSettings loadDeviceSettings(QSettings &settings, const QString &group = QStringLiteral("devices"));

} // namespace devices
