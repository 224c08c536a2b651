#pragma once

// A completed document of the model (sale, return, correction) turned into what the registrar
// sends, plus what the FN must then hold. Pure: no database, no device.

#include <QString>

#include <optional>

#include "app/fiscalservice/recovery.h"
#include "app/sales/sale.h"
#include "fiscal/registrar.h"

namespace app {

struct CashierInfo
{
    QString name; // tag 1021
    QString inn;  // tag 1203, may be empty
};

// Tag 1199 VAT code -> FF46h tax bits; nullopt for a rate this registrar firmware cannot take.
std::optional<std::uint8_t> taxBitsForVatCode(int vatCode);

struct BuiltReceipt
{
    fiscal::Receipt receipt;
    ExpectedDocument expected;
    QString error; // translated; non-empty when the document cannot be sent as it is
};

// `taxSystem` is the tag 1055 bit of the legal entity (0 = the registrar's default, ОСН).
BuiltReceipt buildReceipt(const Sale &sale, const std::optional<CashierInfo> &cashier, int taxSystem);

// FFD 1.2 correction receipt: the document's lines and payments like buildReceipt(), opened as a
// correction (1173 type, 1174 basis: 1177 description, 1178 date, 1179 order number).
BuiltReceipt buildCorrectionReceipt(const Sale &sale, const std::optional<CashierInfo> &cashier,
                                    int taxSystem);

// Planned status (tag 2003) of a marked line of this document. A part of a pack is a fraction of a
// piece, so it goes as 2 "measured, sold" with its 1291 (JPOS sends 1291 whenever the quantity is not
// whole; reference §4.2 leaves 1 + 1291 [FRNG] or 2 open: [verify on our device]).
fiscal::PlannedStatus plannedStatusFor(const Sale &sale, const SaleLine &line);
// The TLVs that go with FF61h for a marked line: 1291 of a part of a pack, else none.
fiscal::Bytes markingCheckTlvs(const MarkingLineCheck &check);
inline fiscal::Bytes markingCheckTlvs(const SaleLine &line)
{
    return markingCheckTlvs(line.markingCheck);
}
// The line's quantity for a marked item: a part of a pack is that fraction of it (to 0.001, half
// up; 1291 carries the exact one), anything else one piece.
Milli packPartQuantity(const MarkingLineCheck &check);

} // namespace app
