#pragma once

// How the fiscal service reaches the registrar and how often it looks at it.

#include <QString>

#include "fiscal/link/linksettings.h"
#include "fiscal/registrar.h"

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
    fiscal::RegistrarSettings registrar;
    fiscal::LinkSettings link;
};

} // namespace app
