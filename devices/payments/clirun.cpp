#include "devices/payments/clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <csignal>
#include <sys/types.h>

#include "devices/log.h"

namespace devices::payments {

namespace {

const QString PidFile = QStringLiteral(".prilavok-pid");

bool linkConfig(const QString &configDir, const QString &directory, QString &error)
{
    if (configDir.isEmpty())
        return true;
    const QDir config(configDir);
    if (!config.exists()) {
        error = QStringLiteral("no configuration folder %1").arg(configDir);
        return false;
    }
    const auto entries =
        config.entryInfoList(QDir::Files | QDir::System | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        // A symlink stays a link to the same target (ttyS99 -> /dev/ttyACM0).
        const QString target = entry.isSymLink() ? entry.symLinkTarget() : entry.absoluteFilePath();
        if (!QFile::link(target, directory + QLatin1Char('/') + entry.fileName())) {
            error = QStringLiteral("cannot link %1").arg(entry.fileName());
            return false;
        }
    }
    return true;
}

} // namespace

CliRun::CliRun(QObject *parent)
    : QObject(parent)
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &CliRun::poll);
}

CliRun::~CliRun() = default;

QString CliRun::stdoutFile(const QString &directory)
{
    return directory + QStringLiteral("/.prilavok-stdout");
}

bool CliRun::processAlive(qint64 pid, const QString &directory)
{
    if (pid <= 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    // "pid (name) S ...": a zombie (Z) waits only for init to reap it; it has ended.
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0 || close + 2 >= line.size() || line.at(close + 2) == 'Z')
        return false;
    // The pid may have been reused by an unrelated process since: it must run in our folder.
    const QString cwd = QFileInfo(QStringLiteral("/proc/%1/cwd").arg(pid)).symLinkTarget();
    return cwd.isEmpty() || QDir(cwd) == QDir(directory);
}

void CliRun::start(const QString &program, const QStringList &arguments, const QString &configDir,
                   const QString &directory, int timeoutMs)
{
    m_directory = directory;
    QString error;
    if (QFileInfo::exists(directory)) {
        end(CliRunEnd::Kind::FailedToStart, QStringLiteral("the folder %1 already exists").arg(directory));
        return;
    }
    if (!QDir().mkpath(directory) || !linkConfig(configDir, directory, error)) {
        end(CliRunEnd::Kind::FailedToStart,
            error.isEmpty() ? QStringLiteral("cannot create %1").arg(directory) : error);
        return;
    }
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setWorkingDirectory(directory);
    process.setStandardOutputFile(stdoutFile(directory));
    process.setStandardErrorFile(directory + QStringLiteral("/.prilavok-stderr"));
    qint64 pid = 0;
    if (!process.startDetached(&pid) || pid <= 0) {
        end(CliRunEnd::Kind::FailedToStart, QStringLiteral("%1 did not start").arg(program));
        return;
    }
    QFile pidFile(directory + QLatin1Char('/') + PidFile);
    if (pidFile.open(QIODevice::WriteOnly))
        pidFile.write(QByteArray::number(pid));
    pidFile.close();
    qCInfo(lcDevices) << "terminal program" << program << arguments << "pid" << pid << "in" << directory;
    m_pid = pid;
    m_deadline = QDateTime::currentDateTimeUtc().addMSecs(timeoutMs);
    m_poll.start();
    Q_EMIT started(pid);
}

void CliRun::attach(const QString &directory, int timeoutMs)
{
    m_directory = directory;
    QFile pidFile(directory + QLatin1Char('/') + PidFile);
    m_pid = pidFile.open(QIODevice::ReadOnly) ? pidFile.readAll().trimmed().toLongLong() : 0;
    m_deadline = QDateTime::currentDateTimeUtc().addMSecs(timeoutMs);
    if (!QFileInfo::exists(directory)) {
        end(CliRunEnd::Kind::FailedToStart, QStringLiteral("no folder %1").arg(directory));
        return;
    }
    m_poll.start();
    QTimer::singleShot(0, this, &CliRun::poll);
}

void CliRun::poll()
{
    if (!m_poll.isActive())
        return;
    if (!processAlive(m_pid, m_directory)) {
        end(CliRunEnd::Kind::Exited);
        return;
    }
    if (QDateTime::currentDateTimeUtc() < m_deadline)
        return;
    qCWarning(lcDevices) << "terminal program pid" << m_pid << "past its deadline: killed";
    ::kill(pid_t(m_pid), SIGKILL);
    end(CliRunEnd::Kind::TimedOut);
}

void CliRun::end(CliRunEnd::Kind kind, const QString &error)
{
    m_poll.stop();
    m_pid = 0;
    CliRunEnd result;
    result.kind = kind;
    result.directory = m_directory;
    result.error = error;
    QFile out(stdoutFile(m_directory));
    if (out.open(QIODevice::ReadOnly))
        result.standardOutput = out.readAll();
    // Asynchronous even when start() fails at once: callers never see the signal inside their call.
    QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(result); });
}

} // namespace devices::payments
