#pragma once

// The transactions journal as the till shows it (card and SBP operations by day, the slips stored
// with them) and the reprint of a stored slip. A reprint is a non-fiscal text queued on the fiscal
// service's worker like any print: the caller never waits on the registrar; the result comes with
// FiscalService::operationFinished(requestId).

#include <QDate>
#include <QList>

#include <optional>

#include "app/core/result.h"
#include "app/payments/paymentjournal.h"

namespace app {
class FiscalService;
}

namespace app::payments {

class Transactions final
{
public:
    Transactions(PaymentJournal &journal, FiscalService *fiscal);

    // One local day's operations, newest first.
    QList<Operation> ofDay(const QDate &day) const;
    // The stored slips of a sale or return document, in the order they were made.
    QList<Operation> slipsOf(const QString &documentUuid) const;
    std::optional<Operation> lastSlip() const;

    // Queues the stored slip on the registrar, headed as a copy; answers the request id.
    Result<int> reprint(const QString &operationId);
    Result<int> reprintLast();

    // The lines a reprint puts on paper (printed in Russian: it is the shop's paper).
    static QStringList copyLines(const Operation &operation);

private:
    PaymentJournal &m_journal;
    FiscalService *m_fiscal = nullptr;
};

} // namespace app::payments
