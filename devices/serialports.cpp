#include "devices/serialports.h"

#include <QSerialPortInfo>

namespace devices {

QList<SerialPortDescription> availableSerialPorts()
{
    QList<SerialPortDescription> ports;
    const auto infos = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo &info : infos) {
        ports.append({info.portName(), info.systemLocation(), info.description(), info.manufacturer(),
                      info.serialNumber(), info.hasVendorIdentifier() ? info.vendorIdentifier() : -1,
                      info.hasProductIdentifier() ? info.productIdentifier() : -1});
    }
    return ports;
}

} // namespace devices
