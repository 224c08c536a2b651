#include "app/payments/terminalsetup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "app/core/tr.h"
#include "devices/payments/arcusanswer.h"
#include "devices/payments/arcusterminal.h"
#include "devices/payments/uposterminal.h"

namespace app::payments {

namespace {

constexpr int DemoDelayMs = 700; // a customer tapping a card, not minutes of it

} // namespace

std::unique_ptr<devices::PaymentTerminal> makeCardTerminal(const devices::TerminalSettings &settings,
                                                           const QString &workRoot, QString &problem)
{
    using Kind = devices::TerminalSettings::Kind;
    problem.clear();
    if (settings.kind != Kind::Sberbank && settings.kind != Kind::Arcus)
        return {};
    const QFileInfo program(settings.program);
    if (settings.program.isEmpty() || !program.isExecutable()) {
        problem =
            settings.program.isEmpty()
                ? Tr::tr("The card terminal's program is not chosen in the settings.")
                : Tr::tr("The card terminal's program %1 is not there or cannot run.").arg(settings.program);
        return {};
    }
    devices::payments::CliTerminalConfig config;
    config.program = program.absoluteFilePath();
    config.configDir = settings.configDir.isEmpty() ? program.absolutePath() : settings.configDir;
    config.workRoot = workRoot;
    if (settings.answerTimeoutSecs > 0)
        config.operationTimeoutMs = settings.answerTimeoutSecs * 1000;
    if (settings.kind == Kind::Sberbank)
        return std::make_unique<devices::payments::UposTerminal>(config);
    // No report of the batch is known for the real Arcus tool; its emulator has one.
    const int report = program.fileName().contains(QStringLiteral("emulator"))
                           ? devices::payments::arcus::Op::EmulatorReport
                           : 0;
    return std::make_unique<devices::payments::ArcusTerminal>(config, report);
}

QString sbPilotEmulatorProgram()
{
    const QString fromEnv = qEnvironmentVariable("PRILAVOK_SB_PILOT_EMULATOR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QCoreApplication::applicationDirPath() + QStringLiteral("/prilavok-sb-pilot-emulator");
}

devices::TerminalSettings demoTerminalSettings(const QString &dir)
{
    devices::TerminalSettings settings;
    const QString program = sbPilotEmulatorProgram();
    if (!QFileInfo(program).isExecutable())
        return settings;
    QDir root(dir);
    root.mkpath(QStringLiteral("config"));
    root.mkpath(QStringLiteral("state"));
    const QString state = root.filePath(QStringLiteral("state"));
    QFile ini(root.filePath(QStringLiteral("config/pinpad.ini")));
    if (!ini.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return settings;
    ini.write("ComPort=99\nEmulatorState=" + state.toUtf8() + "\n");
    QFile delay(state + QStringLiteral("/delay"));
    if (delay.open(QIODevice::WriteOnly | QIODevice::Truncate))
        delay.write(QByteArray::number(DemoDelayMs));
    settings.kind = devices::TerminalSettings::Kind::Sberbank;
    settings.program = program;
    settings.configDir = root.filePath(QStringLiteral("config"));
    settings.slipCopies = 1;
    settings.answerTimeoutSecs = 10; // the emulated pinpad answers in a second; a lost answer shows soon
    return settings;
}

} // namespace app::payments
