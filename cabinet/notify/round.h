#pragma once

// One round of the notifier: for each user who receives e-mails, the alerts they would see in the
// cabinet now (reports::alerts under their Scope and their organisation's settings), less those
// already mailed to them (notifications_sent). Alerts that cleared are forgotten, so one that comes
// back is mailed again. Runs on a connection and sends nothing: the caller mails outside it.

#include "cabinet/db/connection.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cabinet::notify {

struct Mail
{
    std::string organizationId, userId, to;
    std::string kind, subject, occurrence; // the alert's identity in notifications_sent
    std::string title, text;               // the e-mail, in Russian
};

// The mails due now; `publicUrl` prefixes the cabinet's links.
std::vector<Mail> due(db::Connection &c, const std::string &publicUrl, std::int64_t nowMs);
// Remembers that the relay accepted `m`.
void markSent(db::Connection &c, const Mail &m, std::int64_t nowMs);

} // namespace cabinet::notify
