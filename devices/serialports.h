#pragma once

// The COM ports this machine has right now, as a store owner needs to tell them apart.

#include <QList>
#include <QString>

namespace devices {

struct SerialPortDescription
{
    QString name;           // ttyUSB0, COM3
    QString systemLocation; // /dev/ttyUSB0
    QString description;    // what the driver calls it
    QString manufacturer;
    QString serialNumber;
    int vendorId = -1;  // USB VID, -1 when not a USB device
    int productId = -1; // USB PID
};

QList<SerialPortDescription> availableSerialPorts();

} // namespace devices
