#include "app/payments/transactions.h"

#include <QTime>

#include "app/core/tr.h"
#include "app/fiscalservice/fiscalservice.h"

namespace app::payments {

Transactions::Transactions(PaymentJournal &journal, FiscalService *fiscal)
    : m_journal(journal)
    , m_fiscal(fiscal)
{}

QList<Operation> Transactions::ofDay(const QDate &day) const
{
    const QDateTime from(day, QTime(0, 0), Qt::LocalTime);
    const QDateTime to(day.addDays(1), QTime(0, 0), Qt::LocalTime);
    return m_journal.between(from.toUTC(), to.toUTC());
}

QList<Operation> Transactions::slipsOf(const QString &documentUuid) const
{
    QList<Operation> out;
    for (const Operation &o : m_journal.forSale(documentUuid))
        if (!o.slip.isEmpty())
            out << o;
    return out;
}

std::optional<Operation> Transactions::lastSlip() const
{
    return m_journal.lastWithSlip();
}

QStringList Transactions::copyLines(const Operation &operation)
{
    QStringList lines{QStringLiteral("*** КОПИЯ ***")};
    lines << operation.slip;
    lines << QStringLiteral("*** КОПИЯ ***");
    return lines;
}

Result<int> Transactions::reprint(const QString &operationId)
{
    const std::optional<Operation> operation = m_journal.find(operationId);
    if (!operation)
        return fail(Error::Code::NotFound, Tr::tr("This operation is not in the transactions journal."));
    if (operation->slip.isEmpty())
        return fail(Error::Code::Validation,
                    Tr::tr("The terminal gave no slip for this operation: there is nothing to reprint."));
    if (!m_fiscal)
        return fail(Error::Code::Validation,
                    Tr::tr("No registrar is set up at this till: the slip cannot be printed."));
    return m_fiscal->printText(copyLines(*operation));
}

Result<int> Transactions::reprintLast()
{
    const std::optional<Operation> last = lastSlip();
    if (!last)
        return fail(Error::Code::NotFound,
                    Tr::tr("No slip has been stored yet: there is nothing to reprint."));
    return reprint(last->operationId);
}

} // namespace app::payments
