#pragma once

// The shop scale as the owner sets it up on the Settings page (port, speed, how the scale talks),
// stored with the other devices (app/devicesetup/devicesettingsstore.h, "devices/scale/"). The
// Settings page binds to this; the session builds its reader from toDevice().

#include <QList>
#include <QString>

#include "devices/scale.h"

namespace app {

struct ScaleSetup
{
    // How the weight comes: the scale sends it by itself (CAS, Масса-К in stream mode), or only
    // when asked with ENQ (05h) — what devices::SerialScale implements.
    enum class Protocol { Streams, AnswersEnq };

    bool enabled = false;
    QString port; // "/dev/ttyUSB0", "COM3"
    int baud = 9600;
    Protocol protocol = Protocol::Streams;
    devices::ScaleSettings tuning; // samples, tolerance, poll interval: kept as stored

    // Empty when it can be saved; otherwise the first problem, translated.
    QString validate() const;
    devices::ScaleSettings toDevice() const;

    static QList<int> standardBauds(); // 2400 ... 115200
    static ScaleSetup fromDevice(const devices::ScaleSettings &settings);
    static ScaleSetup stored(); // the Settings page stores it with the other devices

    friend bool operator==(const ScaleSetup &, const ScaleSetup &) = default;
};

} // namespace app
