#include "ptypair.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

namespace testing_support {

PtyPair::~PtyPair()
{
    if (m_socat.state() != QProcess::NotRunning) {
        m_socat.terminate();
        if (!m_socat.waitForFinished(3000))
            m_socat.kill();
        m_socat.waitForFinished(1000);
    }
}

bool PtyPair::start(QString *error)
{
    const QString socat = QStandardPaths::findExecutable(QStringLiteral("socat"));
    if (socat.isEmpty()) {
        *error = QStringLiteral("socat is not installed");
        return false;
    }
    m_socat.start(socat, {QStringLiteral("-d"), QStringLiteral("-d"),
                          QStringLiteral("pty,raw,echo=0,link=") + deviceEnd(),
                          QStringLiteral("pty,raw,echo=0,link=") + hardwareEnd()});
    if (!m_socat.waitForStarted(3000)) {
        *error = QStringLiteral("socat did not start");
        return false;
    }
    const QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        if (QFileInfo::exists(deviceEnd()) && QFileInfo::exists(hardwareEnd()))
            return true;
        QThread::msleep(10);
    }
    *error = QStringLiteral("socat did not create the ptys");
    return false;
}

} // namespace testing_support
