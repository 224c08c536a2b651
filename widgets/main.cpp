// The composition root: parses the command line, sets up logging and translations, builds the
// services of app/ and the main window. It lives in widgets/ because it is the one place that
// knows both the services and the screens (app/ never includes widgets/).

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

#include "app/cloud/cloudlink.h"
#include "app/cloud/syncsettingsstore.h"
#include "app/devicesetup/devicesettingsstore.h"
#include "app/devicesetup/registrarsettings.h"
#include "app/launchoptions.h"
#include "app/logging.h"
#include "app/session/tillsession.h"
#include "app/version.h"
#include "widgets/mainwindow.h"
#include "widgets/translations.h"

namespace {

void printLine(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stream);
}

// Without a display and without an explicit platform Qt aborts; say what to do instead.
bool hasDisplay()
{
#if defined(Q_OS_LINUX)
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

QString languageFrom(const QStringList &arguments)
{
    const auto parsed = app::parseLaunchOptions(arguments);
    return parsed.outcome == app::LaunchParse::Outcome::Run ? parsed.options.language : QStringLiteral("ru");
}

// First pass without a GUI: --help, --version and bad usage work on any terminal.
// Returns an exit code, or -1 to go on with `options` filled in.
int parseWithoutGui(int &argc, char **argv, app::LaunchOptions &options)
{
    QCoreApplication core(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    ui::installTranslations(core, languageFrom(arguments));

    const auto parsed = app::parseLaunchOptions(arguments);
    switch (parsed.outcome) {
    case app::LaunchParse::Outcome::ShowHelp:
    case app::LaunchParse::Outcome::ShowVersion:
        printLine(stdout, parsed.text);
        return 0;
    case app::LaunchParse::Outcome::Error:
        printLine(stderr, parsed.text);
        printLine(stderr, QCoreApplication::translate("main", "Run prilavok --help for the options."));
        return 2;
    case app::LaunchParse::Outcome::Run:
        break;
    }
    if (!hasDisplay()) {
        printLine(stderr,
                  QCoreApplication::translate(
                      "main", "No display: Prilavok needs a graphical session. Run it on the desktop, "
                              "under xvfb-run, or with QT_QPA_PLATFORM=offscreen."));
        return 3;
    }
    options = parsed.options;
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral(PRILAVOK_APP_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRILAVOK_VERSION));

    app::LaunchOptions options;
    if (const int code = parseWithoutGui(argc, argv, options); code >= 0)
        return code;

    QApplication application(argc, argv);
    ui::installTranslations(application, options.language);
    app::installLogFile(app::defaultLogFilePath());
    qCInfo(lcApp) << "prilavok" << PRILAVOK_VERSION << (options.demo ? "demo mode" : "");

    QTemporaryDir demoDir;
    QString databasePath = options.databasePath;
    if (databasePath.isEmpty()) {
        databasePath = options.demo ? demoDir.filePath(QStringLiteral("demo.sqlite"))
                                    : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                                          QStringLiteral("/prilavok.sqlite");
    }

    // The folder of a new database is the till user's alone, like the database itself.
    const QString databaseDir = QFileInfo(databasePath).absolutePath();
    if (!QDir(databaseDir).exists() && QDir().mkpath(databaseDir))
        QFile::setPermissions(databaseDir,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    // The registrar of a real till comes from the settings (the Settings screen writes them).
    const app::FiscalServiceSettings registrar = app::RegistrarSettings::stored().applyTo({});
    auto session = app::TillSession::open({options.demo, databasePath, registrar.deviceUrl, registrar});
    if (!session) {
        const QString text =
            QCoreApplication::translate("main", "Prilavok cannot start: %1").arg(session.error().message);
        printLine(stderr, text);
        if (options.screenshotPath.isEmpty())
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Prilavok"), text);
        return 4;
    }

    std::unique_ptr<app::cloud::CloudLink> cloud; // stops before the session closes
    if (!options.demo) {
        if (auto terminal = (*session)->setCardTerminal(app::storedDeviceSettings().cardTerminal); !terminal)
            qCWarning(lcApp) << "card terminal:" << terminal.error().message; // the settings page says it too
        // Sync with the cloud cabinet (its badge offers activation), on its own thread.
        cloud = std::make_unique<app::cloud::CloudLink>(**session, app::cloud::storedSyncSettings());
    }

    ui::MainWindow window(
        {options.demo, QDir::toNativeSeparators(databasePath), session->get(), cloud.get()});
    window.show();

    int exitCode = 0;
    if (!options.screenshotPath.isEmpty()) {
        QTimer::singleShot(300, &window, [&] {
            if (!window.grab().save(options.screenshotPath)) {
                printLine(stderr, QCoreApplication::translate("main", "Cannot write the screenshot to %1")
                                      .arg(options.screenshotPath));
                exitCode = 1;
            }
            QApplication::quit();
        });
    }
    const int loopCode = QApplication::exec();
    return exitCode ? exitCode : loopCode;
}
