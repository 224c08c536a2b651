#include "app/devicesetup/scalereader.h"

#include <QThread>
#include <QTimer>

#include <memory>

#include "app/core/tr.h"
#include "app/logging.h"

namespace app {
namespace detail {

// Lives on the reader's thread: the serial port and its timers belong there.
class ScaleWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScaleWorker)

public:
    ScaleWorker()
        : m_timer(new QTimer(this)) // a child: it moves to the reader's thread with the worker
    {
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &ScaleWorker::timedOut);
    }

    void run(int id, const devices::ScaleSettings &settings)
    {
        stop();
        m_id = id;
        m_settings = settings;
        m_lines = 0;
        m_lastGrams = 0;
        m_scale = std::make_unique<devices::SerialScale>();
        m_scale->setSettings(settings);
        devices::SerialScale *scale = m_scale.get();
        connect(scale, &devices::SerialScale::weightChanged, this, [this](qint64 grams, bool stable) {
            ++m_lines;
            m_lastGrams = grams;
            if (stable && grams < m_settings.minimumGrams)
                finish(ScaleWeighing::Outcome::Empty);
        });
        connect(scale, &devices::SerialScale::stableWeight, this, [this](qint64 grams) {
            m_lastGrams = grams;
            finish(ScaleWeighing::Outcome::Stable);
        });
        connect(scale, &devices::SerialScale::overloaded, this,
                [this] { finish(ScaleWeighing::Outcome::Overload); });
        connect(scale, &devices::SerialScale::errorOccurred, this,
                [this](const QString &message) { finish(ScaleWeighing::Outcome::PortFailed, message); });
        if (!scale->open()) {
            finish(ScaleWeighing::Outcome::PortFailed, scale->errorString());
            return;
        }
        m_timer->start(ScaleReader::SettleTimeoutMs);
    }

    void stop()
    {
        m_timer->stop();
        if (m_scale) {
            m_scale->disconnect(this);
            m_scale->close();
            // Not deleted here: this may run inside one of its own signals.
            m_scale.release()->deleteLater();
        }
    }

Q_SIGNALS:
    void finished(int id, const app::ScaleWeighing &result);

private:
    void timedOut()
    {
        if (m_lines == 0)
            finish(ScaleWeighing::Outcome::NoAnswer);
        else if (m_lastGrams < m_settings.minimumGrams)
            finish(ScaleWeighing::Outcome::Empty);
        else
            finish(ScaleWeighing::Outcome::Unstable);
    }

    void finish(ScaleWeighing::Outcome outcome, const QString &portProblem = {})
    {
        if (!m_scale)
            return;
        stop();
        ScaleWeighing w;
        w.outcome = outcome;
        const QString port = m_settings.port.portName;
        switch (outcome) {
        case ScaleWeighing::Outcome::Stable:
            w.weight = m_lastGrams; // one gram is one thousandth of a kilogram
            break;
        case ScaleWeighing::Outcome::Unstable:
            w.message = Tr::tr("The weight has not settled: wait until the goods lie still on the scale and "
                               "weigh again, or type the weight.");
            break;
        case ScaleWeighing::Outcome::Empty:
            w.message = Tr::tr("The scale shows no weight: put the goods on it (zero the empty scale first) "
                               "and weigh again, or type the weight.");
            break;
        case ScaleWeighing::Outcome::Overload:
            w.message = Tr::tr(
                "The scale is overloaded: take the goods off, weigh them in parts or type the weight.");
            break;
        case ScaleWeighing::Outcome::NoAnswer:
            w.message = Tr::tr("The scale on %1 does not answer: check its power, the cable and the port and "
                               "speed in the settings, or type the weight.")
                            .arg(port);
            break;
        case ScaleWeighing::Outcome::PortFailed:
            w.message = portProblem;
            break;
        }
        qCInfo(lcApp) << "scale" << port << "outcome" << int(outcome) << "grams" << m_lastGrams;
        Q_EMIT finished(m_id, w);
    }

    std::unique_ptr<devices::SerialScale> m_scale;
    devices::ScaleSettings m_settings;
    QTimer *m_timer;
    int m_id = 0;
    int m_lines = 0;
    qint64 m_lastGrams = 0;
};

} // namespace detail

ScaleReader::ScaleReader(const devices::ScaleSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_thread(new QThread(this))
    , m_worker(new detail::ScaleWorker)
{
    qRegisterMetaType<app::ScaleWeighing>();
    m_thread->setObjectName(QStringLiteral("scale"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &detail::ScaleWorker::finished, this, [this](int id, const ScaleWeighing &result) {
        if (id != m_pending)
            return; // cancelled or restarted meanwhile
        m_pending = 0;
        Q_EMIT weighed(result);
    });
    m_thread->start();
}

ScaleReader::~ScaleReader()
{
    m_pending = 0;
    detail::ScaleWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->stop(); }, Qt::QueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void ScaleReader::weigh()
{
    const int id = ++m_next;
    m_pending = id;
    detail::ScaleWorker *worker = m_worker;
    const devices::ScaleSettings settings = m_settings;
    QMetaObject::invokeMethod(
        worker, [worker, id, settings] { worker->run(id, settings); }, Qt::QueuedConnection);
}

void ScaleReader::cancel()
{
    m_pending = 0;
    detail::ScaleWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->stop(); }, Qt::QueuedConnection);
}

} // namespace app

#include "scalereader.moc"
