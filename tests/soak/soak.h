#pragma once

// The soak harness in two roles. The parent owns the database file and the emulator process,
// starts the worker child again and again, SIGKILLs it at random moments, and in the end compares
// the journal with the FN archive. The child is a headless till: it makes random documents through
// the model, lets the FiscalService fiscalise them and injects faults through the control channel.

#include <QString>

#include <cstdint>

struct SoakOptions
{
    int operations = 40;
    int kills = 5;
    std::uint32_t seed = 1;
    int faultPercent = 30;
    bool pty = false;
    QString directory; // empty: a temporary one
    QString emulator;  // path of prilavok-fr-emulator
    // child only
    QString database;
    QString deviceUrl;
    quint16 controlPort = 0;
    QString faultLog;
};

int runSoakParent(const SoakOptions &options, const QString &self);
int runSoakChild(const SoakOptions &options);
