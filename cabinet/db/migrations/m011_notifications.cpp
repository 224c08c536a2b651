// Migration 11: e-mailed notifications (cabinet/notify). Per organisation the kinds switched off and
// the two thresholds; per user whether they receive the e-mails (NULL: the role's default, owner and
// admin yes); and what was sent to whom, so a restart never mails an alert twice. Idempotent: tables
// only when missing, the column only when missing.

#include "cabinet/db/migration.h"

namespace cabinet::db {

Migration migration011Notifications()
{
    return {11, 1, "notifications", [](Connection &c) {
                ddl(c, R"(
CREATE TABLE IF NOT EXISTS notification_settings (
    organization_id {uuid} PRIMARY KEY REFERENCES organizations(id),
    disabled_kinds text NOT NULL DEFAULT '',
    ofd_backlog_days integer NOT NULL DEFAULT 3,
    till_silent_minutes integer NOT NULL DEFAULT 60,
    updated_at bigint NOT NULL);

CREATE TABLE IF NOT EXISTS notifications_sent (
    organization_id {uuid} NOT NULL,
    user_id {uuid} NOT NULL,
    kind text NOT NULL,
    subject text NOT NULL,
    occurrence text NOT NULL,
    sent_at bigint NOT NULL,
    PRIMARY KEY (organization_id, user_id, kind, subject, occurrence)))");
                if (!hasColumn(c, "users", "notify_email"))
                    ddl(c, "ALTER TABLE users ADD COLUMN notify_email integer");
            }};
}

} // namespace cabinet::db
