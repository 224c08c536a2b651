#include "app/fiscalservice/fiscalerrortext.h"

#include "app/core/tr.h"
#include "fiscal/codes.h"

namespace app {
namespace {

FiscalMessage msg(QString text, FiscalNextStep next)
{
    return {std::move(text), next, true};
}

// 01h..32h are the FN's own errors, whichever command met them: an FN-era registrar passes them
// through its fiscal operations too (a sale on a full FN gives 06h on the receipt commands), as
// fiscal::describeDeviceError reads them.
bool fromFn(const fiscal::Error &e)
{
    return e.code >= 0x01 && e.code < 0x33;
}

FiscalMessage noPaper()
{
    return msg(Tr::tr("No paper: insert a roll and press “Continue printing”"), FiscalNextStep::InsertPaper);
}

FiscalMessage transportMessage(const fiscal::Error &e)
{
    using fiscal::TransportError;
    switch (static_cast<TransportError>(e.code)) {
    case TransportError::NotFound:
        return msg(Tr::tr("The registrar's port was not found: check the cable and the port in the device "
                          "settings."),
                   FiscalNextStep::CheckConnection);
    case TransportError::PermissionDenied:
        return msg(Tr::tr("No permission to open the registrar's port: add the user to the “dialout” group "
                          "and log in again."),
                   FiscalNextStep::FixPortAccess);
    case TransportError::Busy:
        return msg(Tr::tr("The registrar's port is busy: close the other program that uses it (a test "
                          "utility or a second copy of the till)."),
                   FiscalNextStep::FixPortAccess);
    case TransportError::OpenFailed:
    case TransportError::WriteFailed:
    case TransportError::ReadFailed:
    case TransportError::Closed:
        break;
    }
    return msg(Tr::tr("No link with the registrar: check its power and cable. The till reconnects by itself; "
                      "the sale is kept."),
               FiscalNextStep::CheckConnection);
}

FiscalMessage fnMessage(const fiscal::Error &e)
{
    switch (e.code) {
    case 0x02:
        return msg(
            Tr::tr("The fiscal drive refused the operation in its current state (the shift may already "
                   "be open or closed). The till re-reads the registrar's state; try again."),
            FiscalNextStep::Retry);
    case 0x03:
    case 0x04:
        return msg(Tr::tr("The fiscal drive has failed (error %1h): sales cannot be registered. Call your "
                          "service engineer.")
                       .arg(e.code, 2, 16, QLatin1Char('0')),
                   FiscalNextStep::ReplaceFn);
    case 0x05:
        return msg(Tr::tr("The fiscal drive has expired: it must be replaced. Call your service engineer."),
                   FiscalNextStep::ReplaceFn);
    case 0x06:
        return msg(
            Tr::tr("The fiscal drive's archive is full: it must be replaced. Call your service engineer."),
            FiscalNextStep::ReplaceFn);
    case 0x11:
        return msg(
            Tr::tr("The fiscal drive has no connection to the OFD: check the internet connection of the "
                   "registrar. Receipts are kept and sent later."),
            FiscalNextStep::CheckOfd);
    case 0x12:
        return msg(
            Tr::tr("The fiscal drive's resource is exhausted: close its fiscal mode and replace it. Call "
                   "your service engineer."),
            FiscalNextStep::ReplaceFn);
    case 0x14:
        return msg(Tr::tr("The fiscal drive's storage for unsent documents is full: connect the registrar to "
                          "the internet so the documents reach the OFD, then try again."),
                   FiscalNextStep::CheckOfd);
    case 0x15:
        return msg(
            Tr::tr("The fiscal drive has waited too long for the OFD to confirm its documents: connect "
                   "the registrar to the internet and check the OFD settings, then try again."),
            FiscalNextStep::CheckOfd);
    case 0x16:
        return msg(
            Tr::tr("The shift is longer than 24 hours: close it with the Z report, then open a new one."),
            FiscalNextStep::CloseShift);
    case 0x07:
        return msg(
            Tr::tr("The fiscal drive refused the registrar's date and time: check the registrar's clock "
                   "in the service menu."),
            FiscalNextStep::ConfirmDate);
    case 0x2F:
    case 0x30:
        return msg(
            Tr::tr("The fiscal drive does not answer the registrar: switch the registrar off and on; if "
                   "it repeats, call your service engineer."),
            FiscalNextStep::Retry);
    default:
        break;
    }
    // Any other FN error: its code for the engineer, the technical wording stays in the log.
    return msg(Tr::tr("The fiscal drive reported error %1h. If it repeats, call your service engineer.")
                   .arg(e.code, 2, 16, QLatin1Char('0')),
               FiscalNextStep::CheckSettings);
}

} // namespace

bool isTransientFiscalError(const fiscal::Error &e)
{
    if (e.tier != fiscal::Error::Tier::Device)
        return true;
    namespace d = fiscal::deverr;
    switch (e.code) {
    case d::NoPaper:
    case d::WaitingContinuePrint:
    case d::PrintingPrevious:
    case d::ConfirmDate:
        return true;
    default:
        return false;
    }
}

FiscalMessage describeFiscalError(const fiscal::Error &e, std::uint8_t submode)
{
    using Tier = fiscal::Error::Tier;
    if (e.tier == Tier::Transport)
        return transportMessage(e);
    if (e.tier == Tier::Link) {
        if (e.isLink(fiscal::LinkError::NoLink))
            return transportMessage(e);
        return msg(Tr::tr("The registrar did not answer properly: check the cable. The till re-reads the "
                          "registrar's state before anything else; the sale is kept."),
                   FiscalNextStep::CheckConnection);
    }
    if (fromFn(e))
        return fnMessage(e);
    namespace d = fiscal::deverr;
    switch (e.code) {
    case d::PrintingPrevious:
        return msg(Tr::tr("The registrar is still printing: wait a moment, the till tries again."),
                   FiscalNextStep::WaitPrinting);
    case d::WaitingContinuePrint:
        return msg(Tr::tr("The registrar waits to finish printing: press “Continue printing”."),
                   FiscalNextStep::ContinuePrinting);
    case d::NoPaper:
        return noPaper();
    case d::ShiftOver24h:
        return msg(
            Tr::tr("The shift is longer than 24 hours: close it with the Z report, then open a new one."),
            FiscalNextStep::CloseShift);
    case d::WrongPassword:
        return msg(Tr::tr("The registrar refused the operator password: check the passwords in the device "
                          "settings."),
                   FiscalNextStep::CheckSettings);
    case d::ReceiptOpen:
    case d::ReceiptClosed:
    case d::NotInMode:
    case d::NotInSubmode:
        return msg(Tr::tr("The registrar is in an unexpected state for this operation. The till re-reads its "
                          "state; try again."),
                   FiscalNextStep::Retry);
    case d::ConfirmDate:
        return msg(
            Tr::tr("The registrar asks to confirm its date and time: check the clock and confirm it in "
                   "the service menu."),
            FiscalNextStep::ConfirmDate);
    case d::ShiftNotOpen:
        return msg(Tr::tr("The shift is not open: open the shift first."), FiscalNextStep::OpenShift);
    case d::ShiftOpen:
        return msg(Tr::tr("The shift is open: close it with the Z report first."),
                   FiscalNextStep::CloseShift);
    case d::PaymentsLessThanTotal:
        return msg(Tr::tr("The payments are less than the receipt total."), FiscalNextStep::None);
    case d::NotEnoughCash:
        return msg(Tr::tr("There is not enough cash in the registrar's drawer."), FiscalNextStep::None);
    case d::MarkingForbidden:
    case d::MarkingSequence:
    case d::MarkingTableFull:
    case d::MarkingNotChecked:
        return msg(
            Tr::tr("The registrar refused the marking code. Scan it again; if it repeats, sell the item "
                   "without it only after checking it."),
            FiscalNextStep::Retry);
    default:
        break;
    }
    if (submode == fiscal::submode::PassivePaperOut || submode == fiscal::submode::ActivePaperOut)
        return noPaper();
    // The error table's words are English (fiscal/ is for logs and the CLI; the worker logs them):
    // the cashier gets the code in a sentence of the screen's language.
    return msg(Tr::tr("The registrar reported error %1h. If it repeats, call your service engineer.")
                   .arg(e.code, 2, 16, QLatin1Char('0')),
               FiscalNextStep::CheckSettings);
}

} // namespace app
