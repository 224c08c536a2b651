#pragma once

// One run of a vendor terminal program (sb_pilot, Arcus CommandLineTool) for one operation, in a
// directory of its own named after our operation id. The program is started detached, with its
// stdout in a file of that directory: it finishes its dialogue with the pinpad and the bank even
// if the till quits or dies meanwhile, and whatever it wrote is found there again after a restart
// (attach()). Never blocks: the end is noticed by polling the process id.

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace devices::payments {

struct CliRunEnd
{
    enum class Kind {
        Exited,        // the program ended by itself: read its answer files
        TimedOut,      // still running at the deadline: it was killed, the outcome is unknown
        FailedToStart, // nothing ran: no money moved
    };
    Kind kind = Kind::Exited;
    QString directory;
    QByteArray standardOutput;
    QString error; // FailedToStart: why
};

class CliRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRun)

public:
    explicit CliRun(QObject *parent = nullptr);
    ~CliRun() override;

    // Creates `directory` (refused if it exists: an old answer must never pass for a new one),
    // links every entry of `configDir` into it (pinpad.ini, upnixmn.out, the ttyS99 link...) and
    // starts `program` there.
    void start(const QString &program, const QStringList &arguments, const QString &configDir,
               const QString &directory, int timeoutMs);
    // Follows a program started by an earlier till process (its pid file in `directory`).
    void attach(const QString &directory, int timeoutMs);
    bool isRunning() const { return m_pid > 0; }

    static QString stdoutFile(const QString &directory);
    static bool processAlive(qint64 pid, const QString &directory);

Q_SIGNALS:
    void started(qint64 pid);
    void finished(const devices::payments::CliRunEnd &end);

private:
    void poll();
    void end(CliRunEnd::Kind kind, const QString &error = {});

    QString m_directory;
    qint64 m_pid = 0;
    QDateTime m_deadline;
    QTimer m_poll;
};

} // namespace devices::payments
