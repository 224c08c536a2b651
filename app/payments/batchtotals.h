#pragma once

// Сверка итогов compared with the till: the net card total the terminal reports for the batch it
// just closed against the card operations the till journaled for that batch. They differ when a
// payment was made on the pinpad past the till, or an approved answer never reached it: the
// cashier is told, and the reconciliation's journal row keeps the difference.

#include <QStringList>

#include <optional>

#include "app/core/money.h"

namespace app::payments {

struct BatchTotals
{
    std::optional<Kopecks> terminal; // nullopt: the report names no total we can read
    Kopecks till = 0;

    bool differ() const { return terminal && *terminal != till; }
};

// The net total of a reconciliation report: its "ИТОГО" line ("ИТОГО: 1234.50", "ИТОГО: 1234.50
// RUB"), as the emulators print it. A guess to verify on real terminals: UPOS and Arcus print their
// totals per card type, and a report without such a line is left uncompared.
std::optional<Kopecks> reportNetTotal(const QStringList &slip);

// For the cashier, in plain words: both amounts and what to do.
QString mismatchText(const BatchTotals &totals);

} // namespace app::payments
