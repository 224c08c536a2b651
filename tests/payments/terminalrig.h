#pragma once

// A card terminal driver over its emulator program, in throwaway folders: the emulated bank's
// state (batch, history, script of outcomes), the vendor configuration folder and the work root.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "devices/payments/arcusanswer.h"
#include "devices/payments/arcusterminal.h"
#include "devices/payments/uposterminal.h"

namespace rig {

enum class Vendor { Upos, Arcus };

inline QString binDir()
{
    const QString fromEnv = qEnvironmentVariable("PRILAVOK_BIN_DIR");
    return fromEnv.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/../bin") : fromEnv;
}

struct Terminal
{
    QTemporaryDir dir;
    Vendor vendor = Vendor::Upos;
    devices::payments::CliTerminalConfig config;

    explicit Terminal(Vendor v, int timeoutMs = 4000)
        : vendor(v)
    {
        QDir(dir.path()).mkpath(QStringLiteral("config"));
        QDir(dir.path()).mkpath(QStringLiteral("state"));
        config.workRoot = dir.path() + QStringLiteral("/work");
        config.configDir = dir.path() + QStringLiteral("/config");
        config.operationTimeoutMs = timeoutMs;
        config.settlementTimeoutMs = timeoutMs;
        config.reportTimeoutMs = timeoutMs;
        QFile ini(config.configDir +
                  (v == Vendor::Upos ? QStringLiteral("/pinpad.ini") : QStringLiteral("/cashreg.ini")));
        ini.open(QIODevice::WriteOnly);
        if (v == Vendor::Upos) {
            config.program = binDir() + QStringLiteral("/prilavok-sb-pilot-emulator");
            ini.write("ComPort=99\nEmulatorState=" + statePath().toUtf8() + "\n");
        } else {
            config.program = binDir() + QStringLiteral("/prilavok-arcus-emulator");
            ini.write("PORT=/dev/ttyACM0\nCHEQ_FILE=cheq.out\nEMULATOR_STATE=" + statePath().toUtf8() + "\n");
        }
        setDelay(30);
    }

    QString statePath() const { return dir.path() + QStringLiteral("/state"); }

    std::unique_ptr<devices::payments::CliTerminal> make() const
    {
        if (vendor == Vendor::Upos)
            return std::make_unique<devices::payments::UposTerminal>(config);
        return std::make_unique<devices::payments::ArcusTerminal>(
            config, devices::payments::arcus::Op::EmulatorReport);
    }

    void setDelay(int ms)
    {
        QFile f(statePath() + QStringLiteral("/delay"));
        f.open(QIODevice::WriteOnly);
        f.write(QByteArray::number(ms));
    }

    void script(const QStringList &lines)
    {
        QFile f(statePath() + QStringLiteral("/script"));
        f.open(QIODevice::WriteOnly | QIODevice::Append);
        f.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    }

    // What the emulated bank holds: approved operations in the open batch and in the history.
    QJsonArray batch() const { return state().value(QStringLiteral("batch")).toArray(); }
    QJsonArray history() const { return state().value(QStringLiteral("history")).toArray(); }
    QJsonObject state() const
    {
        QFile f(statePath() + QStringLiteral("/state.json"));
        if (!f.open(QIODevice::ReadOnly))
            return {}; // no operation approved yet
        return QJsonDocument::fromJson(f.readAll()).object();
    }
};

inline devices::TerminalResult waitResult(QSignalSpy &spy, int timeoutMs = 15000)
{
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), timeoutMs); }();
    if (spy.isEmpty())
        return {};
    return spy.takeFirst().at(0).value<devices::TerminalResult>();
}

} // namespace rig
