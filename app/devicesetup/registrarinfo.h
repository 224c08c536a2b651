#pragma once

// What "Test connection" and "Find registrar" tell the owner about a registrar: its model, serial
// number, FN, mode and shift, or the reason it could not be reached with the next step. Read on
// whatever thread owns the registrar (the probe's worker, or the fiscal thread when the till is
// already connected to it); a plain value for queued signals.

#include <QMetaType>
#include <QString>

#include "app/fiscalservice/fiscalmessage.h"

namespace fiscal {
class Registrar;
struct Error;
} // namespace fiscal

namespace app {

struct RegistrarInfo
{
    bool ok = false;
    FiscalMessage error; // when !ok: what happened and what to do, translated

    QString url; // "serial:/dev/ttyUSB0", "tcp:10.0.0.5:7778"
    int baud = 0;
    QString model; // "ШТРИХ-М-01Ф"
    int modelCode = 0;
    QString serialNumber;
    QString firmware;
    QString fnNumber;
    quint32 lastFd = 0;
    int mode = 0;
    int submode = 0;
    QString modeText;               // translated
    QString shiftText;              // translated: open / closed / over 24 hours
    bool viaRunningService = false; // read through the till's own connection, the port was not reopened

    // One line for lists and logs: "ШТРИХ-М-01Ф № 0012345678, ФН 9999...".
    QString summary() const;
};

// Asks an open registrar who it is (FCh, 11h, 10h + FF01h, and 15h to prove the password is the
// system administrator's). Blocks on device I/O: call it off the GUI thread.
RegistrarInfo readRegistrarInfo(fiscal::Registrar &registrar);

// The registrar's mode (10h low nibble) as words for the owner.
QString registrarModeText(int mode);

// The reason a probe failed, for the settings page: more specific than the cashier's message
// (which port, which speed, what to try next).
FiscalMessage probeErrorMessage(const fiscal::Error &error, const QString &where, quint32 password);

} // namespace app

Q_DECLARE_METATYPE(app::RegistrarInfo)
