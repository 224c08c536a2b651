#pragma once

// Builds recorded key strokes as a wedge scanner or a person would produce them: per key the time,
// the Qt key, Shift, the text the active layout gives and the physical scan code.

#include "devices/keystrokedecoder.h"
#include "devices/physicalkeys.h"

#include <QList>
#include <QMetaType>

namespace testing_support {

enum class Layout { Us, Russian };

struct KeyRecording
{
    QList<devices::KeyStroke> strokes;
    qint64 now = 1000;
    devices::ScanCodeSet scanCodes = devices::ScanCodeSet::None;

    // Types text with gapMs before each key, in the given layout.
    KeyRecording &type(const QString &text, int gapMs, Layout layout = Layout::Us);
    KeyRecording &key(int key, int gapMs, Qt::KeyboardModifiers modifiers = {}, const QString &text = {});
    KeyRecording &altCode(int code, int gapMs);
    KeyRecording &pause(int ms)
    {
        now += ms;
        return *this;
    }
};

// The set-1 scan code of the key that types c on a US keyboard and whether Shift is needed.
bool usKeyFor(QChar c, quint32 *scanCode, bool *shift);

} // namespace testing_support

Q_DECLARE_METATYPE(testing_support::KeyRecording)
