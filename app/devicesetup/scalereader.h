#pragma once

// One weighing on the shop scale, off the GUI thread: the reader's own thread opens the port, reads
// until the weight settles (devices::SerialScale decides what "settled" means) or SettleTimeoutMs
// passes, closes the port again and reports once. The port is held only while weighing, so the
// Settings page can check the same scale between sales.
//
//   app::ScaleReader *scale = session.scale(); // null: no scale set up
//   connect(scale, &app::ScaleReader::weighed, dialog, &WeightDialog::takeWeighing);
//   scale->weigh();

#include <QMetaType>
#include <QObject>
#include <QString>

#include "app/core/money.h"
#include "devices/scale.h"

class QThread;

namespace app {

struct ScaleWeighing
{
    enum class Outcome { Stable, Unstable, Empty, Overload, NoAnswer, PortFailed };

    Outcome outcome = Outcome::NoAnswer;
    Milli weight = 0; // kilograms with three decimals (grams); Stable only
    QString message;  // translated, for everything but Stable: what happened and what to do

    bool ok() const { return outcome == Outcome::Stable; }
};

namespace detail {
class ScaleWorker;
}

class ScaleReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScaleReader)

public:
    static constexpr int SettleTimeoutMs = 3000;

    explicit ScaleReader(const devices::ScaleSettings &settings, QObject *parent = nullptr);
    ~ScaleReader() override; // stops the thread; a weighing in progress is dropped

    const devices::ScaleSettings &settings() const { return m_settings; }
    bool isBusy() const { return m_pending != 0; }
    // Starts a weighing; a second call while one runs restarts it.
    void weigh();
    // The running weighing reports nothing.
    void cancel();

Q_SIGNALS:
    void weighed(const app::ScaleWeighing &result);

private:
    devices::ScaleSettings m_settings;
    QThread *m_thread = nullptr;
    detail::ScaleWorker *m_worker = nullptr;
    int m_next = 0;
    int m_pending = 0; // the id of the weighing whose result is wanted, 0 for none
};

} // namespace app

Q_DECLARE_METATYPE(app::ScaleWeighing)
