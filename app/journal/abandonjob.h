#pragma once

// Giving up a failed fiscal job from the journal (issue 16): the owner or an administrator, with a
// reason that goes to the audit log. Only a job the registrar refused (failed) can be given up; one
// whose outcome is unknown (attention: the registrar may have made the document) is refused until
// recovery or a person settles it, or a fiscal receipt could be left with no sale behind it.

#include <QString>

#include "app/core/result.h"

namespace app {

struct Actor;
struct JournalEntry;
class TillSession;

// Ok when `actor` may give up the fiscal job of `entry`; otherwise why not, in the UI language.
Result<void> mayAbandonFiscalJob(const Actor &actor, const JournalEntry &entry);
// Checks again, writes "fiscal.abandon" with the reason to the audit log and tells the fiscal worker
// to give the job up (it asks for the reversal of card and SBP payments).
Result<void> abandonFiscalJob(TillSession &session, const JournalEntry &entry, const QString &reason);

} // namespace app
