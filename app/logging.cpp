#include "app/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>

#include <memory>

Q_LOGGING_CATEGORY(lcApp, "prilavok.app")
Q_LOGGING_CATEGORY(lcDb, "prilavok.db")
Q_LOGGING_CATEGORY(lcFiscal, "prilavok.fiscal")
Q_LOGGING_CATEGORY(lcFiscalRaw, "prilavok.fiscal.raw", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "prilavok.sync")
Q_LOGGING_CATEGORY(lcDevices, "prilavok.devices")
Q_LOGGING_CATEGORY(lcDevicesRaw, "prilavok.devices.raw", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "prilavok.ui")

namespace app {
namespace {

QMutex logMutex;
QFile *logFile = nullptr;
QtMessageHandler previousHandler = nullptr;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void writeMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        if (logFile) {
            const QByteArray line =
                QDateTime::currentDateTime().toString(Qt::ISODateWithMs).toUtf8() + ' ' + levelName(type) +
                ' ' + (context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
            logFile->write(line);
            logFile->flush();
        }
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

QString defaultLogFilePath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return base + QStringLiteral("/logs/prilavok.log");
}

bool installLogFile(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::Append | QIODevice::Text))
        return false;
    QMutexLocker lock(&logMutex);
    delete logFile;
    logFile = file.release();
    if (!previousHandler)
        previousHandler = qInstallMessageHandler(writeMessage);
    return true;
}

} // namespace app
