#include "app/payments/batchtotals.h"

#include <QRegularExpression>

#include "app/core/moneytext.h"
#include "app/core/tr.h"
#include "devices/payments/decimalamount.h"

namespace app::payments {

std::optional<Kopecks> reportNetTotal(const QStringList &slip)
{
    static const QRegularExpression total(QStringLiteral("^\\s*ИТОГО\\s*:?\\s*(-?\\d+(?:[.,]\\d{1,2})?)"));
    for (auto line = slip.crbegin(); line != slip.crend(); ++line) {
        const QRegularExpressionMatch m = total.match(*line);
        if (!m.hasMatch())
            continue;
        QString amount = m.captured(1);
        const bool negative = amount.startsWith(QLatin1Char('-'));
        const std::optional<qint64> kopecks =
            devices::payments::decimalToKopecks(amount.remove(QLatin1Char('-')));
        if (kopecks)
            return negative ? -*kopecks : *kopecks;
    }
    return std::nullopt;
}

QString mismatchText(const BatchTotals &totals)
{
    if (!totals.differ())
        return {};
    return Tr::tr("The card totals do not match. The terminal counted %1 for the closed batch, the till "
                  "counted %2 (difference %3). Check the terminal's report against the transactions "
                  "screen: a payment may have been made on the terminal past the till, or an approved "
                  "payment never reached a receipt. Tell the senior cashier before leaving; keep the "
                  "printed reconciliation report.")
        .arg(displayRoubles(*totals.terminal), displayRoubles(totals.till),
             displayRoubles(*totals.terminal - totals.till));
}

} // namespace app::payments
