#include "devices/paymentterminal.h"

#include "devices/tr.h"

namespace devices {

QString terminalOutcomeText(TerminalOutcome outcome)
{
    switch (outcome) {
    case TerminalOutcome::Approved:
        return Tr::tr("Approved");
    case TerminalOutcome::Declined:
        return Tr::tr("Declined by the bank");
    case TerminalOutcome::Cancelled:
        return Tr::tr("Cancelled");
    case TerminalOutcome::Timeout:
        return Tr::tr("The terminal did not answer in time. Check the payment on the terminal before trying "
                      "again.");
    case TerminalOutcome::LinkLost:
        return Tr::tr(
            "The connection to the terminal was lost. Check the payment on the terminal before trying "
            "again.");
    case TerminalOutcome::Busy:
        return Tr::tr("The terminal is busy with another operation.");
    }
    return {};
}

} // namespace devices
