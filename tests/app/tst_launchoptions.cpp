#include <QTest>

#include "app/launchoptions.h"

using app::LaunchParse;

class TstLaunchOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outcomes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("outcome");
        const auto row = [](const char *name, QStringList args, LaunchParse::Outcome outcome) {
            args.prepend(QStringLiteral("prilavok"));
            QTest::newRow(name) << args << static_cast<int>(outcome);
        };
        row("nothing", {}, LaunchParse::Outcome::Run);
        row("help", {QStringLiteral("--help")}, LaunchParse::Outcome::ShowHelp);
        row("short help", {QStringLiteral("-h")}, LaunchParse::Outcome::ShowHelp);
        row("version", {QStringLiteral("--version")}, LaunchParse::Outcome::ShowVersion);
        row("demo", {QStringLiteral("--demo")}, LaunchParse::Outcome::Run);
        row("unknown option", {QStringLiteral("--frobnicate")}, LaunchParse::Outcome::Error);
        row("db without path", {QStringLiteral("--db")}, LaunchParse::Outcome::Error);
        row("stray argument", {QStringLiteral("extra")}, LaunchParse::Outcome::Error);
        row("bad language", {QStringLiteral("--language"), QStringLiteral("de")},
            LaunchParse::Outcome::Error);
    }

    void outcomes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, outcome);
        const LaunchParse parsed = app::parseLaunchOptions(arguments);
        QCOMPARE(static_cast<int>(parsed.outcome), outcome);
        if (parsed.outcome != LaunchParse::Outcome::Run)
            QVERIFY(!parsed.text.isEmpty());
    }

    void values()
    {
        const LaunchParse parsed = app::parseLaunchOptions(
            {QStringLiteral("prilavok"), QStringLiteral("--demo"), QStringLiteral("--db"),
             QStringLiteral("/tmp/x.sqlite"), QStringLiteral("--language"), QStringLiteral("en"),
             QStringLiteral("--screenshot"), QStringLiteral("a.png")});
        QCOMPARE(parsed.outcome, LaunchParse::Outcome::Run);
        QVERIFY(parsed.options.demo);
        QCOMPARE(parsed.options.databasePath, QStringLiteral("/tmp/x.sqlite"));
        QCOMPARE(parsed.options.language, QStringLiteral("en"));
        QCOMPARE(parsed.options.screenshotPath, QStringLiteral("a.png"));
    }

    void defaultsToRussian()
    {
        QCOMPARE(app::parseLaunchOptions({QStringLiteral("prilavok")}).options.language,
                 QStringLiteral("ru"));
    }

    void versionNamesTheProgram()
    {
        const LaunchParse parsed =
            app::parseLaunchOptions({QStringLiteral("prilavok"), QStringLiteral("--version")});
        QVERIFY(parsed.text.startsWith(QStringLiteral("prilavok ")));
    }
};

QTEST_GUILESS_MAIN(TstLaunchOptions)
#include "tst_launchoptions.moc"
