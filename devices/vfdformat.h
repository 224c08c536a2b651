#pragma once

// The two lines of a 2x20 vacuum-fluorescent customer display and the bytes that put them there.
// Most VFDs sold in Russia (Posiflex, Штрих, Атол, the CD5220 clones) speak one of two ESC/POS
// dialects and have the CP866 code page for Cyrillic.

#include "devices/customerdisplaymodel.h"
#include "devices/serialsettings.h"

#include <QByteArray>
#include <QStringList>
#include <QVariantMap>

namespace devices {

struct VfdSettings
{
    enum class CommandSet {
        EpsonEscPos = 0, // ESC @ init, ESC t n code page, FF clear, US $ x y cursor (Epson DM-D)
        Cd5220 = 1,      // ESC @, ESC t n, FF, ESC l x y cursor
        Plain = 2,       // FF, then both lines separated by CR LF (anything that understands FF)
    };

    bool enabled = false;
    SerialSettings port;
    CommandSet commandSet = CommandSet::EpsonEscPos;
    int columns = 20;
    int codePage = 17; // ESC t 17: PC866 (Cyrillic #2) in the Epson table; -1: do not select
    QString greeting;  // shown when idle; empty: a translated "Welcome!"

    QVariantMap toMap() const;
    static VfdSettings fromMap(const QVariantMap &map);
    friend bool operator==(const VfdSettings &, const VfdSettings &) = default;
};

namespace vfd {

// CP866 bytes of text; characters it lacks become '?'.
QByteArray encodeCp866(const QString &text);
// Two lines of exactly `columns` characters for the state.
QStringList lines(const CustomerDisplayState &state, int columns, const QString &greeting = {});
QByteArray initBytes(const VfdSettings &settings);
QByteArray frameBytes(const QStringList &lines, const VfdSettings &settings);

} // namespace vfd

} // namespace devices
