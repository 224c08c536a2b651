// Pull by cursor (§4). A snapshot pages catalog_items in version order up to the version captured
// when it began; deltas then read catalog_changes after that version. Both are index range scans on
// (organization_id, version), so an empty pull costs the same for 10 or 10^6 products.

#include "cabinet/store/cursor.h"
#include "cabinet/store/markingsecrets.h"
#include "cabinet/store/store.h"
#include "cabinet/util/clock.h"

namespace cabinet {

namespace {

void appendChange(std::string &out, bool &first, const std::string &entity, const std::string &id,
                  const std::string &op, std::int64_t version, const std::optional<std::string> &data)
{
    out += first ? "" : ",";
    first = false;
    out += "{\"entity\":";
    json::appendQuoted(entity, out);
    out += ",\"id\":";
    json::appendQuoted(id, out);
    out += ",\"op\":";
    json::appendQuoted(op, out);
    out += ",\"version\":" + std::to_string(version);
    if (data && op != "delete") {
        out += ",\"data\":";
        out += *data; // stored JSON, already validated on the way in
    }
    out += '}';
}

// What a page leaves for the next pull.
struct Page
{
    Cursor next;
    bool hasMore = false;
    bool snapshotDone = false;
};

// The cursor a device sent, if any: one this server issued, for the device's organization.
std::optional<ApiError> readCursor(const DeviceContext &device, const std::string &cursorText, Cursor &cursor)
{
    if (cursorText.empty())
        return std::nullopt;
    auto decoded = Cursor::decode(cursorText);
    if (!decoded)
        return ApiError{400, "BAD_CURSOR", "the cursor is not one this server issued", false, 0};
    cursor = *decoded;
    if (cursor.organizationId != device.organizationId)
        return ApiError{403, "FORBIDDEN", "the cursor belongs to another organization", false, 0};
    return std::nullopt;
}

// A page of the snapshot: the live items up to the version captured when it began; once they are
// all sent, the cursor goes on with deltas from that version.
Page snapshotPage(db::Connection &conn, const DeviceContext &device, const Cursor &cursor, int limit,
                  std::int64_t current, std::string &out)
{
    Page page{cursor};
    bool first = true;
    auto rows =
        conn.query("SELECT entity, id, version, data FROM catalog_items WHERE organization_id = $1 "
                   "AND version > $2 AND version <= $3 AND deleted = 0 ORDER BY version LIMIT $4",
                   {device.organizationId, cursor.lastVersion, *cursor.snapshotUntil, std::int64_t(limit)});
    for (const auto &r : rows) {
        appendChange(out, first, r.text(0), r.text(1), "upsert", r.integer(2),
                     withMarkingSecrets(conn, device.organizationId, device.pointOfSaleId, r.text(0),
                                        r.text(1),
                                        r.isNull(3) ? std::nullopt : std::optional<std::string>(r.text(3))));
        page.next.lastVersion = r.integer(2);
    }
    if (int(rows.size()) < limit) {
        // Snapshot complete: continue with deltas from the captured version.
        page.snapshotDone = true;
        page.next.snapshotUntil.reset();
        page.next.lastVersion = *cursor.snapshotUntil;
        page.hasMore = current > page.next.lastVersion;
    } else {
        page.hasMore = true;
    }
    return page;
}

// A page of the change log after the cursor's version.
Page deltaPage(db::Connection &conn, const DeviceContext &device, const Cursor &cursor, int limit,
               std::int64_t current, std::string &out)
{
    Page page{cursor};
    bool first = true;
    auto rows = conn.query("SELECT entity, entity_id, op, version, data FROM catalog_changes "
                           "WHERE organization_id = $1 AND version > $2 ORDER BY version LIMIT $3",
                           {device.organizationId, cursor.lastVersion, std::int64_t(limit)});
    for (const auto &r : rows) {
        appendChange(out, first, r.text(0), r.text(1), r.text(2), r.integer(3),
                     withMarkingSecrets(conn, device.organizationId, device.pointOfSaleId, r.text(0),
                                        r.text(1),
                                        r.isNull(4) ? std::nullopt : std::optional<std::string>(r.text(4))));
        page.next.lastVersion = r.integer(3);
    }
    page.hasMore = int(rows.size()) == limit && page.next.lastVersion < current;
    return page;
}

// The answer's fields after the changes: the next cursor, whether more is waiting, the phase.
void appendTail(std::string &out, const Page &page, bool snapshot, std::int64_t current)
{
    out += "],\"next_cursor\":";
    json::appendQuoted(page.next.encode(), out);
    out += ",\"has_more\":";
    out += page.hasMore ? "true" : "false";
    out += ",\"phase\":";
    out += snapshot ? "\"snapshot\"" : "\"delta\"";
    if (snapshot) {
        out += ",\"snapshot_done\":";
        out += page.snapshotDone ? "true" : "false";
    }
    out += ",\"catalog_version\":" + std::to_string(current);
    out += ",\"server_time\":";
    json::appendQuoted(isoTime(nowMs()), out);
    out += '}';
}

} // namespace

Result<std::string> Store::changes(const DeviceContext &device, const std::string &cursorText, int limit)
{
    Cursor cursor;
    if (auto bad = readCursor(device, cursorText, cursor))
        return *bad;

    auto conn = m_pool.acquire();
    if (device.mustResync) {
        if (!cursorText.empty())
            return ApiError{410, "MUST_RESYNC", "the cabinet asked this device to reload its catalog", false,
                            0};
        // A fresh snapshot is exactly what was asked for.
        db::Transaction clear(*conn, db::Tx::Write);
        conn->query("UPDATE devices SET must_resync = 0 WHERE organization_id = $1 AND id = $2",
                    {device.organizationId, device.deviceId});
        clear.commit();
    }
    db::Transaction tx(*conn, db::Tx::Snapshot);
    auto org = conn->query("SELECT catalog_version, catalog_epoch FROM organizations WHERE id = $1",
                           {device.organizationId});
    if (org.empty())
        return ApiError{403, "FORBIDDEN", "unknown organization", false, 0};
    const std::int64_t current = org[0].integer(0);
    const std::int64_t epoch = org[0].integer(1);

    if (cursorText.empty()) {
        cursor.organizationId = device.organizationId;
        cursor.epoch = epoch;
        cursor.lastVersion = 0;
        cursor.snapshotUntil = current;
    } else if (cursor.schema != Cursor::kSchema || cursor.epoch != epoch || cursor.lastVersion > current) {
        return ApiError{410, "MUST_RESYNC", "the change log was compacted or rebuilt; start a new snapshot",
                        false, 0};
    }

    std::string out = "{\"changes\":[";
    const bool snapshot = cursor.snapshotUntil.has_value();
    const Page page = snapshot ? snapshotPage(*conn, device, cursor, limit, current, out)
                               : deltaPage(*conn, device, cursor, limit, current, out);
    tx.commit();
    appendTail(out, page, snapshot, current);
    return out;
}

} // namespace cabinet
