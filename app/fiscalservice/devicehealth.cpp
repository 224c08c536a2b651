#include "app/fiscalservice/devicehealth.h"

#include "app/core/tr.h"

namespace app {

namespace {
constexpr qint64 ShiftLimit = 24 * 3600;
constexpr qint64 WarnBefore = 3600;
constexpr int FnWarnDays = 30;
} // namespace

ShiftVerdict checkShift(ShiftStatus status, const QDateTime &openedAt, bool knownToTill, const QDateTime &now)
{
    ShiftVerdict v;
    if (status != ShiftStatus::Open && status != ShiftStatus::Expired)
        return v;
    if (openedAt.isValid())
        v.ageSeconds = openedAt.secsTo(now);
    if (status == ShiftStatus::Expired || v.ageSeconds >= ShiftLimit) {
        v.alert = ShiftAlert::Expired;
        v.message =
            Tr::tr("The shift is longer than 24 hours: sales are stopped. Close it with the Z report.");
        return v;
    }
    if (!knownToTill) {
        v.alert = ShiftAlert::Stale;
        v.message =
            Tr::tr("A shift from another session is open on the registrar: close it with the Z report "
                   "before selling.");
        return v;
    }
    if (v.ageSeconds >= ShiftLimit - WarnBefore) {
        const qint64 minutes = (ShiftLimit - v.ageSeconds + 59) / 60;
        v.alert = ShiftAlert::NearLimit;
        v.message =
            Tr::tr("The shift reaches 24 hours in %1 min: close it with the Z report soon.").arg(minutes);
    }
    return v;
}

FnVerdict checkFnExpiry(const QDate &expiry, const QDate &today)
{
    FnVerdict v;
    if (!expiry.isValid() || !today.isValid())
        return v;
    v.daysLeft = int(today.daysTo(expiry));
    if (v.daysLeft < 0) {
        v.alert = FnAlert::Expired;
        v.message = Tr::tr("The fiscal drive expired on %1: replace it.").arg(expiry.toString(Qt::ISODate));
    } else if (v.daysLeft <= FnWarnDays) {
        v.alert = FnAlert::ExpiresSoon;
        v.message = Tr::tr("The fiscal drive expires on %1 (days left: %2): order a replacement.")
                        .arg(expiry.toString(Qt::ISODate))
                        .arg(v.daysLeft);
    }
    return v;
}

QString saleBlockedReason(const DeviceHealth &health)
{
    if (health.shiftAlert == ShiftAlert::Expired || health.shiftAlert == ShiftAlert::Stale)
        return health.shiftMessage;
    if (health.shift == ShiftStatus::Closed)
        return Tr::tr("The shift is not open: open the shift first.");
    return {};
}

} // namespace app
