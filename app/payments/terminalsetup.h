#pragma once

// The till's card terminal built from the owner's settings: none, Sberbank UPOS (sb_pilot) or
// Arcus2 (its command-line tool), each run in a work folder of its own beside the database. Demo
// mode uses the UPOS emulator program (prilavok-sb-pilot-emulator) with its emulated bank in the
// demo folder, so a demo sale goes through the same driver, journal and recovery as a real one.

#include <QString>

#include <memory>

#include "devices/paymentsettings.h"

namespace devices {
class PaymentTerminal;
}

namespace app::payments {

// Null with `problem` set when the settings name a driver that cannot run (no program); null with
// an empty `problem` for Kind::None.
std::unique_ptr<devices::PaymentTerminal> makeCardTerminal(const devices::TerminalSettings &settings,
                                                           const QString &workRoot, QString &problem);

// The UPOS emulator program: PRILAVOK_SB_PILOT_EMULATOR, else beside the running program.
QString sbPilotEmulatorProgram();
// Demo mode: the emulator with its bank state and pinpad.ini under `dir` (created). Kind::None
// when the emulator program is not there.
devices::TerminalSettings demoTerminalSettings(const QString &dir);

} // namespace app::payments
