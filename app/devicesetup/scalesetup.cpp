#include "app/devicesetup/scalesetup.h"

#include "app/core/tr.h"
#include "app/devicesetup/devicesettingsstore.h"

namespace app {
namespace {

const QByteArray Enq("\x05", 1);

} // namespace

QList<int> ScaleSetup::standardBauds()
{
    return {2400, 4800, 9600, 19200, 38400, 57600, 115200};
}

QString ScaleSetup::validate() const
{
    if (enabled && port.trimmed().isEmpty())
        return Tr::tr("Choose the COM port of the scale, or switch the scale off.");
    return {};
}

devices::ScaleSettings ScaleSetup::toDevice() const
{
    devices::ScaleSettings s = tuning;
    s.enabled = enabled;
    s.port.portName = port.trimmed();
    s.port.baudRate = baud;
    s.pollCommand = protocol == Protocol::AnswersEnq ? Enq : QByteArray();
    return s;
}

ScaleSetup ScaleSetup::fromDevice(const devices::ScaleSettings &s)
{
    ScaleSetup setup;
    setup.tuning = s;
    setup.enabled = s.enabled;
    setup.port = s.port.portName;
    setup.baud = s.port.baudRate;
    setup.protocol = s.pollCommand.isEmpty() ? Protocol::Streams : Protocol::AnswersEnq;
    return setup;
}

ScaleSetup ScaleSetup::stored()
{
    return fromDevice(storedDeviceSettings().scale);
}

} // namespace app
