#pragma once

// The prilavok-fr-emulator executable as a child process (TCP or pty endpoint, --state file,
// control channel), for the pty tests and the soak harness. Blocking, for test code only.

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

class EmulatorProcess final
{
public:
    EmulatorProcess() = default;
    ~EmulatorProcess();
    EmulatorProcess(const EmulatorProcess &) = delete;
    EmulatorProcess &operator=(const EmulatorProcess &) = delete;

    // `endpoint` is "--tcp 127.0.0.1:0" style arguments; waits for the "listening" line.
    bool start(const QString &program, const QStringList &endpoint, const QString &statePath, QString *error);
    void stop();

    QString deviceUrl() const { return m_deviceUrl; } // "tcp:127.0.0.1:40123" or "serial:/tmp/x"
    quint16 controlPort() const { return m_controlPort; }

    // One control command ("paper-out", "power-cut", ...); the answer line ("ok ...", "error ...").
    QString control(const QString &command, int timeoutMs = 5000) const;

private:
    std::unique_ptr<QProcess> m_process;
    QString m_deviceUrl;
    quint16 m_controlPort = 0;
};
