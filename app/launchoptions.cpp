#include "app/launchoptions.h"

#include <QCommandLineParser>

#include "app/version.h"

namespace app {

LaunchParse parseLaunchOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "LaunchOptions", "Prilavok: the cashier workstation for Shtrih-M fiscal registrars."));
    const QCommandLineOption helpOption(
        {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("LaunchOptions", "Show this help and exit."));
    const QCommandLineOption versionOption(
        {QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("LaunchOptions", "Show the version and exit."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate(
            "LaunchOptions",
            "Demo mode: a built-in registrar emulator and a sample catalog, nothing is kept."));
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QCoreApplication::translate("LaunchOptions", "Use the database file PATH."),
        QStringLiteral("PATH"));
    const QCommandLineOption shotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("LaunchOptions", "Save a PNG of the main window to FILE and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QCoreApplication::translate("LaunchOptions", "Interface language: ru (default) or en."),
        QStringLiteral("LANG"), QStringLiteral("ru"));
    parser.addOptions({helpOption, versionOption, demoOption, dbOption, shotOption, languageOption});

    LaunchParse result;
    if (!parser.parse(arguments)) {
        result.outcome = LaunchParse::Outcome::Error;
        result.text = parser.errorText();
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.outcome = LaunchParse::Outcome::ShowHelp;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.outcome = LaunchParse::Outcome::ShowVersion;
        result.text = QStringLiteral("prilavok " PRILAVOK_VERSION);
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.outcome = LaunchParse::Outcome::Error;
        result.text = QCoreApplication::translate("LaunchOptions", "Unexpected argument: %1")
                          .arg(parser.positionalArguments().constFirst());
        return result;
    }
    const QString language = parser.value(languageOption);
    if (language != QStringLiteral("ru") && language != QStringLiteral("en")) {
        result.outcome = LaunchParse::Outcome::Error;
        result.text =
            QCoreApplication::translate("LaunchOptions", "Unknown language: %1 (use ru or en)").arg(language);
        return result;
    }
    result.options.demo = parser.isSet(demoOption);
    result.options.databasePath = parser.value(dbOption);
    result.options.screenshotPath = parser.value(shotOption);
    result.options.language = language;
    return result;
}

} // namespace app
