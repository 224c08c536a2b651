#include "devices/keystrokedecoder.h"

#include "devices/gs1.h"

namespace devices {

namespace {

constexpr QChar GS{gs1::GroupSeparator};

bool isModifierKey(int key)
{
    switch (key) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Meta:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
        return true;
    default:
        return false;
    }
}

} // namespace

KeystrokeDecoder::KeystrokeDecoder(const WedgeSettings &settings, ScanCodeSet scanCodes)
    : m_settings(settings)
    , m_scanCodes(scanCodes)
{}

void KeystrokeDecoder::setSettings(const WedgeSettings &settings)
{
    m_settings = settings;
}

QChar KeystrokeDecoder::resolveCharacter(const KeyStroke &stroke, bool *russian) const
{
    *russian = false;
    if (stroke.modifiers & Qt::KeypadModifier) {
        if (stroke.key >= Qt::Key_0 && stroke.key <= Qt::Key_9)
            return QLatin1Char(char('0' + stroke.key - Qt::Key_0));
    } else if (m_settings.physicalKeys && stroke.nativeScanCode != 0) {
        const QChar c =
            usCharacterForScanCode(stroke.nativeScanCode, m_scanCodes, stroke.modifiers & Qt::ShiftModifier);
        if (!c.isNull())
            return c;
    }
    if (stroke.text.size() != 1)
        return {};
    const QChar c = stroke.text.front();
    if (isRussianLayoutLetter(c) || c.unicode() == 0x2116)
        *russian = true;
    if (c == GS || (c.unicode() >= 0x20 && c.unicode() != 0x7F))
        return c;
    return {};
}

KeystrokeDecoder::Piece KeystrokeDecoder::classify(const KeyStroke &stroke, QChar *character) const
{
    if (isModifierKey(stroke.key))
        return Piece::Modifier;
    const Qt::KeyboardModifiers mods = stroke.modifiers;
    if (stroke.text == QString(GS))
        return Piece::Gs;
    if (m_settings.ctrlBracketIsGs && (mods & Qt::ControlModifier)) {
        // ']' in the US layout, 'ъ' on the same key in the Russian one.
        const bool bracketKey =
            stroke.key == Qt::Key_BracketRight || stroke.key == 0x042A ||
            usCharacterForScanCode(stroke.nativeScanCode, m_scanCodes, false) == QLatin1Char(']');
        if (bracketKey)
            return Piece::Gs;
    }
    if (m_settings.effectiveGsKeys().contains(stroke.key))
        return Piece::Gs;
    if (m_settings.altCodes && (mods & Qt::AltModifier) && (mods & Qt::KeypadModifier) &&
        stroke.key >= Qt::Key_0 && stroke.key <= Qt::Key_9)
        return Piece::AltDigit;
    if (!(mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) &&
        m_settings.effectiveTerminators().contains(stroke.key))
        return Piece::Terminator;
    if (mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return Piece::Other;
    bool russian = false;
    *character = resolveCharacter(stroke, &russian);
    return character->isNull() ? Piece::Other : Piece::Character;
}

void KeystrokeDecoder::hold(const KeyStroke &stroke)
{
    m_held.append(stroke.id);
}

QList<quint64> KeystrokeDecoder::releaseAll()
{
    QList<quint64> held = m_held;
    reset();
    return held;
}

void KeystrokeDecoder::reset()
{
    m_held.clear();
    m_text.clear();
    m_altDigits.clear();
    m_russian = false;
}

std::optional<WedgeCode> KeystrokeDecoder::finish()
{
    QString text = m_text;
    if (!m_settings.prefix.isEmpty() && text.startsWith(m_settings.prefix))
        text.remove(0, m_settings.prefix.size());
    if (!m_settings.suffix.isEmpty() && text.endsWith(m_settings.suffix))
        text.chop(m_settings.suffix.size());
    for (const QChar s : std::as_const(m_settings.gsSubstitute))
        text.replace(s, GS);
    bool repaired = false;
    if (m_russian) {
        for (QChar &c : text) {
            const QChar latin = latinForRussianLayout(c, true);
            repaired = repaired || latin != c;
            c = latin;
        }
    }
    if (text.size() < m_settings.minLength)
        return std::nullopt;
    return WedgeCode{text, repaired};
}

KeystrokeDecoder::Result KeystrokeDecoder::feed(const KeyStroke &stroke)
{
    Result result;
    if (!m_settings.enabled)
        return result;

    if (!stroke.press) {
        // A scanner sends Alt+keypad digits and the character appears when Alt goes up.
        if (stroke.key == Qt::Key_Alt && !m_altDigits.isEmpty()) {
            const int code = m_altDigits.toInt();
            m_altDigits.clear();
            if (code > 0 && code < 256)
                m_text.append(QChar(code));
        }
        if (isHolding()) {
            hold(stroke);
            result.swallow = true;
        }
        return result;
    }

    QChar character;
    const Piece piece = stroke.autoRepeat ? Piece::Other : classify(stroke, &character);
    const bool inTime = isHolding() && stroke.timeMs - m_lastTime <= m_settings.maxGapMs;

    switch (piece) {
    case Piece::Modifier:
        if (isHolding()) {
            hold(stroke);
            result.swallow = true;
        }
        return result;
    case Piece::Character:
    case Piece::Gs:
    case Piece::AltDigit:
        if (isHolding() && !inTime)
            result.replay = releaseAll(); // the pause says the held keys were typed by a person
        // F8 and friends mean GS only inside a burst; on their own they are the cashier's hotkeys.
        if (!isHolding() && piece == Piece::Gs && m_settings.effectiveGsKeys().contains(stroke.key))
            return result;
        hold(stroke);
        m_lastTime = stroke.timeMs;
        if (piece == Piece::Character) {
            bool russian = false;
            resolveCharacter(stroke, &russian);
            m_russian = m_russian || russian;
            m_text.append(character);
        } else if (piece == Piece::Gs) {
            m_text.append(GS);
        } else {
            m_altDigits.append(QLatin1Char(char('0' + stroke.key - Qt::Key_0)));
        }
        result.swallow = true;
        return result;
    case Piece::Terminator:
        // Some scanners pause a little before the suffix: allow twice the gap for it.
        if (isHolding() && stroke.timeMs - m_lastTime <= 2 * m_settings.maxGapMs) {
            if (auto code = finish()) {
                reset();
                result.code = code;
                result.swallow = true;
                return result;
            }
        }
        result.replay = releaseAll();
        return result;
    case Piece::Other:
        result.replay = releaseAll();
        return result;
    }
    return result;
}

KeystrokeDecoder::Result KeystrokeDecoder::expire()
{
    Result result;
    if (!isHolding())
        return result;
    if (!m_settings.terminatorRequired) {
        if (auto code = finish()) {
            reset();
            result.code = code;
            return result;
        }
    }
    result.replay = releaseAll();
    return result;
}

} // namespace devices
