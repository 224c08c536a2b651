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
// A return (reference §4.1): refused only when Честный знак shows the code was never sold
// (realizable and not sold) and this till did not sell it either (`soldHere`: the sold register
// covers the days before the ОФД passes our receipt on). An answer of the local module never says
// `realizable`, so it never refuses a return.
PermitVerdict judgeReturn(const ChzAnswer &answer, bool soldHere);
QString neverSoldText(); // «Этот товар не продавался — вернуть его по коду нельзя.»
// A part of a pack (reference §4.2): `units` more of its `total` pieces (Честный знак's
// innerUnitCount, or the register's), with `soldChz` sold by Честный знак's count and `soldHere` by
// the register's. The larger count stands (Честный знак lags behind our receipts and catches up;
// adding both would count our own sales twice). An allowing `v` is refused when no total is known or
// the pieces do not fit; else it learns the total and the count before.
void judgePart(PermitVerdict &v, std::optional<int> total, std::optional<int> soldChz, int units,
               int soldHere);
// The whole item: an allowing `v` is refused when some pieces of it (a pack) are sold already, by
// Честный знак's count or ours: the rest goes by the piece, with its 1291.
void judgeWhole(PermitVerdict &v, std::optional<int> soldChz, int soldHere);

// The sentences shared with the fall-back paths.
QString uncheckedBadge(); // «Без проверки: нет связи с Честным знаком»
QString uncheckedEmergencyBadge(); // «Без проверки: аварийный режим Честного знака»
QString strictGroupRefusal(); // no answer in time for a group that may not sell unchecked
QString tokenAlertText();     // the ТС ПИоТ refused our credentials
// ТС ПИоТ could not be used safely (certificate, http:// to another machine): `reason` says why.
QString untrustedBadge(const QString &reason);
QString untrustedRefusal(const QString &reason); // the same, for a group that may not sell unchecked

} // namespace app
