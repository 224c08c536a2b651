#pragma once

// The keyboard-wedge logic without Qt events or timers: feed it key strokes with their times and it
// says which to hold back, which to give back to the focused widget, and when a code is complete.
// A burst of keys closer than maxGapMs ending with the terminator is a scanner; anything else is a
// person and is replayed untouched, so typing only gets delayed by one gap.

#include "devices/physicalkeys.h"
#include "devices/wedgesettings.h"

#include <QList>
#include <QString>

#include <optional>

namespace devices {

struct KeyStroke
{
    quint64 id = 0;    // the caller's handle for replaying the real event
    qint64 timeMs = 0; // any monotonic millisecond clock
    bool press = true;
    bool autoRepeat = false;
    int key = 0; // Qt::Key
    Qt::KeyboardModifiers modifiers;
    QString text;
    quint32 nativeScanCode = 0;
};

struct WedgeCode
{
    QString text;
    bool layoutRepaired = false;
};

class KeystrokeDecoder
{
public:
    struct Result
    {
        bool swallow = false;  // hold this stroke back from the widget
        QList<quint64> replay; // strokes to deliver now, in order, before this one
        std::optional<WedgeCode> code;
    };

    explicit KeystrokeDecoder(const WedgeSettings &settings = {}, ScanCodeSet scanCodes = ScanCodeSet::None);

    void setSettings(const WedgeSettings &settings);
    const WedgeSettings &settings() const { return m_settings; }
    void setScanCodeSet(ScanCodeSet set) { m_scanCodes = set; }

    Result feed(const KeyStroke &stroke);
    // The gap timer ran out with no new key: a finished code without terminator, or a person.
    Result expire();
    // True while strokes are held back; the caller keeps the gap timer running.
    bool isHolding() const { return !m_held.isEmpty(); }

private:
    enum class Piece { Modifier, Character, Gs, AltDigit, Terminator, Other };

    Piece classify(const KeyStroke &stroke, QChar *character) const;
    QChar resolveCharacter(const KeyStroke &stroke, bool *russian) const;
    void hold(const KeyStroke &stroke);
    QList<quint64> releaseAll();
    std::optional<WedgeCode> finish();
    void reset();

    WedgeSettings m_settings;
    ScanCodeSet m_scanCodes;
    QList<quint64> m_held;
    QString m_text;
    QString m_altDigits;
    bool m_russian = false;
    qint64 m_lastTime = 0;
};

} // namespace devices
