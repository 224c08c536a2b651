#pragma once

// The quarantine of rejected documents (issue 21 §2): a pushed document the cabinet cannot accept is
// answered "rejected" and kept here with its reason, so the operator (`admin quarantine`) and the
// owner (GET /api/owner/v1/quarantine) can see what a till sent and why it was refused. This file owns
// the table `rejected_documents` (migration m007): one row per device and document, counting repeats.

#include "cabinet/db/connection.h"
#include "cabinet/store/store.h"

#include <cstdint>
#include <string>

namespace cabinet {

// The Russian reason for a rejection code (the codes validateDocument in cabinet/api/router.cpp sets).
std::string rejectionReason(const std::string &code);

// How many rejected documents one device keeps (each body cut to 16 KiB, so at most ~16 MiB a device):
// a till that sends only garbage must not fill the disk. The newest are kept; the oldest make room.
constexpr std::int64_t kQuarantinePerDevice = 1000;

// Records a rejected item inside the push transaction: a new row, or one more `times` on the row of
// the same device and document (by uuid, or by the body's SHA-256 when it has no valid uuid). Past
// kQuarantinePerDevice rows for the device, the oldest are dropped.
void quarantineRejected(db::Connection &c, const DeviceContext &device, const PushItem &item,
                        std::int64_t nowMs);

} // namespace cabinet
