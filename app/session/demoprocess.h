#pragma once

// A helper program the demo till starts beside itself (the SBP acquirer emulator, the fake ТС ПИоТ):
// found beside the till or named by an environment variable, started (the callers ask for loopback
// and --exit-with-stdin), its address read from the "listening PORT" line it prints first. Killed
// when destroyed.

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace app {

class DemoProcess final
{
    Q_DISABLE_COPY_MOVE(DemoProcess)

public:
    // Starts `program` (beside the till; the variable `envVar` names another) with `arguments`.
    // Null when there is no such program or it does not say where it listens; `what` names it in
    // the log.
    static std::unique_ptr<DemoProcess> start(const char *envVar, const QString &program,
                                              const QStringList &arguments, const QString &what);
    ~DemoProcess();

    QString url() const { return m_url; } // http://127.0.0.1:PORT

private:
    DemoProcess() = default;

    QProcess m_process;
    QString m_url;
};

} // namespace app
