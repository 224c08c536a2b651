#pragma once

// The body of POST /devices/status (cabinet/PROTOCOL.md "Heartbeat"): app and schema version,
// device time and clock skew, the outbox figures, the pulled entities held back (issue 21 §3), the
// registrar's health and the open shift.

#include <QDateTime>
#include <QJsonObject>

#include "app/cloud/cloudtypes.h"

namespace app {
class Database;
}

namespace app::cloud {

class CloudOutbox;
class PullQuarantine;

struct HeartbeatFacts
{
    const FiscalHealth &fiscal;
    qint64 clockSkewMs = 0;
    QDateTime lastPushOk; // UTC; invalid: never
};

QJsonObject heartbeatBody(Database &db, CloudOutbox &outbox, PullQuarantine &held,
                          const HeartbeatFacts &facts);

} // namespace app::cloud
