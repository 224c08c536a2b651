#pragma once

// The opaque pull cursor (§4): base64url of {schema_v, org_id, epoch, last_version}, plus
// snapshot_until while a snapshot is being paged. Clients store it and send it back unchanged.

#include <cstdint>
#include <optional>
#include <string>

namespace cabinet {

struct Cursor
{
    static constexpr int kSchema = 1;
    int schema = kSchema;
    std::string organizationId;
    std::int64_t epoch = 0;
    std::int64_t lastVersion = 0;
    // Set while paging a snapshot: the catalog version captured when the snapshot began. Pages walk
    // catalog_items in version order up to it; later writes reach the client as deltas after it.
    std::optional<std::int64_t> snapshotUntil;

    std::string encode() const;
    static std::optional<Cursor> decode(const std::string &text);
};

} // namespace cabinet
