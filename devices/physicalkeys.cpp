#include "devices/physicalkeys.h"

#include <array>

namespace devices {

namespace {

struct KeyChars
{
    char normal;
    char shifted;
};

// Set-1 make codes 0x00..0x39 of the main block. evdev uses the same numbers for these keys, and
// X11/Wayland add 8.
constexpr std::array<KeyChars, 0x3A> mainBlock{{
    {0, 0},      {0, 0},     {'1', '!'}, {'2', '@'},  {'3', '#'}, {'4', '$'}, {'5', '%'}, {'6', '^'},
    {'7', '&'},  {'8', '*'}, {'9', '('}, {'0', ')'},  {'-', '_'}, {'=', '+'}, {0, 0},     {0, 0},
    {'q', 'Q'},  {'w', 'W'}, {'e', 'E'}, {'r', 'R'},  {'t', 'T'}, {'y', 'Y'}, {'u', 'U'}, {'i', 'I'},
    {'o', 'O'},  {'p', 'P'}, {'[', '{'}, {']', '}'},  {0, 0},     {0, 0},     {'a', 'A'}, {'s', 'S'},
    {'d', 'D'},  {'f', 'F'}, {'g', 'G'}, {'h', 'H'},  {'j', 'J'}, {'k', 'K'}, {'l', 'L'}, {';', ':'},
    {'\'', '"'}, {'`', '~'}, {0, 0},     {'\\', '|'}, {'z', 'Z'}, {'x', 'X'}, {'c', 'C'}, {'v', 'V'},
    {'b', 'B'},  {'n', 'N'}, {'m', 'M'}, {',', '<'},  {'.', '>'}, {'/', '?'}, {0, 0},     {'*', '*'},
    {0, 0},      {' ', ' '},
}};

// ЙЦУКЕН lower-case letters in alphabet order (а..я) and the US key each one sits on.
constexpr char16_t russianLower[] = u"абвгдежзийклмнопрстуфхцчшщъыьэюя";
constexpr char usForLower[] = "f,dult;pbqrkvyjghcnea[wxio]sm'.z";
constexpr char usForUpper[] = "F<DULT:PBQRKVYJGHCNEA{WXIO}SM\">Z";

} // namespace

ScanCodeSet scanCodeSetForPlatform(const QString &platformName)
{
    if (platformName == u"xcb" || platformName.startsWith(u"wayland"))
        return ScanCodeSet::Xkb;
    if (platformName == u"windows")
        return ScanCodeSet::Windows;
    return ScanCodeSet::None;
}

QChar usCharacterForScanCode(quint32 scanCode, ScanCodeSet set, bool shift)
{
    quint32 code = 0;
    switch (set) {
    case ScanCodeSet::None:
        return {};
    case ScanCodeSet::Xkb:
        if (scanCode < 8)
            return {};
        code = scanCode - 8;
        break;
    case ScanCodeSet::Windows:
        if (scanCode & 0x100) // extended keys (arrows, keypad Enter...) are not characters
            return {};
        code = scanCode;
        break;
    }
    if (code >= mainBlock.size())
        return {};
    const char c = shift ? mainBlock[code].shifted : mainBlock[code].normal;
    return c ? QChar(QLatin1Char(c)) : QChar();
}

bool isRussianLayoutLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x0410 && u <= 0x044F) || u == 0x0401 || u == 0x0451;
}

QChar latinForRussianLayout(QChar c, bool russianLayout)
{
    const char16_t u = c.unicode();
    if (u == 0x0451) // ё
        return QLatin1Char('`');
    if (u == 0x0401) // Ё
        return QLatin1Char('~');
    if (u >= 0x0430 && u <= 0x044F)
        return QLatin1Char(usForLower[u - 0x0430]);
    if (u >= 0x0410 && u <= 0x042F)
        return QLatin1Char(usForUpper[u - 0x0410]);
    if (u == 0x2116) // №, Shift+3
        return QLatin1Char('#');
    if (!russianLayout)
        return c;
    switch (u) {
    case u'.':
        return QLatin1Char('/');
    case u',':
        return QLatin1Char('?');
    case u'"':
        return QLatin1Char('@');
    case u';':
        return QLatin1Char('$');
    case u':':
        return QLatin1Char('^');
    case u'?':
        return QLatin1Char('&');
    case u'/':
        return QLatin1Char('|');
    default:
        return c;
    }
}

} // namespace devices
