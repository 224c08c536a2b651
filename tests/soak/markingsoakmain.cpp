// prilavok-marking-soak: see markingsoak.h. Usage:
//   prilavok-marking-soak --ops 300 --kills 100 --seed 1 [--pool 120] [--dir DIR]
//                         [--emulator PATH/prilavok-fr-emulator]
// The last line of the output is the verdict:
//   receipts: N sold-twice: 0 returned-unsold: 0 refused-sold: 0 register-mismatch: 0 journal-mismatch: 0

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

#include "markingsoak.h"

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    MarkingSoakOptions o;
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
        else if (a == QLatin1String("--pool"))
            o.pool = next().toInt();
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
        else if (a == QLatin1String("--tspiot-url"))
            o.tspiotUrl = next();
        else {
            std::fprintf(stderr, "prilavok-marking-soak: unknown option %s\n", qPrintable(a));
            return 2;
        }
    }
    if (child)
        return runMarkingSoakChild(o);
    if (o.emulator.isEmpty())
        o.emulator = QFileInfo(app.applicationFilePath())
                         .dir()
                         .filePath(QStringLiteral("../bin/prilavok-fr-emulator"));
    return runMarkingSoakParent(o, app.applicationFilePath());
}
