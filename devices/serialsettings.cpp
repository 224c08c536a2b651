#include "devices/serialsettings.h"

#include "devices/tr.h"

namespace devices {

void SerialSettings::applyTo(QSerialPort &port) const
{
    port.setPortName(portName);
    port.setBaudRate(baudRate);
    port.setDataBits(dataBits);
    port.setParity(parity);
    port.setStopBits(stopBits);
    port.setFlowControl(flowControl);
}

QVariantMap SerialSettings::toMap() const
{
    return {
        {QStringLiteral("port"), portName},          {QStringLiteral("baudRate"), baudRate},
        {QStringLiteral("dataBits"), int(dataBits)}, {QStringLiteral("parity"), int(parity)},
        {QStringLiteral("stopBits"), int(stopBits)}, {QStringLiteral("flowControl"), int(flowControl)},
    };
}

SerialSettings SerialSettings::fromMap(const QVariantMap &map)
{
    return fromMap(map, SerialSettings());
}

SerialSettings SerialSettings::fromMap(const QVariantMap &map, const SerialSettings &defaults)
{
    SerialSettings s = defaults;
    s.portName = map.value(QStringLiteral("port"), s.portName).toString();
    s.baudRate = map.value(QStringLiteral("baudRate"), s.baudRate).toInt();
    s.dataBits = QSerialPort::DataBits(map.value(QStringLiteral("dataBits"), int(s.dataBits)).toInt());
    s.parity = QSerialPort::Parity(map.value(QStringLiteral("parity"), int(s.parity)).toInt());
    s.stopBits = QSerialPort::StopBits(map.value(QStringLiteral("stopBits"), int(s.stopBits)).toInt());
    s.flowControl =
        QSerialPort::FlowControl(map.value(QStringLiteral("flowControl"), int(s.flowControl)).toInt());
    return s;
}

QString serialErrorText(QSerialPort::SerialPortError error, const QString &portName)
{
    switch (error) {
    case QSerialPort::NoError:
        return {};
    case QSerialPort::DeviceNotFoundError:
        return Tr::tr("Port %1 does not exist: check the cable and the port in the settings.").arg(portName);
    case QSerialPort::PermissionError:
        return Tr::
            tr("Port %1 is busy or not allowed: close other programs using it or check the access rights.")
                .arg(portName);
    case QSerialPort::ResourceError:
        return Tr::tr("The device on port %1 was disconnected.").arg(portName);
    case QSerialPort::TimeoutError:
        return Tr::tr("The device on port %1 does not answer.").arg(portName);
    default:
        return Tr::tr("Port %1 failed: communication error.").arg(portName);
    }
}

} // namespace devices
