#pragma once

// The body of POST /devices/status (cabinet/PROTOCOL.md "Heartbeat"): app and schema version,
// device time and clock skew, the outbox figures, the registrar's health and the open shift.

#include <QDateTime>
#include <QJsonObject>

#include "app/cloud/cloudtypes.h"

namespace app {
class Database;
}

namespace app::cloud {

class CloudOutbox;

struct HeartbeatFacts
{
    const FiscalHealth &fiscal;
    qint64 clockSkewMs = 0;
    QDateTime lastPushOk; // UTC; invalid: never
};

QJsonObject heartbeatBody(Database &db, CloudOutbox &outbox, const HeartbeatFacts &facts);

} // namespace app::cloud
