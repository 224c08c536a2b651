#include "keyrecording.h"

namespace testing_support {

bool usKeyFor(QChar c, quint32 *scanCode, bool *shift)
{
    for (quint32 code = 0; code < 0x3A; ++code) {
        for (const bool s : {false, true}) {
            if (devices::usCharacterForScanCode(code, devices::ScanCodeSet::Windows, s) == c) {
                *scanCode = code;
                *shift = s;
                return true;
            }
        }
    }
    return false;
}

namespace {

// The character the Russian layout puts on the key that types c in the US layout.
QChar russianFor(QChar c)
{
    for (char16_t u = 0x0401; u <= 0x0451; ++u) {
        if (devices::isRussianLayoutLetter(QChar(u)) && devices::latinForRussianLayout(QChar(u), true) == c)
            return QChar(u);
    }
    for (const char16_t u : {u'.', u',', u'"', u';', u':', u'?', u'/', u'№'}) {
        if (devices::latinForRussianLayout(QChar(u), true) == c)
            return QChar(u);
    }
    return c;
}

int qtKeyFor(QChar c)
{
    const QChar upper = c.toUpper();
    if ((upper >= u'A' && upper <= u'Z') || (upper >= u'0' && upper <= u'9'))
        return upper.unicode();
    return c.unicode(); // Qt::Key values of ASCII punctuation are the characters themselves
}

} // namespace

KeyRecording &KeyRecording::type(const QString &text, int gapMs, Layout layout)
{
    for (const QChar c : text) {
        quint32 scanCode = 0;
        bool shift = false;
        usKeyFor(c, &scanCode, &shift);
        const QChar typed = layout == Layout::Russian ? russianFor(c) : c;
        now += gapMs;
        const quint32 native = scanCodes == devices::ScanCodeSet::Xkb       ? scanCode + 8
                               : scanCodes == devices::ScanCodeSet::Windows ? scanCode
                                                                            : 0;
        const Qt::KeyboardModifiers mods = shift ? Qt::ShiftModifier : Qt::NoModifier;
        const quint64 id = quint64(strokes.size() + 1);
        strokes.append({id, now, true, false, qtKeyFor(typed), mods, QString(typed), native});
        strokes.append({id + 1, now + 1, false, false, qtKeyFor(typed), mods, QString(typed), native});
    }
    return *this;
}

KeyRecording &KeyRecording::key(int qtKey, int gapMs, Qt::KeyboardModifiers modifiers, const QString &text)
{
    now += gapMs;
    const quint64 id = quint64(strokes.size() + 1);
    strokes.append({id, now, true, false, qtKey, modifiers, text, 0});
    strokes.append({id + 1, now + 1, false, false, qtKey, modifiers, text, 0});
    return *this;
}

KeyRecording &KeyRecording::altCode(int code, int gapMs)
{
    now += gapMs;
    strokes.append({quint64(strokes.size() + 1), now, true, false, Qt::Key_Alt, Qt::AltModifier, {}, 0});
    const QString digits = QString::number(code).rightJustified(3, QLatin1Char('0'));
    for (const QChar d : digits) {
        now += gapMs;
        const int k = Qt::Key_0 + (d.unicode() - u'0');
        const auto mods = Qt::AltModifier | Qt::KeypadModifier;
        strokes.append({quint64(strokes.size() + 1), now, true, false, k, mods, {}, 0});
        strokes.append({quint64(strokes.size() + 1), now + 1, false, false, k, mods, {}, 0});
    }
    now += gapMs;
    strokes.append({quint64(strokes.size() + 1), now, false, false, Qt::Key_Alt, Qt::NoModifier, {}, 0});
    return *this;
}

} // namespace testing_support
