#pragma once

// The till's link with the cloud cabinet (issue 19, the composition root): the object beside
// TillSession that owns the sync client on its own thread, carries the registrar's health in its
// heartbeat, and applies the marking settings the owner changed in the cabinet after each successful
// sync, without a restart. The composition root (widgets/main.cpp) makes one for a real till, after
// the session and before the window, which only shows it (the cloud badge, the cloud dialog). It
// lives in prilavok_cloud, above prilavok_core, so TillSession itself knows nothing of sync.

#include <memory>

#include "app/cloud/cloudtypes.h"

namespace app {

struct DeviceHealth;
class TillSession;

namespace cloud {

class SyncClient;

// What the heartbeat tells the cabinet about the registrar: its link, the FN and its expiry, the
// OFD backlog and the last problem.
FiscalHealth heartbeatHealth(const DeviceHealth &health);

class CloudLink final
{
    Q_DISABLE_COPY_MOVE(CloudLink)

public:
    // Starts sync with `settings` on the session's database. `session` must outlive the link.
    CloudLink(TillSession &session, SyncSettings settings);
    ~CloudLink();

    SyncClient &sync() { return *m_sync; }

private:
    std::unique_ptr<SyncClient> m_sync;
};

} // namespace cloud
} // namespace app
