#pragma once

// "Test connection", "Find registrar" and "Print test slip" for the Settings page, off the GUI
// thread: each run opens its own transport on a worker QThread and reports back by queued signals.
// A COM port is opened exclusively and the registrar's TCP server serves one host at a time, so a
// registrar the till's FiscalService already talks to is asked through that service instead.
//
//   app::RegistrarProbe probe(session.fiscal(), session.deviceUrl());
//   connect(&probe, &app::RegistrarProbe::checkFinished, page, &Page::showInfo);
//   probe.check(settings);

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

#include "app/devicesetup/registrarinfo.h"
#include "app/devicesetup/registrarsettings.h"

class QThread;

namespace app {

class FiscalService;

namespace detail {
// Carries one worker run's results to the GUI thread (see RegistrarProbe::runInThread).
class ProbeRelay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeRelay)

public:
    ProbeRelay() = default;

Q_SIGNALS:
    void checkFinished(const app::RegistrarInfo &info);
    void scanProgress(int done, int total, const QString &current);
    void scanFinished(const QList<app::RegistrarInfo> &found, bool cancelled, const QString &note);
    void printFinished(bool ok, const QString &message);
};
} // namespace detail

class RegistrarProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistrarProbe)

public:
    // `running` may be null (no registrar configured yet); `runningUrl` is the URL it uses.
    explicit RegistrarProbe(FiscalService *running, const QString &runningUrl, QObject *parent = nullptr);
    ~RegistrarProbe() override; // cancels a run in progress without waiting for it

    bool isBusy() const { return m_busy; }
    // True when `settings` name the registrar the running fiscal service holds.
    bool isRunningDevice(const RegistrarSettings &settings) const;

    void check(const RegistrarSettings &settings);
    // Every port at every baud rate (ports in the given order), ENQ first with short timeouts;
    // stops at the first registrar that answers. `base` gives the password and the timeouts.
    void scan(const QStringList &ports, const QList<int> &bauds, const RegistrarSettings &base);
    // A non-fiscal slip through 17h (print a line) and a cut.
    void printTest(const RegistrarSettings &settings, const QStringList &lines);
    void cancel();

    // The lines of the test slip (printed in Russian: it is the shop's paper).
    static QStringList testSlipLines(const QString &shopName);

Q_SIGNALS:
    void checkFinished(const app::RegistrarInfo &info);
    void scanProgress(int done, int total, const QString &current);
    // `found` is empty when nothing answered; `cancelled` when the owner stopped it.
    void scanFinished(const QList<app::RegistrarInfo> &found, bool cancelled, const QString &note);
    void printFinished(bool ok, const QString &message);

private:
    template<class Work>
    void runInThread(Work &&work);
    void finishRun();

    QPointer<FiscalService> m_running;
    QString m_runningUrl;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_busy = false;
};

} // namespace app
