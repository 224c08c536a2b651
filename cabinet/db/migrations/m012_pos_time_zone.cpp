// Migration 12: the time zone of a point of sale (an IANA name of Russia's zones), so the cabinet
// shows the times of its documents and its "today" as the shop's clock does. Existing points are in
// Moscow, as the cabinet showed them before. Idempotent: the column only when missing.

#include "cabinet/db/migration.h"

namespace cabinet::db {

Migration migration012PosTimeZone()
{
    return {12, 1, "point of sale time zone", [](Connection &c) {
                if (!hasColumn(c, "points_of_sale", "time_zone"))
                    ddl(c, "ALTER TABLE points_of_sale ADD COLUMN time_zone text NOT NULL DEFAULT "
                           "'Europe/Moscow'");
            }};
}

} // namespace cabinet::db
