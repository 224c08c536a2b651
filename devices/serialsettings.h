#pragma once

// The line settings of one COM port, shared by every COM device (scanner, VFD, scale).

#include <QSerialPort>
#include <QString>
#include <QVariantMap>

namespace devices {

struct SerialSettings
{
    QString portName; // ttyUSB0, /dev/ttyACM0, COM3
    qint32 baudRate = 9600;
    QSerialPort::DataBits dataBits = QSerialPort::Data8;
    QSerialPort::Parity parity = QSerialPort::NoParity;
    QSerialPort::StopBits stopBits = QSerialPort::OneStop;
    QSerialPort::FlowControl flowControl = QSerialPort::NoFlowControl;

    void applyTo(QSerialPort &port) const;

    QVariantMap toMap() const;
    static SerialSettings fromMap(const QVariantMap &map);
    // Keys missing from map keep the values of defaults (a VFD defaults to another baud rate).
    static SerialSettings fromMap(const QVariantMap &map, const SerialSettings &defaults);
    friend bool operator==(const SerialSettings &, const SerialSettings &) = default;
};

// A sentence for the cashier from a port error ("the port is busy", "unplugged").
QString serialErrorText(QSerialPort::SerialPortError error, const QString &portName);

} // namespace devices
