#include "app/cloud/cloudlink.h"

#include "app/cloud/syncclient.h"
#include "app/fiscalservice/devicehealth.h"
#include "app/fiscalservice/fiscalservice.h"
#include "app/marking/markingsetup.h"
#include "app/session/tillsession.h"

namespace app::cloud {

FiscalHealth heartbeatHealth(const DeviceHealth &health)
{
    FiscalHealth f;
    f.known = health.connected;
    f.fnNumber = health.fnNumber;
    f.fnValidUntil = health.fnExpiry;
    f.ofdUnsent = health.ofdBacklog;
    f.ofdOldestUnsent = health.ofdOldest.toUTC();
    f.error = health.problem.text;
    return f;
}

CloudLink::CloudLink(TillSession &session, SyncSettings settings)
    : m_sync(std::make_unique<SyncClient>(session.database().path(), std::move(settings)))
{
    SyncClient *sync = m_sync.get();
    // Marking settings the owner changed in the cabinet take effect without a restart.
    QObject::connect(sync, &SyncClient::lastSuccessChanged, sync,
                     [&marking = session.marking()] { marking.followStored(); });
    if (FiscalService *fiscal = session.fiscal())
        QObject::connect(fiscal, &FiscalService::healthChanged, sync, [sync](const DeviceHealth &health) {
            sync->setFiscalHealth(heartbeatHealth(health));
        });
    sync->start();
}

CloudLink::~CloudLink() = default;

} // namespace app::cloud
