#include "devices/keyboardwedge.h"

#include "devices/log.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QKeyEvent>

namespace devices {

KeyboardWedge::KeyboardWedge(QObject *parent)
    : QObject(parent)
    , m_decoder({}, scanCodeSetForPlatform(QGuiApplication::platformName()))
{
    m_gapTimer.setSingleShot(true);
    connect(&m_gapTimer, &QTimer::timeout, this, &KeyboardWedge::flushPending);
}

KeyboardWedge::~KeyboardWedge()
{
    uninstall();
}

void KeyboardWedge::setSettings(const WedgeSettings &settings)
{
    flushPending();
    m_decoder.setSettings(settings);
}

void KeyboardWedge::setScanCodeSet(ScanCodeSet set)
{
    m_decoder.setScanCodeSet(set);
}

void KeyboardWedge::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

void KeyboardWedge::install()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

void KeyboardWedge::uninstall()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

qint64 KeyboardWedge::timeOf(const QKeyEvent *event) const
{
    if (m_clock)
        return m_clock();
    if (event->timestamp() != 0)
        return qint64(event->timestamp());
    static QElapsedTimer monotonic;
    if (!monotonic.isValid())
        monotonic.start();
    return monotonic.elapsed();
}

bool KeyboardWedge::eventFilter(QObject *watched, QEvent *event)
{
    if (m_replaying)
        return false;
    const QEvent::Type type = event->type();
    if (type == QEvent::ShortcutOverride) {
        // Mid-scan, a key that happens to be a shortcut (F8, a digit) must reach us as a key press.
        if (m_decoder.isHolding()) {
            event->accept();
            return true;
        }
        return false;
    }
    // Key events reach the window first and are then forwarded to the focus widget; taking them at
    // the window sees each key once and catches it before any widget does.
    if ((type != QEvent::KeyPress && type != QEvent::KeyRelease) || !watched->isWindowType())
        return false;

    auto *key = static_cast<QKeyEvent *>(event);
    KeyStroke stroke;
    stroke.id = m_nextId++;
    stroke.timeMs = timeOf(key);
    stroke.press = type == QEvent::KeyPress;
    stroke.autoRepeat = key->isAutoRepeat();
    stroke.key = key->key();
    stroke.modifiers = key->modifiers();
    stroke.text = key->text();
    stroke.nativeScanCode = key->nativeScanCode();

    const KeystrokeDecoder::Result result = m_decoder.feed(stroke);
    if (result.swallow)
        m_held.emplace(stroke.id,
                       Held{watched, std::unique_ptr<QKeyEvent>(static_cast<QKeyEvent *>(key->clone()))});
    apply(result);
    return result.swallow;
}

void KeyboardWedge::flushPending()
{
    apply(m_decoder.expire());
}

void KeyboardWedge::apply(const KeystrokeDecoder::Result &result)
{
    for (const quint64 id : result.replay) {
        const auto it = m_held.find(id);
        if (it == m_held.end())
            continue;
        Held held = std::move(it->second);
        m_held.erase(it);
        if (!held.target)
            continue;
        m_replaying = true;
        QCoreApplication::sendEvent(held.target, held.event.get());
        m_replaying = false;
    }
    if (result.code) {
        m_held.clear(); // the scanner's own keys: never delivered
        ScannedCode code;
        code.text = result.code->text;
        code.source = ScanSource::KeyboardWedge;
        code.sourceName = QStringLiteral("keyboard");
        code.time = QDateTime::currentDateTimeUtc();
        code.layoutRepaired = result.code->layoutRepaired;
        qCDebug(lcDevices) << "wedge scan of" << code.text.size() << "characters"
                           << (code.layoutRepaired ? "(Russian layout mapped back)" : "");
        Q_EMIT codeScanned(code);
    }
    if (m_decoder.isHolding())
        m_gapTimer.start(m_decoder.settings().maxGapMs + 1);
    else
        m_gapTimer.stop();
}

} // namespace devices
