#pragma once

// How a keyboard-wedge scanner types, as the store owner sets it up.

#include <QList>
#include <QString>
#include <QVariantMap>

namespace devices {

struct WedgeSettings
{
    bool enabled = true;
    // A scanner types a key every 2..15 ms; a person rarely under 60 ms. 40 ms leaves room for a
    // busy USB hub without letting fast typists through.
    int maxGapMs = 40;
    int minLength = 6;              // shorter bursts are a person (or a rollover) and are replayed
    QList<int> terminatorKeys;      // Qt::Key values; empty list: Enter, keypad Enter and Tab
    bool terminatorRequired = true; // false: a pause of maxGapMs ends the code (no suffix set up)
    QString prefix;                 // removed from the front of a code, e.g. "]C1" or "%"
    QString suffix;                 // removed from the end, before the terminator
    QString gsSubstitute;           // characters the scanner sends instead of GS, e.g. "~"
    QList<int> gsKeys;              // keys meaning GS inside a scan; empty list: F8
    bool ctrlBracketIsGs = true;    // Ctrl+] is the ASCII way to type GS
    bool altCodes = true;           // Alt + keypad 0 2 9
    bool physicalKeys = true;       // read key positions, immune to the keyboard layout

    QList<int> effectiveTerminators() const;
    QList<int> effectiveGsKeys() const;

    QVariantMap toMap() const;
    static WedgeSettings fromMap(const QVariantMap &map);
    friend bool operator==(const WedgeSettings &, const WedgeSettings &) = default;
};

} // namespace devices
