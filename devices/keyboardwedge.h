#pragma once

// The keyboard-wedge scanner listener: an application-wide event filter, so a scan lands in the
// cart whatever widget has focus, and the scanner's keys never leak into a focused line edit.
//
//   devices::KeyboardWedge wedge;
//   wedge.setSettings(settings);
//   wedge.install();               // qApp->installEventFilter(&wedge)
//   connect(&wedge, &devices::KeyboardWedge::codeScanned, cart, &Cart::onScan);

#include "devices/keystrokedecoder.h"
#include "devices/scannedcode.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>

class QKeyEvent;

namespace devices {

class KeyboardWedge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyboardWedge)

public:
    explicit KeyboardWedge(QObject *parent = nullptr);
    ~KeyboardWedge() override;

    void setSettings(const WedgeSettings &settings);
    WedgeSettings settings() const { return m_decoder.settings(); }
    // Default: taken from QGuiApplication::platformName().
    void setScanCodeSet(ScanCodeSet set);
    // For tests: the time of each key in ms. Default: QKeyEvent::timestamp() (the window system's
    // time of the key, immune to a busy GUI thread), or a monotonic clock when it is 0.
    void setClock(std::function<qint64()> clock);

    void install(); // on qApp
    void uninstall();

    bool eventFilter(QObject *watched, QEvent *event) override;

public Q_SLOTS:
    // Acts as if the gap timer ran out now (tests use it instead of waiting).
    void flushPending();

Q_SIGNALS:
    void codeScanned(const devices::ScannedCode &code);

private:
    struct Held
    {
        QPointer<QObject> target;
        std::unique_ptr<QKeyEvent> event;
    };

    void apply(const KeystrokeDecoder::Result &result);
    qint64 timeOf(const QKeyEvent *event) const;

    KeystrokeDecoder m_decoder;
    std::function<qint64()> m_clock;
    QTimer m_gapTimer;
    std::map<quint64, Held> m_held;
    quint64 m_nextId = 1;
    bool m_replaying = false;
};

} // namespace devices
