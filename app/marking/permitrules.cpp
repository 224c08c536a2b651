#include "app/marking/permitrules.h"

#include "app/core/moneytext.h"
#include "app/core/tr.h"

namespace app {

namespace {

PermitVerdict refuse(const QString &text, const QString &detail = {})
{
    PermitVerdict v;
    v.kind = PermitVerdict::Kind::Refuse;
    v.text = text;
    v.detail = detail;
    return v;
}

QString roubles(Kopecks k)
{
    return displayMoney(k); // "1 234,50", as the cashier reads amounts everywhere
}

} // namespace

QString uncheckedBadge()
{
    return Tr::tr("Not checked: no connection with Chestny Znak");
}

QString uncheckedEmergencyBadge()
{
    return Tr::tr("Not checked: Chestny Znak emergency mode");
}

QString strictGroupRefusal()
{
    return Tr::tr("Chestny Znak did not answer, and this product may not be sold without a check. Try again "
                  "later.");
}

QString untrustedBadge(const QString &reason)
{
    return Tr::tr("Not checked: %1.").arg(reason);
}

QString untrustedRefusal(const QString &reason)
{
    return Tr::tr("The code was not checked: %1. This product may not be sold without a check.").arg(reason);
}

QString tokenAlertText()
{
    return Tr::tr("Marking checks do not work: the Chestny Znak token is not valid. Tell the administrator.");
}

QString neverSoldText()
{
    return Tr::tr("This product was never sold: it cannot be returned by its code.");
}

PermitVerdict judgeReturn(const ChzAnswer &answer, bool soldHere)
{
    const QString id = QStringLiteral("reqId=%1").arg(answer.reqId);
    if (!answer.codes.isEmpty()) {
        const ChzCodeFacts &f = answer.codes.first();
        if (!soldHere && !answer.checkedOffline && f.realizable == true && f.sold == false)
            return refuse(neverSoldText(), id + QStringLiteral(" realizable, not sold"));
    }
    PermitVerdict v;
    v.kind = PermitVerdict::Kind::Allow;
    v.tag1265 = answer.tag1265();
    v.groupIds = answer.codes.isEmpty() ? QList<int>{} : answer.codes.first().groupIds;
    v.detail = id + (soldHere ? QStringLiteral(" (sold here)") : QString());
    return v;
}

void judgePart(PermitVerdict &v, std::optional<int> total, std::optional<int> soldChz, int units,
               int soldHere)
{
    if (!v.allowed())
        return;
    if (!total || *total <= 1) {
        v = refuse(Tr::tr("Chestny Znak did not say how many pieces this pack holds: sell the pack whole."),
                   v.detail);
        return;
    }
    const int sold = std::max(soldChz.value_or(0), soldHere);
    const int left = std::max(0, *total - sold);
    if (units > left) {
        const QString detail = QStringLiteral("pack %1, sold %2 (ЧЗ %3, here %4), asked %5")
                                   .arg(*total)
                                   .arg(sold)
                                   .arg(soldChz.value_or(-1))
                                   .arg(soldHere)
                                   .arg(units);
        v = refuse(left == 0
                       ? Tr::tr("All %1 pieces of this pack are already sold.").arg(*total)
                       : Tr::tr("Only %1 of the %2 pieces of this pack are left: sell no more than that.")
                             .arg(left)
                             .arg(*total),
                   detail);
        return;
    }
    v.packUnits = *total;
    v.packSoldBefore = sold;
}

void judgeWhole(PermitVerdict &v, std::optional<int> soldChz, int soldHere)
{
    if (v.allowed() && (soldChz.value_or(0) > 0 || soldHere > 0))
        v = refuse(Tr::tr("Some pieces of this pack are already sold: sell the rest by the piece."),
                   QStringLiteral("pack started: ЧЗ %1, here %2").arg(soldChz.value_or(0)).arg(soldHere));
}

PermitVerdict judgeSale(const ChzAnswer &answer, Kopecks price, const QDateTime &now)
{
    if (answer.codes.isEmpty())
        return refuse(Tr::tr("The marking code was not found in Chestny Znak. It cannot be sold."),
                      QStringLiteral("answer without codes"));
    const ChzCodeFacts &f = answer.codes.first();
    const bool offline = answer.checkedOffline;
    const QString id = QStringLiteral("reqId=%1").arg(answer.reqId);
    const int group = f.groupIds.isEmpty() ? 0 : f.groupIds.first();

    if (!offline) {
        // 1. not in ГИС МТ (errorCode 10 means the same); 2. structure or crypto tail bad;
        // 3. emitted but never applied; 4. not in circulation.
        if (f.found == false || f.errorCode == 10)
            return refuse(Tr::tr("The marking code was not found in Chestny Znak. It cannot be sold."), id);
        if (f.valid == false || f.verified == false)
            return refuse(Tr::tr("The marking code is damaged or fake. It cannot be sold."), id);
        if (f.utilised == false || (f.realizable == false && f.sold != true))
            return refuse(
                Tr::tr("The product is not in circulation. It cannot be sold: tell the administrator."), id);
    }
    // 5. sold already.
    if (f.sold == true)
        return refuse(Tr::tr("This product is already sold. It cannot be sold again."), id);
    // 6. blocked by a state body.
    if (f.isBlocked == true)
        return refuse(
            Tr::tr("The product is blocked (%1). It cannot be sold.")
                .arg(f.ogvs.isEmpty() ? Tr::tr("by a state body") : f.ogvs.join(QStringLiteral(", "))),
            id);
    if (!offline) {
        // 7. past expiry: the date itself, or the latest of several.
        std::optional<QDateTime> expiry = f.latestVariableExpiry ? f.latestVariableExpiry : f.expireDate;
        if (expiry && *expiry < now)
            return refuse(Tr::tr("The product expired on %1. It cannot be sold.")
                              .arg(expiry->toLocalTime().toString(QStringLiteral("dd.MM.yyyy"))),
                          id);
    }
    // 8. the price: a maximum (tobacco МРЦ) or a minimum (ЕМЦ; `mrp` of nicotine products).
    if (f.mrp && *f.mrp > 0) {
        if (group == NicotineGroup && price < *f.mrp)
            return refuse(
                Tr::tr("The price is below the minimum (%1 ₽). Correct the price.").arg(roubles(*f.mrp)),
                id);
        if (group != NicotineGroup && price > *f.mrp)
            return refuse(
                Tr::tr("The price is above the maximum (%1 ₽). Correct the price.").arg(roubles(*f.mrp)),
                id);
    }
    if (f.smp && *f.smp > 0 && price < *f.smp)
        return refuse(
            Tr::tr("The price is below the minimum (%1 ₽). Correct the price.").arg(roubles(*f.smp)), id);
    // 9. any other code-level error.
    if (!offline && f.errorCode != 0)
        return refuse(f.message.isEmpty()
                          ? Tr::tr("Chestny Znak refused the marking code. It cannot be sold.")
                          : Tr::tr("Chestny Znak refused the marking code: %1").arg(f.message),
                      QStringLiteral("%1 errorCode=%2").arg(id).arg(f.errorCode));

    PermitVerdict v;
    v.kind = PermitVerdict::Kind::Allow;
    v.tag1265 = answer.tag1265();
    v.groupIds = f.groupIds;
    v.detail = id + (offline ? QStringLiteral(" (local module)") : QString());
    if (f.grayZone) // KKMS lets a "grey zone" code go; FMU refuses it [verify]
        v.detail += QStringLiteral(" grayZone");
    return v;
}

} // namespace app
