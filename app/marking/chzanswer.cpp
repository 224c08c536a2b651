#include "app/marking/chzanswer.h"

#include <QJsonArray>

namespace app {

namespace {

std::optional<bool> flag(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

std::optional<Kopecks> kopecks(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return Kopecks(v.toInteger());
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

std::optional<QDateTime> dateTime(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t;
}

// The ids and times come as numbers or strings depending on the module; keep the digits as sent.
QString verbatim(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

} // namespace

QString ChzAnswer::tag1265() const
{
    if (reqId.isEmpty() || reqTimestamp.isEmpty())
        return {};
    QString out = QStringLiteral("UUID=%1&Time=%2").arg(reqId, reqTimestamp);
    if (checkedOffline && !inst.isEmpty() && !version.isEmpty())
        out += QStringLiteral("&Inst=%1&Ver=%2").arg(inst, version);
    return out;
}

ChzCodeFacts parseChzCode(const QJsonObject &o)
{
    ChzCodeFacts f;
    f.cis = o.value(QLatin1String("cis")).toString();
    f.gtin = o.value(QLatin1String("gtin")).toString();
    for (const QJsonValue &g : o.value(QLatin1String("groupIds")).toArray())
        f.groupIds.append(g.toInt());
    f.valid = flag(o, "valid");
    f.found = flag(o, "found");
    f.verified = flag(o, "verified");
    f.utilised = flag(o, "utilised");
    f.realizable = flag(o, "realizable");
    f.sold = flag(o, "sold");
    f.isBlocked = flag(o, "isBlocked");
    for (const QJsonValue &v : o.value(QLatin1String("ogvs")).toArray())
        f.ogvs.append(v.toString());
    f.expireDate = dateTime(o.value(QLatin1String("expireDate")));
    // Several expiry dates (dairy with a variable shelf life): the latest one decides. The shape is
    // not settled in our sources: an array of dates, or of objects holding one.
    for (const QJsonValue &v : o.value(QLatin1String("variableExpirations")).toArray()) {
        std::optional<QDateTime> t = dateTime(v);
        if (!t && v.isObject()) {
            const QJsonObject inner = v.toObject();
            for (auto it = inner.begin(); it != inner.end() && !t; ++it)
                t = dateTime(it.value());
        }
        if (t && (!f.latestVariableExpiry || *t > *f.latestVariableExpiry))
            f.latestVariableExpiry = t;
    }
    f.mrp = kopecks(o, "mrp");
    f.smp = kopecks(o, "smp");
    f.grayZone = o.value(QLatin1String("grayZone")).toBool();
    for (auto [key, out] :
         {std::pair{"innerUnitCount", &f.innerUnitCount}, {"soldUnitCount", &f.soldUnitCount}})
        if (const QJsonValue v = o.value(QLatin1String(key)); v.isDouble() || v.isString())
            *out = v.isDouble() ? v.toInt() : v.toString().toInt();
    f.errorCode = o.value(QLatin1String("errorCode")).toInt();
    f.message = o.value(QLatin1String("message")).toString();
    return f;
}

ChzAnswer parseChzAnswer(const QJsonObject &o)
{
    ChzAnswer a;
    a.code = o.value(QLatin1String("code")).toInt();
    a.description = o.value(QLatin1String("description")).toString();
    for (const QJsonValue &c : o.value(QLatin1String("codes")).toArray())
        a.codes.append(parseChzCode(c.toObject()));
    a.reqId = verbatim(o.value(QLatin1String("reqId")));
    a.reqTimestamp = verbatim(o.value(QLatin1String("reqTimestamp")));
    a.checkedOffline = o.value(QLatin1String("isCheckedOffline")).toBool();
    a.inst = verbatim(o.value(QLatin1String("inst")));
    a.version = verbatim(o.value(QLatin1String("version")));
    return a;
}

} // namespace app
