#include "app/devicesetup/registrarprobe.h"

#include <QDateTime>
#include <QThread>

#include "app/core/tr.h"
#include "app/fiscalservice/driversettings.h"
#include "app/fiscalservice/fiscalservice.h"
#include "app/logging.h"
#include "fiscal/registrar.h"
#include "fiscal/transport/deviceurl.h"

namespace app {
namespace {

fiscal::RegistrarSettings registrarSettings(const RegistrarSettings &s)
{
    return app::registrarSettings(s.applyTo({}));
}

fiscal::LinkSettings linkSettings(const RegistrarSettings &s)
{
    return app::linkSettings(s.applyTo({}));
}

// Where the port is, as the owner picked it: "/dev/ttyUSB0" or "tcp:10.0.0.5:7778".
QString portName(const RegistrarSettings &s)
{
    return s.connection == RegistrarSettings::Connection::Serial ? s.serialPort : s.url();
}

std::optional<fiscal::DeviceUrl> parse(const QString &url)
{
    return fiscal::parseDeviceUrl(url.toStdString());
}

} // namespace

RegistrarProbe::RegistrarProbe(FiscalService *running, const QString &runningUrl, QObject *parent)
    : QObject(parent)
    , m_running(running)
    , m_runningUrl(runningUrl)
{
    qRegisterMetaType<app::RegistrarInfo>();
    qRegisterMetaType<QList<app::RegistrarInfo>>();
}

RegistrarProbe::~RegistrarProbe()
{
    cancel();
}

bool RegistrarProbe::isRunningDevice(const RegistrarSettings &settings) const
{
    if (!m_running || m_runningUrl.isEmpty())
        return false;
    const auto a = parse(settings.url());
    const auto b = parse(m_runningUrl);
    return a && b && *a == *b;
}

void RegistrarProbe::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

template<class Work>
void RegistrarProbe::runInThread(Work &&work)
{
    m_busy = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    // The relay lives on the GUI thread but belongs to the worker: it deletes itself when the work
    // ends, so a probe (and its dialog) closed mid-run never waits for a port to time out.
    auto *relay = new detail::ProbeRelay;
    connect(relay, &detail::ProbeRelay::checkFinished, this, [this](const RegistrarInfo &info) {
        finishRun();
        Q_EMIT checkFinished(info);
    });
    connect(relay, &detail::ProbeRelay::scanProgress, this, &RegistrarProbe::scanProgress);
    connect(relay, &detail::ProbeRelay::scanFinished, this,
            [this](const QList<RegistrarInfo> &found, bool cancelled, const QString &note) {
                finishRun();
                Q_EMIT scanFinished(found, cancelled, note);
            });
    connect(relay, &detail::ProbeRelay::printFinished, this, [this](bool ok, const QString &message) {
        finishRun();
        Q_EMIT printFinished(ok, message);
    });
    QThread *thread = QThread::create([work = std::forward<Work>(work), cancel = m_cancel, relay]() mutable {
        work(*cancel, *relay);
        relay->deleteLater();
    });
    thread->setObjectName(QStringLiteral("registrar-probe"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void RegistrarProbe::finishRun()
{
    m_busy = false;
}

void RegistrarProbe::check(const RegistrarSettings &settings)
{
    if (m_busy)
        return;
    if (isRunningDevice(settings)) {
        // The till holds this port: ask through its fiscal thread instead of opening it twice.
        m_busy = true;
        const int id = m_running->readDeviceInfo();
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_running, &FiscalService::deviceInfoRead, this,
                              [this, id, connection, settings](int requestId, const RegistrarInfo &read) {
                                  if (requestId != id)
                                      return;
                                  disconnect(*connection);
                                  RegistrarInfo info = read;
                                  info.url = settings.url();
                                  info.baud = settings.baud;
                                  info.viaRunningService = true;
                                  finishRun();
                                  Q_EMIT checkFinished(info);
                              });
        return;
    }
    runInThread([settings](std::atomic<bool> &, detail::ProbeRelay &relay) {
        RegistrarInfo info;
        info.url = settings.url();
        info.baud = settings.baud;
        const auto url = parse(info.url);
        if (!url) {
            info.error = {Tr::tr("The registrar address “%1” is not valid.").arg(info.url),
                          FiscalNextStep::CheckSettings, true};
        } else {
            auto transport = fiscal::openTransport(*url, unsigned(settings.baud),
                                                   fiscal::Duration{settings.connectTimeoutMs});
            if (!transport) {
                info.error = probeErrorMessage(transport.error(), portName(settings), settings.password);
            } else {
                fiscal::Registrar registrar(**transport, registrarSettings(settings), linkSettings(settings));
                RegistrarInfo read = readRegistrarInfo(registrar);
                (*transport)->close();
                read.url = info.url;
                read.baud = info.baud;
                info = read;
            }
        }
        qCInfo(lcFiscal) << "registrar check" << info.url << (info.ok ? info.summary() : info.error.text);
        Q_EMIT relay.checkFinished(info);
    });
}

void RegistrarProbe::scan(const QStringList &ports, const QList<int> &bauds, const RegistrarSettings &base)
{
    if (m_busy)
        return;
    QString runningPort;
    if (m_running) {
        if (const auto running = parse(m_runningUrl);
            running && running->kind == fiscal::DeviceUrl::Kind::Serial)
            runningPort = QString::fromStdString(running->path);
    }
    runInThread([ports, bauds, base, runningPort](std::atomic<bool> &cancelled, detail::ProbeRelay &relay) {
        QList<RegistrarInfo> found;
        QStringList notes;
        const int total = int(ports.size() * bauds.size());
        int done = 0;
        auto progress = [&](const QString &what) { Q_EMIT relay.scanProgress(done, total, what); };
        for (const QString &port : ports) {
            if (cancelled || !found.isEmpty())
                break;
            if (port == runningPort) {
                notes << Tr::tr("%1 is skipped: the till is connected to it now.").arg(port);
                done += int(bauds.size());
                progress(port);
                continue;
            }
            for (int baud : bauds) {
                if (cancelled)
                    break;
                progress(Tr::tr("%1 at %2 baud").arg(port).arg(baud));
                auto transport =
                    fiscal::openTransport(fiscal::DeviceUrl{fiscal::DeviceUrl::Kind::Serial,
                                                            port.toStdString(), fiscal::DefaultTcpPort},
                                          unsigned(baud));
                if (!transport) {
                    // The port itself cannot be used: other speeds would fail the same way.
                    if (transport.error().code != int(fiscal::TransportError::NotFound))
                        notes << probeErrorMessage(transport.error(), port, base.password).text;
                    done += int(bauds.size() - bauds.indexOf(baud));
                    break;
                }
                fiscal::LinkSettings quick = linkSettings(base);
                // A registrar answers ENQ within a few of its 50 ms byte timeouts.
                quick.enqTimeout = fiscal::Duration{150};
                quick.maxEnqAttempts = 2;
                fiscal::Registrar registrar(**transport, registrarSettings(base), quick);
                ++done;
                if (registrar.link().probe()) {
                    RegistrarInfo info = readRegistrarInfo(registrar);
                    info.url = QStringLiteral("serial:") + port;
                    info.baud = baud;
                    if (!info.ok) // it answers, but not to this password: still the right port and speed
                        notes << info.error.text;
                    found.append(info);
                    (*transport)->close();
                    break;
                }
                (*transport)->close();
            }
        }
        const bool wasCancelled = cancelled.load();
        const QString note = notes.join(QLatin1Char('\n'));
        Q_EMIT relay.scanProgress(total, total, {});
        Q_EMIT relay.scanFinished(found, wasCancelled, note);
    });
}

QStringList RegistrarProbe::testSlipLines(const QString &shopName)
{
    return {QStringLiteral("ПРОВЕРКА ПЕЧАТИ"), shopName,
            QDateTime::currentDateTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")),
            QStringLiteral("Прилавок: связь с ФР в порядке"),
            QStringLiteral("НЕ ЯВЛЯЕТСЯ ФИСКАЛЬНЫМ ДОКУМЕНТОМ")};
}

void RegistrarProbe::printTest(const RegistrarSettings &settings, const QStringList &lines)
{
    if (m_busy)
        return;
    if (isRunningDevice(settings)) {
        m_busy = true;
        const int id = m_running->printText(lines);
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_running, &FiscalService::operationFinished, this,
                              [this, id, connection](int requestId, const FiscalOperationResult &r) {
                                  if (requestId != id)
                                      return;
                                  disconnect(*connection);
                                  finishRun();
                                  Q_EMIT printFinished(r.ok, r.ok ? Tr::tr("The test slip was printed.")
                                                                  : r.message.text);
                              });
        return;
    }
    runInThread([settings, lines](std::atomic<bool> &, detail::ProbeRelay &relay) {
        bool ok = false;
        QString message;
        const auto url = parse(settings.url());
        if (!url) {
            message = Tr::tr("The registrar address “%1” is not valid.").arg(settings.url());
        } else if (auto transport = fiscal::openTransport(*url, unsigned(settings.baud),
                                                          fiscal::Duration{settings.connectTimeoutMs});
                   !transport) {
            message = probeErrorMessage(transport.error(), portName(settings), settings.password).text;
        } else {
            fiscal::Registrar registrar(**transport, registrarSettings(settings), linkSettings(settings));
            std::vector<std::string> text;
            for (const QString &line : lines)
                text.push_back(line.toStdString());
            auto printed = registrar.printText(text);
            if (!printed) {
                message = probeErrorMessage(printed.error(), settings.describe(), settings.password).text;
            } else if (!printed->complete) {
                message = Tr::tr("The paper ran out while printing: insert a roll and print again.");
            } else {
                ok = true;
                message = Tr::tr("The test slip was printed.");
            }
            (*transport)->close();
        }
        Q_EMIT relay.printFinished(ok, message);
    });
}

} // namespace app
