#pragma once

// Where the till keeps the sync settings a technician sets (QSettings, group "cloud"): the CA file
// that verifies the cabinet and the explicit permission for plain http:// (issue 21 §6). The one
// place that names these keys; screens and the composition root go through it.

#include <QString>

#include "app/cloud/cloudtypes.h"

namespace app::cloud {

// The defaults with the stored transport settings applied.
SyncSettings storedSyncSettings();
void storeTransportSettings(const QString &caFile, bool allowInsecure);

} // namespace app::cloud
