#include "app/organisation/discountsettings.h"

#include <QSqlQuery>

#include "app/core/tr.h"
#include "app/storage/database.h"

namespace app::DiscountSettingsStore {

namespace {

const QString kItem = QStringLiteral("discount.item");
const QString kReceipt = QStringLiteral("discount.receipt");
// Before the caps were per role there was one for everyone; it stays the fallback of a role with none.
const QString kCommonCap = QStringLiteral("discount.max_percent");

QString capKey(int role)
{
    return kCommonCap + QLatin1Char('.') + QString::number(role);
}

std::optional<QString> value(Database &db, const QString &key)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

bool put(Database &db, const QString &key, const QString &value)
{
    QSqlQuery q = db.prepare(QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

} // namespace

DiscountSettings load(Database &db)
{
    DiscountSettings s;
    if (const auto v = value(db, kItem))
        s.itemDiscounts = *v == QLatin1String("1");
    if (const auto v = value(db, kReceipt))
        s.receiptDiscounts = *v == QLatin1String("1");
    if (const auto v = value(db, kCommonCap))
        s.capEveryRole(v->toInt());
    for (int role = 0; role < RoleCount; ++role)
        if (const auto v = value(db, capKey(role)))
            s.maxPercent[size_t(role)] = v->toInt();
    return s;
}

bool save(Database &db, const DiscountSettings &s)
{
    if (!put(db, kItem, s.itemDiscounts ? QStringLiteral("1") : QStringLiteral("0")) ||
        !put(db, kReceipt, s.receiptDiscounts ? QStringLiteral("1") : QStringLiteral("0")))
        return false;
    for (int role = 0; role < RoleCount; ++role)
        if (!put(db, capKey(role), QString::number(s.maxPercent[size_t(role)])))
            return false;
    return true;
}

QString validate(const DiscountSettings &s)
{
    for (const int cap : s.maxPercent)
        if (cap < 0 || cap > 100)
            return Tr::tr("The maximum discount must be between 0 and 100 percent.");
    return {};
}

} // namespace app::DiscountSettingsStore
