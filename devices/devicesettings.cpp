#include "devices/devicesettings.h"

#include <QSettings>

namespace devices {

namespace {

const QString keyKeyboardScanner = QStringLiteral("keyboardScanner");
const QString keySerialScanner = QStringLiteral("serialScanner");
const QString keyCodes = QStringLiteral("codes");
const QString keyCardTerminal = QStringLiteral("cardTerminal");
const QString keySbp = QStringLiteral("sbp");
const QString keyCustomerScreen = QStringLiteral("customerScreen");
const QString keyVfd = QStringLiteral("vfd");
const QString keyCashDrawer = QStringLiteral("cashDrawer");
const QString keyScale = QStringLiteral("scale");

} // namespace

QVariantMap CustomerScreenSettings::toMap() const
{
    return {{QStringLiteral("enabled"), enabled},
            {QStringLiteral("screenIndex"), screenIndex},
            {QStringLiteral("greeting"), greeting}};
}

CustomerScreenSettings CustomerScreenSettings::fromMap(const QVariantMap &map)
{
    CustomerScreenSettings s;
    s.enabled = map.value(QStringLiteral("enabled"), s.enabled).toBool();
    s.screenIndex = map.value(QStringLiteral("screenIndex"), s.screenIndex).toInt();
    s.greeting = map.value(QStringLiteral("greeting")).toString();
    return s;
}

QVariantMap DeviceSettings::toMap() const
{
    return {
        {keyKeyboardScanner, keyboardScanner.toMap()},
        {keySerialScanner, serialScanner.toMap()},
        {keyCodes, codes.toMap()},
        {keyCardTerminal, cardTerminal.toMap()},
        {keySbp, sbp.toMap()},
        {keyCustomerScreen, customerScreen.toMap()},
        {keyVfd, vfd.toMap()},
        {keyCashDrawer, cashDrawer.toMap()},
        {keyScale, scale.toMap()},
    };
}

DeviceSettings DeviceSettings::fromMap(const QVariantMap &map)
{
    DeviceSettings s;
    s.keyboardScanner = WedgeSettings::fromMap(map.value(keyKeyboardScanner).toMap());
    s.serialScanner = SerialScannerSettings::fromMap(map.value(keySerialScanner).toMap());
    s.codes = ClassifierSettings::fromMap(map.value(keyCodes).toMap());
    s.cardTerminal = TerminalSettings::fromMap(map.value(keyCardTerminal).toMap());
    s.sbp = SbpSettings::fromMap(map.value(keySbp).toMap());
    s.customerScreen = CustomerScreenSettings::fromMap(map.value(keyCustomerScreen).toMap());
    s.vfd = VfdSettings::fromMap(map.value(keyVfd).toMap());
    s.cashDrawer = CashDrawerSettings::fromMap(map.value(keyCashDrawer).toMap());
    s.scale = ScaleSettings::fromMap(map.value(keyScale).toMap());
    return s;
}

void saveDeviceSettings(QSettings &settings, const DeviceSettings &devices, const QString &group)
{
    settings.beginGroup(group);
    const QVariantMap all = devices.toMap();
    for (auto device = all.cbegin(); device != all.cend(); ++device) {
        settings.beginGroup(device.key());
        settings.remove(QString()); // drop keys an older version wrote
        const QVariantMap values = device.value().toMap();
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            settings.setValue(it.key(), it.value());
        settings.endGroup();
    }
    settings.endGroup();
}

DeviceSettings loadDeviceSettings(QSettings &settings, const QString &group)
{
    QVariantMap all;
    settings.beginGroup(group);
    const QStringList devices = settings.childGroups();
    for (const QString &device : devices) {
        settings.beginGroup(device);
        QVariantMap values;
        const QStringList keys = settings.childKeys();
        for (const QString &key : keys)
            values.insert(key, settings.value(key));
        settings.endGroup();
        all.insert(device, values);
    }
    settings.endGroup();
    return DeviceSettings::fromMap(all);
}

} // namespace devices
