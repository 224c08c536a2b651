#include "app/fiscalservice/recovery.h"

#include "app/core/tr.h"

namespace app {

RecoveryDecision decideRecovery(const RecoveryRow &row, const RecoveryDevice &device)
{
    const fiscal::recovery::Decision d = fiscal::recovery::decide(row, device);
    return {d.action, d.reason, recoveryReasonText(d.reason, row, device)};
}

QString recoveryReasonText(RecoveryReason reason, const RecoveryRow &row, const RecoveryDevice &device)
{
    const std::uint32_t fd = device.lastFd;
    switch (reason) {
    case RecoveryReason::None:
        return {};
    case RecoveryReason::OpenAfterNewDocument:
        return Tr::tr("A document is open in the registrar, but the fiscal drive already holds document %1 "
                      "(expected %2). Check the last receipts before continuing.")
            .arg(fd)
            .arg(row.fdBefore);
    case RecoveryReason::FdOutOfStep:
        return Tr::tr("The fiscal drive's last document is %1, but this operation expected %2 or %3. Another "
                      "program may have used the registrar; compare the receipts with the fiscal drive.")
            .arg(fd)
            .arg(row.fdBefore)
            .arg(row.fdBefore + 1);
    case RecoveryReason::FdMovedByRegisterJob:
        return Tr::tr("The fiscal drive's last document changed from %1 to %2 during a cash operation. "
                      "Check the registrar's journal.")
            .arg(row.fdBefore)
            .arg(fd);
    case RecoveryReason::RegisterUnknown:
        return Tr::tr("The registrar's operation counter could not be read, so it is unknown whether the "
                      "operation ran. Check the last slip.");
    case RecoveryReason::RegisterOutOfStep:
        return Tr::tr(
                   "The registrar's operation counter moved from %1 to %2; expected at most one step. Check "
                   "the last slips.")
            .arg(row.registerBefore.value_or(0))
            .arg(device.registerNow.value_or(0));
    }
    return {};
}

QString verifyDocument(const ExpectedDocument &expected, const FoundFnDocument &found)
{
    switch (fiscal::recovery::verify(expected, found)) {
    case fiscal::recovery::Mismatch::None:
        return {};
    case fiscal::recovery::Mismatch::Type:
        return Tr::tr("The fiscal drive's document %1 is of type %2, but this operation makes type %3.")
            .arg(found.fd)
            .arg(found.type)
            .arg(expected.type);
    case fiscal::recovery::Mismatch::Operation:
        return Tr::tr("The fiscal drive's document %1 has calculation sign %2, expected %3.")
            .arg(found.fd)
            .arg(found.operation)
            .arg(expected.operation);
    case fiscal::recovery::Mismatch::Total:
        return Tr::tr("The fiscal drive's document %1 has the total %2 kopecks, expected %3.")
            .arg(found.fd)
            .arg(found.total)
            .arg(expected.total);
    }
    return {};
}

} // namespace app
