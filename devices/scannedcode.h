#pragma once

// A complete code from any reader, with where it came from (the sale screen logs it and the
// settings page shows which scanner last spoke).

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace devices {

enum class ScanSource {
    KeyboardWedge, // a USB/PS2 scanner typing like a keyboard
    SerialPort,    // a scanner on a COM port (or USB in CDC/virtual COM mode)
    Image,         // decoded from a picture dropped on the till
};

struct ScannedCode
{
    QString text; // GS (0x1D) kept; prefix and suffix already removed
    ScanSource source = ScanSource::KeyboardWedge;
    QString sourceName;          // "keyboard", "/dev/ttyACM0", a file name
    QDateTime time;              // UTC
    bool layoutRepaired = false; // typed through the Russian layout and mapped back to Latin
};

} // namespace devices

Q_DECLARE_METATYPE(devices::ScannedCode)
