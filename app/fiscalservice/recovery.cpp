#include "app/fiscalservice/recovery.h"

#include "app/core/tr.h"

namespace app {

RecoveryDecision decideRecovery(const RecoveryRow &row, const RecoveryDevice &device)
{
    const std::uint32_t fd = device.lastFd;
    if (device.documentOpen) {
        // An open document is harmless only when nothing was fiscalised since fd_before.
        if (fd == row.fdBefore)
            return {RecoveryAction::CancelAndRetry, {}};
        return {RecoveryAction::Attention,
                Tr::tr("A document is open in the registrar, but the fiscal drive already holds document %1 "
                       "(expected %2). Check the last receipts before continuing.")
                    .arg(fd)
                    .arg(row.fdBefore)};
    }
    if (row.counter == CounterKind::FnDocument) {
        if (fd == row.fdBefore)
            return {RecoveryAction::Retry, {}};
        if (fd == row.fdBefore + 1)
            return {RecoveryAction::VerifyNext, {}};
        return {
            RecoveryAction::Attention,
            Tr::tr("The fiscal drive's last document is %1, but this operation expected %2 or %3. Another "
                   "program may have used the registrar; compare the receipts with the fiscal drive.")
                .arg(fd)
                .arg(row.fdBefore)
                .arg(row.fdBefore + 1)};
    }
    // Device-register jobs never create an FN document: the FD must not have moved at all.
    if (fd != row.fdBefore)
        return {RecoveryAction::Attention,
                Tr::tr("The fiscal drive's last document changed from %1 to %2 during a cash operation. "
                       "Check the registrar's journal.")
                    .arg(row.fdBefore)
                    .arg(fd)};
    if (!row.registerBefore || !device.registerNow)
        return {RecoveryAction::Attention,
                Tr::tr("The registrar's operation counter could not be read, so it is unknown whether the "
                       "operation ran. Check the last slip.")};
    if (*device.registerNow == *row.registerBefore)
        return {RecoveryAction::Retry, {}};
    if (*device.registerNow == *row.registerBefore + 1)
        return {RecoveryAction::DoneByRegister, {}};
    return {RecoveryAction::Attention,
            Tr::tr("The registrar's operation counter moved from %1 to %2; expected at most one step. Check "
                   "the last slips.")
                .arg(*row.registerBefore)
                .arg(*device.registerNow)};
}

QString verifyDocument(const ExpectedDocument &expected, const FoundFnDocument &found)
{
    if (found.type != expected.type)
        return Tr::tr("The fiscal drive's document %1 is of type %2, but this operation makes type %3.")
            .arg(found.fd)
            .arg(found.type)
            .arg(expected.type);
    if (expected.operation != 0 && found.hasAmount && found.operation != expected.operation)
        return Tr::tr("The fiscal drive's document %1 has calculation sign %2, expected %3.")
            .arg(found.fd)
            .arg(found.operation)
            .arg(expected.operation);
    if (expected.total >= 0 && found.hasAmount && found.total != expected.total)
        return Tr::tr("The fiscal drive's document %1 has the total %2 kopecks, expected %3.")
            .arg(found.fd)
            .arg(found.total)
            .arg(expected.total);
    return {};
}

} // namespace app
