#pragma once

// How the fiscal service reaches the registrar and how often it looks at it. Plain app/ values: the
// worker turns them into the driver's settings (driversettings.h), so the screens that pass them on
// never see fiscal/.

#include <QString>

#include <cstdint>
#include <optional>

namespace app {

struct FiscalServiceSettings
{
    QString deviceUrl; // "serial:/dev/ttyUSB0" or "tcp:192.168.137.111:7778"
    unsigned baud = 115200;
    QString databasePath; // the worker opens its own connection to this file
    int pollIntervalMs = 5000;
    int connectTimeoutMs = 3000;
    // Run queued journal jobs by itself on every poll (the UI also calls process() at once).
    bool autoProcess = true;
    // The registrar's system administrator password (FN commands and everything but receipt lines)
    // and the link's ENQ, ACK and byte timeout, as the owner set them; unset keeps the driver's
    // defaults (fiscal::RegistrarSettings, fiscal::LinkSettings).
    std::optional<std::uint32_t> adminPassword;
    std::optional<int> answerTimeoutMs;
};

} // namespace app
