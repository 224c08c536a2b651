#pragma once

// The ban rules of the permissive mode (reference §4.1) as one pure function: the facts Честный
// знак returned for a code, the price we sell at and the time now, in; the verdict and the
// cashier's sentence out. An answer of the local module (isCheckedOffline) carries only the sold,
// blocked and price fields, so only those can refuse it.

#include <QDateTime>

#include "app/core/money.h"
#include "app/marking/chzanswer.h"
#include "app/marking/permitverdict.h"

namespace app {

// Product group 16 (nicotine products): `mrp` is a minimum there, a maximum elsewhere [KKMS].
inline constexpr int NicotineGroup = 16;

PermitVerdict judgeSale(const ChzAnswer &answer, Kopecks price, const QDateTime &now);

// The sentences shared with the fall-back paths.
QString uncheckedBadge(); // «Без проверки: нет связи с Честным знаком»
QString uncheckedEmergencyBadge(); // «Без проверки: аварийный режим Честного знака»
QString strictGroupRefusal(); // no answer in time for a group that may not sell unchecked
QString tokenAlertText();     // the ТС ПИоТ refused our credentials
// ТС ПИоТ could not be used safely (certificate, http:// to another machine): `reason` says why.
QString untrustedBadge(const QString &reason);
QString untrustedRefusal(const QString &reason); // the same, for a group that may not sell unchecked

} // namespace app
