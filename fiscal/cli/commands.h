#pragma once

// The prilavok-fr commands, one function each; main() picks one after the options are checked.

#include "fiscal/cli/tool.h"
#include "fiscal/registrar.h"

namespace fiscal::cli {

int cmdStatus(Registrar &r, const Options &o);
int cmdFnStatus(Registrar &r, const Options &o);
int cmdModel(Registrar &r, const Options &o);
int cmdFindDocument(Registrar &r, const Options &o);
int cmdCash(Registrar &r, const Options &o, bool in);
// beep, open-shift, x-report, z-report, cancel-receipt, continue-print.
int cmdOperation(Registrar &r, const Options &o);
int cmdRecover(Registrar &r, const Options &o);
int cmdRaw(Registrar &r, const Options &o);
// Opens the ports itself: no Registrar yet.
int cmdScan(const Options &o);

} // namespace fiscal::cli
