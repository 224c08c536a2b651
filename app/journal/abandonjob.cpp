#include "app/journal/abandonjob.h"

#include "app/core/moneytext.h"
#include "app/core/tr.h"
#include "app/fiscalservice/fiscalservice.h"
#include "app/journal/journalmodel.h"
#include "app/session/tillsession.h"
#include "app/staff/auditlog.h"
#include "app/staff/permissions.h"

namespace app {

Result<void> mayAbandonFiscalJob(const Actor &actor, const JournalEntry &entry)
{
    // Managing the registrar is the owner's and the administrator's (the role matrix).
    if (!roleHas(actor.role, Permission::ManageDevices))
        return fail(Error::Code::PermissionDenied,
                    Tr::tr("Only the owner or an administrator can give up a receipt: ask one to sign in."));
    if (entry.jobId == 0 || entry.status == JournalStatus::NotFiscal)
        return fail(Error::Code::Conflict, Tr::tr("This document was never sent to the registrar."));
    if (entry.abandoned)
        return fail(Error::Code::Conflict, Tr::tr("This receipt has already been given up."));
    if (entry.status == JournalStatus::Attention)
        return fail(Error::Code::Conflict,
                    Tr::tr("Nobody knows yet whether the registrar made this receipt: it cannot be given up "
                           "until the till settles it with the registrar (Service → Registrar and FN)."));
    if (entry.status != JournalStatus::Failed)
        return fail(Error::Code::Conflict, Tr::tr("Only a receipt the registrar refused can be given up."));
    return {};
}

Result<void> abandonFiscalJob(TillSession &session, const JournalEntry &entry, const QString &reason)
{
    if (auto ok = mayAbandonFiscalJob(session.actor(), entry); !ok)
        return ok;
    const QString why = reason.simplified();
    if (why.isEmpty())
        return fail(Error::Code::Validation, Tr::tr("Write why the receipt is given up."));
    FiscalService *fiscal = session.fiscal();
    if (!fiscal)
        return fail(Error::Code::Conflict, Tr::tr("No registrar is connected: set it up in Settings."));
    const QString details = QStringLiteral("job %1, %2 No. %3, %4: %5")
                                .arg(entry.jobId)
                                .arg(JournalModel::kindText(entry.kind, entry.calcSign))
                                .arg(entry.number)
                                .arg(displayRoubles(entry.total), why);
    if (!AuditLog::record(session.database(), session.actor().employeeId, QStringLiteral("fiscal.abandon"),
                          details))
        return fail(Error::Code::Storage, Tr::tr("The reason could not be saved: nothing was given up."));
    fiscal->abandonJob(entry.jobId);
    return {};
}

} // namespace app
