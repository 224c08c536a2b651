#include "devices/paymentsettings.h"

namespace devices {

QVariantMap TerminalSettings::toMap() const
{
    QVariantMap map = port.toMap();
    map.insert(QStringLiteral("kind"), int(kind));
    map.insert(QStringLiteral("host"), host);
    map.insert(QStringLiteral("tcpPort"), tcpPort);
    map.insert(QStringLiteral("terminalId"), terminalId);
    map.insert(QStringLiteral("program"), program);
    map.insert(QStringLiteral("configDir"), configDir);
    map.insert(QStringLiteral("answerTimeoutSecs"), answerTimeoutSecs);
    map.insert(QStringLiteral("printSlips"), printSlips);
    map.insert(QStringLiteral("slipCopies"), slipCopies);
    map.insert(QStringLiteral("reconcileBeforeZ"), reconcileBeforeZ);
    return map;
}

TerminalSettings TerminalSettings::fromMap(const QVariantMap &map)
{
    TerminalSettings s;
    s.port = SerialSettings::fromMap(map, s.port);
    s.kind = Kind(map.value(QStringLiteral("kind"), int(s.kind)).toInt());
    s.host = map.value(QStringLiteral("host")).toString();
    s.tcpPort = map.value(QStringLiteral("tcpPort"), s.tcpPort).toInt();
    s.terminalId = map.value(QStringLiteral("terminalId")).toString();
    s.program = map.value(QStringLiteral("program")).toString();
    s.configDir = map.value(QStringLiteral("configDir")).toString();
    s.answerTimeoutSecs = map.value(QStringLiteral("answerTimeoutSecs"), s.answerTimeoutSecs).toInt();
    s.printSlips = map.value(QStringLiteral("printSlips"), s.printSlips).toBool();
    s.slipCopies = map.value(QStringLiteral("slipCopies"), s.slipCopies).toInt();
    s.reconcileBeforeZ = map.value(QStringLiteral("reconcileBeforeZ"), s.reconcileBeforeZ).toBool();
    return s;
}

QVariantMap SbpSettings::toMap() const
{
    return {
        {QStringLiteral("kind"), int(kind)},
        {QStringLiteral("apiUrl"), apiUrl},
        {QStringLiteral("merchantId"), merchantId},
        {QStringLiteral("accountId"), accountId},
        {QStringLiteral("qrLifetimeSecs"), qrLifetimeSecs},
        {QStringLiteral("pollIntervalMs"), pollIntervalMs},
    };
}

SbpSettings SbpSettings::fromMap(const QVariantMap &map)
{
    SbpSettings s;
    s.kind = Kind(map.value(QStringLiteral("kind"), int(s.kind)).toInt());
    s.apiUrl = map.value(QStringLiteral("apiUrl")).toString();
    s.merchantId = map.value(QStringLiteral("merchantId")).toString();
    s.accountId = map.value(QStringLiteral("accountId")).toString();
    s.qrLifetimeSecs = map.value(QStringLiteral("qrLifetimeSecs"), s.qrLifetimeSecs).toInt();
    s.pollIntervalMs = map.value(QStringLiteral("pollIntervalMs"), s.pollIntervalMs).toInt();
    return s;
}

} // namespace devices
