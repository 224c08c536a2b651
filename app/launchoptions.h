#pragma once

// What `prilavok` was asked to do on its command line.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace app {

struct LaunchOptions
{
    bool demo = false;
    QString databasePath;   // empty: the standard data location (or a throwaway file in demo mode)
    QString screenshotPath; // save a PNG of the main window once it is shown, then quit
    QString language;       // "ru" (default) or "en"
};

struct LaunchParse
{
    enum class Outcome { Run, ShowHelp, ShowVersion, Error };
    Outcome outcome = Outcome::Run;
    LaunchOptions options;
    QString text; // help text, version line or error message
};

// Parses `arguments` (argv, program name first). Pure: prints nothing and never exits.
LaunchParse parseLaunchOptions(const QStringList &arguments);

} // namespace app
