// Idempotent document ingest (§3, §7): the (organization, uuid) registry decides created, duplicate or
// conflict inside the one transaction that also stores the documents.

#include "cabinet/db/pgarray.h"
#include "cabinet/reports/ingest.h"
#include "cabinet/store/quarantine.h"
#include "cabinet/store/store.h"
#include "cabinet/util/clock.h"

#include <algorithm>
#include <map>

#include <thread>

namespace cabinet {

namespace {

json::Value rejected(const std::string &uuid, const std::string &message)
{
    json::Value error;
    error.set("code", "VALIDATION");
    error.set("message", message);
    error.set("retryable", false);
    json::Value r;
    r.set("uuid", uuid);
    r.set("status", "rejected");
    r.set("error", std::move(error));
    return r;
}

db::Param optText(const std::optional<std::string> &s)
{
    return s ? db::Param(*s) : db::Param(nullptr);
}

db::Param optInt(const std::optional<std::int64_t> &n)
{
    return n ? db::Param(*n) : db::Param(nullptr);
}

json::Value conflict(const std::string &uuid, std::int64_t seq)
{
    json::Value error;
    error.set("code", "PAYLOAD_MISMATCH");
    error.set("message", "a different document with this uuid was accepted earlier");
    error.set("retryable", false);
    json::Value r;
    r.set("uuid", uuid);
    r.set("status", "conflict");
    r.set("server_seq", seq);
    r.set("error", std::move(error));
    return r;
}

reports::Origin origin(const DeviceContext &device, std::int64_t seq, std::int64_t now,
                       const IncomingDocument &d)
{
    return {
        device.organizationId,         device.pointOfSaleId, device.workplaceId, device.deviceId, seq, now,
        d.createdAtDevice.value_or("")};
}

json::Value accepted(const std::string &uuid, const char *status, std::int64_t seq)
{
    json::Value r;
    r.set("uuid", uuid);
    r.set("status", status);
    r.set("server_seq", seq);
    return r;
}

// The batch's new documents, one array per column, written by one INSERT ... FROM unnest.
struct NewDocuments
{
    db::PgArray seq, uuid, type, devSeq, shift, employee, created, fiscal, payload, hash, fn, fd;
    std::size_t count = 0;

    void add(std::int64_t serverSeq, const IncomingDocument &d)
    {
        seq.add(serverSeq);
        uuid.add(std::string_view(d.uuid));
        type.add(std::string_view(d.type));
        devSeq.add(d.deviceSeq);
        shift.add(d.shiftUuid);
        employee.add(d.employeeId);
        created.add(d.createdAtDevice);
        fiscal.add(d.fiscalJson.empty() ? std::optional<std::string>() : d.fiscalJson);
        payload.add(std::string_view(d.payloadJson));
        hash.add(std::string_view(d.payloadSha256));
        fn.add(d.fn);
        fd.add(d.fd);
        ++count;
    }

    void insert(db::Connection &conn, const DeviceContext &device, std::int64_t now)
    {
        if (count == 0)
            return;
        conn.query("INSERT INTO documents (organization_id, server_seq, uuid, type, device_id, device_seq, "
                   "shift_uuid, employee_id, created_at_device, fiscal, payload, payload_sha256, "
                   "received_at, fn, fd) "
                   "SELECT $1, s, u, t, $2, ds, su, e, c, f::jsonb, p::jsonb, h, $3, fn, fd "
                   "FROM unnest($4::bigint[], $5::uuid[], $6::text[], $7::bigint[], $8::text[], $9::text[], "
                   "$10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::bigint[]) "
                   "AS x(s, u, t, ds, su, e, c, f, p, h, fn, fd)",
                   {device.organizationId, device.deviceId, now, seq.str(), uuid.str(), type.str(),
                    devSeq.str(), shift.str(), employee.str(), created.str(), fiscal.str(), payload.str(),
                    hash.str(), fn.str(), fd.str()});
    }
};

// The batch's rival versions of accepted documents, kept for the administrator (§6).
struct Conflicts
{
    db::PgArray uuid, hash, payload;
    std::size_t count = 0;

    void add(const IncomingDocument &d)
    {
        uuid.add(std::string_view(d.uuid));
        hash.add(std::string_view(d.payloadSha256));
        payload.add(std::string_view(d.payloadJson));
        ++count;
    }

    void insert(db::Connection &conn, const DeviceContext &device, std::int64_t now)
    {
        if (count == 0)
            return;
        conn.query(
            "INSERT INTO document_conflicts (organization_id, uuid, device_id, payload_sha256, payload, "
            "received_at) SELECT $1, u, $2, h, p::jsonb, $3 "
            "FROM unnest($4::uuid[], $5::text[], $6::text[]) AS x(u, h, p)",
            {device.organizationId, device.deviceId, now, uuid.str(), hash.str(), payload.str()});
    }
};

// The batch's keys: each valid document's server_seq, the keys this batch claimed (uuid ->
// server_seq of the row it inserted) and, when some were taken, the earlier ones (uuid -> hash, seq).
struct Claims
{
    std::vector<std::int64_t> seqOf;
    std::map<std::string, std::int64_t> claimed;
    std::map<std::string, std::pair<std::string, std::int64_t>> existing;
};

Claims claimKeys(db::Connection &conn, const DeviceContext &device, const std::vector<PushItem> &items,
                 std::int64_t nextSeq, std::int64_t now)
{
    const std::string &org = device.organizationId;
    Claims c;
    c.seqOf.assign(items.size(), 0);
    db::PgArray uuids, hashes, seqs;
    std::size_t valid = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!items[i].document)
            continue;
        c.seqOf[i] = nextSeq++;
        uuids.add(std::string_view(items[i].document->uuid));
        hashes.add(std::string_view(items[i].document->payloadSha256));
        seqs.add(c.seqOf[i]);
        ++valid;
    }
    for (const auto &r :
         conn.query("INSERT INTO document_keys (organization_id, uuid, payload_sha256, server_seq, "
                    "device_id, received_at) SELECT $1, u, h, s, $2, $3 "
                    "FROM unnest($4::uuid[], $5::text[], $6::bigint[]) AS t(u, h, s) "
                    "ON CONFLICT (organization_id, uuid) DO NOTHING RETURNING uuid, server_seq",
                    {org, device.deviceId, now, uuids.str(), hashes.str(), seqs.str()}))
        c.claimed.emplace(r.text(0), r.integer(1));
    if (c.claimed.size() < valid) {
        for (const auto &r : conn.query("SELECT uuid, payload_sha256, server_seq FROM document_keys "
                                        "WHERE organization_id = $1 AND uuid = ANY($2::uuid[])",
                                        {org, uuids.str()}))
            c.existing.emplace(r.text(0), std::make_pair(r.text(1), r.integer(2)));
    }
    return c;
}

// The same decisions as the row-by-row path, in three statements: claim keys, look up the taken
// ones, insert the new documents. ON CONFLICT DO NOTHING also settles a uuid repeated in one batch.
json::Array pushBatched(db::Connection &conn, const DeviceContext &device, const std::vector<PushItem> &items,
                        std::int64_t nextSeq, std::int64_t now, reports::Ingest &ingest)
{
    Claims keys = claimKeys(conn, device, items, nextSeq, now);
    json::Array results;
    NewDocuments created;
    Conflicts conflicts;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const PushItem &item = items[i];
        if (!item.document) {
            results.push_back(rejected(item.uuid, item.rejection));
            continue;
        }
        const IncomingDocument &d = *item.document;
        const std::int64_t seq = keys.seqOf[i];
        auto mine = keys.claimed.find(d.uuid);
        if (mine != keys.claimed.end() && mine->second == seq) {
            // This occurrence inserted the key: a later repeat in the batch compares against it.
            keys.existing[d.uuid] = {d.payloadSha256, seq};
            created.add(seq, d);
            ingest.add(origin(device, seq, now, d), d.uuid, d.type, d.payloadJson, d.shiftUuid);
            results.push_back(accepted(d.uuid, "created", seq));
            continue;
        }
        const auto &[hash, earlier] = keys.existing.at(d.uuid);
        if (hash == d.payloadSha256) {
            results.push_back(accepted(d.uuid, "duplicate", earlier));
        } else {
            conflicts.add(d);
            results.push_back(conflict(d.uuid, earlier));
        }
    }
    created.insert(conn, device, now);
    conflicts.insert(conn, device, now);
    return results;
}

// One document by itself: claim its key; insert it, or answer duplicate, or keep the rival version.
json::Value pushOne(db::Connection &conn, const DeviceContext &device, const IncomingDocument &d,
                    std::int64_t seq, std::int64_t now, reports::Ingest &ingest)
{
    const std::string &org = device.organizationId;
    auto inserted =
        conn.query("INSERT INTO document_keys (organization_id, uuid, payload_sha256, server_seq, "
                   "device_id, received_at) VALUES ($1, $2, $3, $4, $5, $6) "
                   "ON CONFLICT (organization_id, uuid) DO NOTHING RETURNING server_seq",
                   {org, d.uuid, d.payloadSha256, seq, device.deviceId, now});
    if (!inserted.empty()) {
        conn.query(
            "INSERT INTO documents (organization_id, server_seq, uuid, type, device_id, device_seq, "
            "shift_uuid, employee_id, created_at_device, fiscal, payload, payload_sha256, received_at, "
            "fn, fd) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
            {org, seq, d.uuid, d.type, device.deviceId, optInt(d.deviceSeq), optText(d.shiftUuid),
             optText(d.employeeId), optText(d.createdAtDevice),
             d.fiscalJson.empty() ? db::Param(nullptr) : db::Param(d.fiscalJson), d.payloadJson,
             d.payloadSha256, now, optText(d.fn), optInt(d.fd)});
        ingest.add(origin(device, seq, now, d), d.uuid, d.type, d.payloadJson, d.shiftUuid);
        return accepted(d.uuid, "created", seq);
    }
    auto existing = conn.query("SELECT payload_sha256, server_seq FROM document_keys "
                               "WHERE organization_id = $1 AND uuid = $2",
                               {org, d.uuid});
    if (existing.at(0).text(0) == d.payloadSha256)
        return accepted(d.uuid, "duplicate", existing[0].integer(1));
    // Never overwrite (§6): keep the rival version for the administrator and report it.
    conn.query("INSERT INTO document_conflicts (organization_id, uuid, device_id, payload_sha256, "
               "payload, received_at) VALUES ($1, $2, $3, $4, $5, $6)",
               {org, d.uuid, device.deviceId, d.payloadSha256, d.payloadJson, now});
    return conflict(d.uuid, existing[0].integer(1));
}

// SQLite: one document at a time (no arrays to unnest), the same answers as pushBatched.
json::Array pushRowByRow(db::Connection &conn, const DeviceContext &device,
                         const std::vector<PushItem> &items, std::int64_t nextSeq, std::int64_t now,
                         reports::Ingest &ingest)
{
    json::Array results;
    results.reserve(items.size());
    for (const auto &item : items) {
        if (!item.document) {
            results.push_back(rejected(item.uuid, item.rejection));
            continue;
        }
        results.push_back(pushOne(conn, device, *item.document, nextSeq++, now, ingest));
    }
    return results;
}

} // namespace

Result<json::Value> Store::push(const DeviceContext &device, const std::vector<PushItem> &items,
                                std::chrono::milliseconds delayBeforeCommit)
{
    std::int64_t valid = 0;
    for (const auto &item : items)
        valid += item.document ? 1 : 0;

    auto conn = m_pool.acquire();
    const std::int64_t now = nowMs();
    const std::string &org = device.organizationId;

    db::Transaction tx(*conn, db::Tx::Write);
    std::int64_t nextSeq = 0;
    if (valid > 0) {
        // Reserving the batch's server_seq range locks the organization row, which also serialises
        // concurrent replays of one outbox: the second waits and then sees every key as taken.
        auto seq = conn->query("UPDATE organizations SET document_seq = document_seq + $2 WHERE id = $1 "
                               "RETURNING document_seq",
                               {org, valid});
        if (seq.empty())
            return ApiError{403, "FORBIDDEN", "unknown organization", false, 0};
        nextSeq = seq[0].integer(0) - valid + 1;
    }

    // Rejected documents are kept in this same transaction: a push that fails (and is retried) keeps
    // nothing, one that commits keeps each of them once more.
    for (const auto &item : items)
        if (!item.document)
            quarantineRejected(*conn, device, item, now);

    // The report tables are written in this same transaction, from the documents it creates only.
    reports::Ingest ingest(*conn);
    json::Array results = conn->backend() == db::Backend::Postgres
                              ? pushBatched(*conn, device, items, nextSeq, now, ingest)
                              : pushRowByRow(*conn, device, items, nextSeq, now, ingest);
    ingest.flush();
    if (delayBeforeCommit.count() > 0)
        std::this_thread::sleep_for(delayBeforeCommit); // fault injection: a window to kill the server in
    tx.commit();

    json::Value out;
    out.set("results", std::move(results));
    out.set("server_time", isoTime(now));
    return out;
}

Result<json::Value> Store::documentStatus(const DeviceContext &device, const std::string &uuid)
{
    auto conn = m_pool.acquire();
    auto rows = conn->query("SELECT server_seq, payload_sha256, received_at FROM document_keys "
                            "WHERE organization_id = $1 AND uuid = $2",
                            {device.organizationId, uuid});
    if (rows.empty())
        return ApiError{404, "NOT_FOUND", "no document with this uuid has been accepted", false, 0};
    json::Value out;
    out.set("uuid", uuid);
    out.set("status", "accepted");
    out.set("server_seq", rows[0].integer(0));
    out.set("payload_sha256", rows[0].text(1));
    out.set("received_at", isoTime(rows[0].integer(2)));
    out.set("server_time", isoTime(nowMs()));
    return out;
}

} // namespace cabinet
