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

// Records a rejected item inside the push transaction: a new row, or one more `times` on the row of
// the same device and document (by uuid, or by the body's SHA-256 when it has no valid uuid).
void quarantineRejected(db::Connection &c, const DeviceContext &device, const PushItem &item,
                        std::int64_t nowMs);

} // namespace cabinet
