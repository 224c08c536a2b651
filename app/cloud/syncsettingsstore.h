#pragma once

// Where the till keeps the sync settings a technician sets (QSettings, group "cloud"): the cabinet's
// address, the CA file that verifies the cabinet and the explicit permission for plain http://
// (issue 21 §6). The one place that names these keys; screens and the composition root go through it.

#include <QString>

#include "app/cloud/cloudtypes.h"

namespace app::cloud {

// The defaults with the stored transport settings applied.
SyncSettings storedSyncSettings();
void storeTransportSettings(const QString &caFile, bool allowInsecure);
// The address typed in the cloud dialog, kept for the next activation.
QString storedCabinetUrl();
void storeCabinetUrl(const QString &url);

} // namespace app::cloud
