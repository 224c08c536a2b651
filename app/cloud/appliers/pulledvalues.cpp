#include "app/cloud/appliers/pulledvalues.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>

#include "app/catalog/product.h"

namespace app::cloud {

QString text(const QJsonObject &o, const char *key, const QString &fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return fallback;
}

bool flag(const QJsonObject &o, const char *key, bool fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toInteger() != 0;
    if (v.isString()) {
        const QString s = v.toString().toLower();
        return s == QLatin1String("1") || s == QLatin1String("true") || s == QLatin1String("yes");
    }
    return fallback;
}

std::optional<qint64> integer(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toInteger();
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

QString truncated(const QString &s, int limit)
{
    return s.size() > limit ? s.left(limit) : s;
}

app::Unexpected<Error> invalid(QString message)
{
    return fail(Error::Code::Validation, std::move(message));
}

std::optional<Kopecks> priceOf(const QJsonObject &data)
{
    if (auto k = integer(data.value(QLatin1String("price_kopecks"))))
        return *k;
    const QJsonValue v = data.value(QLatin1String("price"));
    Kopecks out = 0;
    if (v.isString())
        return parseKopecks(v.toString().trimmed(), out) ? std::optional<Kopecks>(out) : std::nullopt;
    if (v.isDouble()) {
        const double d = v.toDouble();
        const qint64 whole = v.toInteger();
        if (double(whole) == d)
            return whole * 100;
        // A fractional JSON number: re-read its shortest decimal text instead of multiplying.
        if (parseKopecks(QString::number(d, 'f', 2), out))
            return out;
    }
    return std::nullopt;
}

int markingTypeOf(const QJsonValue &v)
{
    if (auto n = integer(v))
        return int(*n);
    const QString s = v.toString().trimmed().toLower();
    if (s.isEmpty() || s == QLatin1String("none"))
        return int(MarkingType::None);
    static const std::array<std::pair<const char *, MarkingType>, 5> names{{{"milk", MarkingType::Milk},
                                                                            {"water", MarkingType::Water},
                                                                            {"beer", MarkingType::Beer},
                                                                            {"tobacco", MarkingType::Tobacco},
                                                                            {"shoes", MarkingType::Shoes}}};
    for (const auto &[name, type] : names)
        if (s == QLatin1String(name))
            return int(type);
    return int(MarkingType::Other);
}

QString settingValue(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return double(v.toInteger()) == v.toDouble() ? QString::number(v.toInteger())
                                                     : QString::number(v.toDouble(), 'g', 17);
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return QStringLiteral("");
}

int vatCodeFromName(const QString &name)
{
    QString s = name.trimmed().toLower();
    if (s == QLatin1String("none") || s == QLatin1String("no_vat") || s == QLatin1String("novat") ||
        s == QLatin1String("vat_none") || s == QLatin1String("без ндс"))
        return 6;
    QString digits;
    for (QChar c : s)
        if (c.isDigit())
            digits.append(c);
    if (digits.isEmpty())
        return 0;
    static const std::array<std::pair<const char *, int>, 17> codes{{{"20", 1},
                                                                     {"10", 2},
                                                                     {"120", 3},
                                                                     {"20120", 3},
                                                                     {"110", 4},
                                                                     {"10110", 4},
                                                                     {"0", 5},
                                                                     {"5", 7},
                                                                     {"7", 8},
                                                                     {"105", 9},
                                                                     {"5105", 9},
                                                                     {"107", 10},
                                                                     {"7107", 10},
                                                                     {"22", 11},
                                                                     {"122", 12},
                                                                     {"22122", 12},
                                                                     {"00", 5}}};
    for (const auto &[key, code] : codes)
        if (digits == QLatin1String(key))
            return code;
    return 0;
}

int roleFromName(const QString &name)
{
    const QString s = name.trimmed().toLower();
    static const std::array<const char *, 5> names{"owner", "admin", "manager", "cashier", "guest"};
    for (int i = 0; i < int(names.size()); ++i)
        if (s == QLatin1String(names[size_t(i)]))
            return i;
    // The owner API's employee roles (cabinet/api/openapi.yaml).
    if (s == QLatin1String("administrator"))
        return 1;
    if (s == QLatin1String("senior_cashier"))
        return 2;
    bool ok = false;
    const int n = s.toInt(&ok);
    return ok && n >= 0 && n < int(names.size()) ? n : -1;
}

int paymentTypeFromName(const QString &name)
{
    const QString s = name.trimmed().toLower();
    if (s == QLatin1String("cash") || s == QLatin1String("0"))
        return 0;
    if (s == QLatin1String("card") || s == QLatin1String("1"))
        return 1;
    if (s == QLatin1String("sbp") || s == QLatin1String("2"))
        return 2;
    return -1;
}

} // namespace app::cloud
