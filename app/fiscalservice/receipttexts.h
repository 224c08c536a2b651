#pragma once

// The shop's receipt texts as the registrar keeps them in table 4 (fiscal::receipttext): the store
// name, address and phone, each wrapped and centred, as the header ("клише"); the footer as the
// advertising text. The fiscal worker writes the rows that differ when the texts change and when
// it connects; the device then prints them on every receipt, X and Z report.

#include <QStringList>

#include <optional>

#include "app/devicesetup/receiptpreview.h"
#include "app/organisation/organisation.h"

namespace app {

class Database;

struct RegistrarTexts
{
    QStringList header;    // exactly receipttext::HeaderRows rows, "" for an unused one
    QStringList trailer;   // exactly receipttext::TrailerRows rows
    int headerNeeded = 0;  // lines the header takes at this width (more than the rows: cut)
    int trailerNeeded = 0; // lines the footer takes
};

RegistrarTexts registrarTexts(const PointOfSale &pos, int width = DefaultTapeWidth);

// The point of sale of this till's workplace (the one the Settings page edits).
std::optional<PointOfSale> tillPointOfSale(Database &db);

// Nothing typed in Settings: the registrar keeps whatever its technician set.
bool hasReceiptTexts(const PointOfSale &pos);

} // namespace app
