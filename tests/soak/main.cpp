// prilavok-fiscal-soak: see soak.h. Usage:
//   prilavok-fiscal-soak --ops 2000 --kills 200 --seed 1 [--faults 30] [--pty] [--dir DIR]
//                        [--emulator PATH/prilavok-fr-emulator]
// The last line of the output is the verdict:
//   receipts: N fiscalized-once: N lost: 0 duplicated: 0 mismatched: 0

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

#include "soak.h"

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    SoakOptions o;
    bool child = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        const auto next = [&]() { return i + 1 < args.size() ? args[++i] : QString(); };
        if (a == QLatin1String("--ops"))
            o.operations = next().toInt();
        else if (a == QLatin1String("--kills"))
            o.kills = next().toInt();
        else if (a == QLatin1String("--seed"))
            o.seed = next().toUInt();
        else if (a == QLatin1String("--faults"))
            o.faultPercent = next().toInt();
        else if (a == QLatin1String("--pty"))
            o.pty = true;
        else if (a == QLatin1String("--dir"))
            o.directory = next();
        else if (a == QLatin1String("--emulator"))
            o.emulator = next();
        else if (a == QLatin1String("--child"))
            child = true;
        else if (a == QLatin1String("--db"))
            o.database = next();
        else if (a == QLatin1String("--device"))
            o.deviceUrl = next();
        else if (a == QLatin1String("--control"))
            o.controlPort = quint16(next().toUInt());
        else if (a == QLatin1String("--fault-log"))
            o.faultLog = next();
        else {
            std::fprintf(stderr, "prilavok-fiscal-soak: unknown option %s\n", qPrintable(a));
            return 2;
        }
    }
    if (child)
        return runSoakChild(o);
    if (o.emulator.isEmpty())
        o.emulator = QFileInfo(app.applicationFilePath())
                         .dir()
                         .filePath(QStringLiteral("../bin/prilavok-fr-emulator"));
    return runSoakParent(o, app.applicationFilePath());
}
