#include "app/fiscalservice/fiscalmessage.h"

#include "app/core/tr.h"
#include "fiscal/codes.h"
#include "fiscal/errortable.h"

namespace app {
namespace {

FiscalMessage msg(QString text, FiscalNextStep next)
{
    return {std::move(text), next, true};
}

bool fromFn(const fiscal::Error &e)
{
    return e.command >= 0xFF00 && e.code < 0x33;
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
    case 0x16:
        return msg(
            Tr::tr("The shift is longer than 24 hours: close it with the Z report, then open a new one."),
            FiscalNextStep::CloseShift);
    default:
        break;
    }
    return {};
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
    if (fromFn(e)) {
        FiscalMessage m = fnMessage(e);
        if (!m.text.isEmpty())
            return m;
    }
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
    const std::string detail = std::string(fiscal::describeDeviceError(
        static_cast<std::uint8_t>(e.code), static_cast<fiscal::CommandCode>(e.command)));
    return msg(Tr::tr("The registrar reported error %1h (%2). If it repeats, call your service engineer.")
                   .arg(e.code, 2, 16, QLatin1Char('0'))
                   .arg(QString::fromStdString(detail)),
               FiscalNextStep::CheckSettings);
}

} // namespace app
