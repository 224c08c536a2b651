#include "devices/wedgesettings.h"

#include <QVariantList>

namespace devices {

namespace {

QVariantList toVariantList(const QList<int> &values)
{
    QVariantList list;
    for (const int v : values)
        list.append(v);
    return list;
}

QList<int> toIntList(const QVariant &value)
{
    QList<int> list;
    const QVariantList variants = value.toList();
    for (const QVariant &v : variants)
        list.append(v.toInt());
    return list;
}

} // namespace

QList<int> WedgeSettings::effectiveTerminators() const
{
    return terminatorKeys.isEmpty() ? QList<int>{Qt::Key_Return, Qt::Key_Enter, Qt::Key_Tab} : terminatorKeys;
}

QList<int> WedgeSettings::effectiveGsKeys() const
{
    return gsKeys.isEmpty() ? QList<int>{Qt::Key_F8} : gsKeys;
}

QVariantMap WedgeSettings::toMap() const
{
    return {
        {QStringLiteral("enabled"), enabled},
        {QStringLiteral("maxGapMs"), maxGapMs},
        {QStringLiteral("minLength"), minLength},
        {QStringLiteral("terminatorKeys"), toVariantList(terminatorKeys)},
        {QStringLiteral("terminatorRequired"), terminatorRequired},
        {QStringLiteral("prefix"), prefix},
        {QStringLiteral("suffix"), suffix},
        {QStringLiteral("gsSubstitute"), gsSubstitute},
        {QStringLiteral("gsKeys"), toVariantList(gsKeys)},
        {QStringLiteral("ctrlBracketIsGs"), ctrlBracketIsGs},
        {QStringLiteral("altCodes"), altCodes},
        {QStringLiteral("physicalKeys"), physicalKeys},
    };
}

WedgeSettings WedgeSettings::fromMap(const QVariantMap &map)
{
    WedgeSettings s;
    s.enabled = map.value(QStringLiteral("enabled"), s.enabled).toBool();
    s.maxGapMs = map.value(QStringLiteral("maxGapMs"), s.maxGapMs).toInt();
    s.minLength = map.value(QStringLiteral("minLength"), s.minLength).toInt();
    s.terminatorKeys = toIntList(map.value(QStringLiteral("terminatorKeys")));
    s.terminatorRequired = map.value(QStringLiteral("terminatorRequired"), s.terminatorRequired).toBool();
    s.prefix = map.value(QStringLiteral("prefix")).toString();
    s.suffix = map.value(QStringLiteral("suffix")).toString();
    s.gsSubstitute = map.value(QStringLiteral("gsSubstitute")).toString();
    s.gsKeys = toIntList(map.value(QStringLiteral("gsKeys")));
    s.ctrlBracketIsGs = map.value(QStringLiteral("ctrlBracketIsGs"), s.ctrlBracketIsGs).toBool();
    s.altCodes = map.value(QStringLiteral("altCodes"), s.altCodes).toBool();
    s.physicalKeys = map.value(QStringLiteral("physicalKeys"), s.physicalKeys).toBool();
    return s;
}

} // namespace devices
