#pragma once

// Which character a physical key carries on a US QWERTY keyboard. A keyboard-wedge scanner presses
// keys, not characters: with the Russian layout active its "A" arrives as "ф", so we read the key
// position (native scan code) where the platform gives one, and map ЙЦУКЕН back to QWERTY otherwise.

#include <QChar>
#include <QString>

namespace devices {

enum class ScanCodeSet {
    None,    // the platform gives no usable scan codes: fall back to text + Cyrillic mapping
    Xkb,     // X11 and Wayland: evdev code + 8
    Windows, // PC set-1 make codes (bit 8: extended)
};

ScanCodeSet scanCodeSetForPlatform(const QString &platformName);

// The US character of the key at scanCode, with or without Shift; a null QChar for keys that are
// not in the main alphanumeric block (or an unknown set).
QChar usCharacterForScanCode(quint32 scanCode, ScanCodeSet set, bool shift);

// The character the same key gives in the US layout when c was typed in the Russian (ЙЦУКЕН)
// layout: 'ф' -> 'a', 'Ф' -> 'A', 'ю' -> '.', '№' -> '#'. Returns c itself when it is not a
// Cyrillic-layout character. Punctuation that both layouts share but on other keys ('.', ',', '"',
// ';', ':', '?', '/') is mapped only when russianLayout says the text came from the Russian layout.
QChar latinForRussianLayout(QChar c, bool russianLayout);

bool isRussianLayoutLetter(QChar c);

} // namespace devices
