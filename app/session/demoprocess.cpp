#include "app/session/demoprocess.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "app/logging.h"

namespace app {

std::unique_ptr<DemoProcess> DemoProcess::start(const char *envVar, const QString &program,
                                                const QStringList &arguments, const QString &what)
{
    QString path = qEnvironmentVariable(envVar);
    if (path.isEmpty())
        path = QCoreApplication::applicationDirPath() + QLatin1Char('/') + program;
    if (!QFileInfo(path).isExecutable())
        return nullptr;
    std::unique_ptr<DemoProcess> demo(new DemoProcess);
    QProcess &process = demo->m_process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(path, arguments);
    // Startup only, before any window: the helper prints its port within milliseconds.
    if (!process.waitForStarted(3000) || !process.waitForReadyRead(3000)) {
        qCWarning(lcApp).noquote() << "the demo" << what << "did not start:" << path;
        return nullptr;
    }
    const QByteArray line = process.readLine().trimmed();
    if (!line.startsWith("listening "))
        return nullptr;
    demo->m_url = QStringLiteral("http://127.0.0.1:%1").arg(QString::fromLatin1(line.mid(10)));
    qCInfo(lcApp).noquote() << "demo" << what << "on" << demo->m_url;
    return demo;
}

DemoProcess::~DemoProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(3000);
}

} // namespace app
