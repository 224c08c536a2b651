#include "emulatorprocess.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTcpSocket>

EmulatorProcess::~EmulatorProcess()
{
    stop();
}

bool EmulatorProcess::start(const QString &program, const QStringList &endpoint, const QString &statePath,
                            QString *error)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    QStringList args = endpoint;
    args << QStringLiteral("--state") << statePath << QStringLiteral("--control")
         << QStringLiteral("tcp:127.0.0.1:0");
    m_process->start(program, args);
    if (!m_process->waitForStarted(5000)) {
        if (error)
            *error = m_process->errorString();
        return false;
    }
    static const QRegularExpression control(QStringLiteral("^control tcp [^:]+:(\\d+)"));
    static const QRegularExpression tcp(QStringLiteral("^listening tcp ([0-9.]+):(\\d+)"));
    static const QRegularExpression pty(QStringLiteral("^listening pty (\\S+)"));
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000) {
        if (!m_process->canReadLine() && !m_process->waitForReadyRead(200)) {
            if (m_process->state() != QProcess::Running)
                break;
            continue;
        }
        while (m_process->canReadLine()) {
            const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
            if (auto m = control.match(line); m.hasMatch())
                m_controlPort = quint16(m.captured(1).toUInt());
            if (auto m = tcp.match(line); m.hasMatch()) {
                m_deviceUrl = QStringLiteral("tcp:%1:%2").arg(m.captured(1), m.captured(2));
                return true;
            }
            if (auto m = pty.match(line); m.hasMatch()) {
                m_deviceUrl = QStringLiteral("serial:") + m.captured(1);
                return true;
            }
        }
    }
    if (error)
        *error = QStringLiteral("the emulator did not report its endpoint: ") +
                 QString::fromUtf8(m_process->readAllStandardError());
    return false;
}

void EmulatorProcess::stop()
{
    if (!m_process)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(3000)) {
        m_process->kill();
        m_process->waitForFinished(3000);
    }
    m_process.reset();
}

QString EmulatorProcess::control(const QString &command, int timeoutMs) const
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_controlPort);
    if (!socket.waitForConnected(timeoutMs))
        return QStringLiteral("error cannot connect to the control port");
    socket.write(command.toUtf8() + '\n');
    socket.flush();
    QElapsedTimer t;
    t.start();
    while (!socket.canReadLine() && t.elapsed() < timeoutMs)
        socket.waitForReadyRead(100);
    return QString::fromUtf8(socket.readLine()).trimmed();
}
