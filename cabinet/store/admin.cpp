// Cabinet-side writes (the admin CLI). Every catalog write bumps organizations.catalog_version under
// its row lock and logs the change with that version, so version order is commit order (§7).

#include "cabinet/db/pgarray.h"
#include "cabinet/reports/ingest.h"
#include "cabinet/store/searchkeys.h"
#include "cabinet/store/storable.h"
#include "cabinet/store/store.h"
#include "cabinet/util/clock.h"
#include "cabinet/util/crypto.h"

#include <cstdint>
#include <map>

namespace cabinet {

std::string Store::createOrganization(const std::string &name, const std::string &inn)
{
    auto conn = m_pool.acquire();
    const std::string id = crypto::newUuid();
    db::Transaction tx(*conn, db::Tx::Write);
    conn->query("INSERT INTO organizations (id, name, inn, created_at) VALUES ($1, $2, $3, $4)",
                {id, name, inn, nowMs()});
    tx.commit();
    return id;
}

bool Store::organizationExists(const std::string &org)
{
    if (!crypto::isUuid(org))
        return false;
    auto conn = m_pool.acquire();
    return !conn->query("SELECT id FROM organizations WHERE id = $1", {org}).empty();
}

std::string Store::createPointOfSale(const std::string &org, const std::string &name,
                                     const std::string &address)
{
    auto conn = m_pool.acquire();
    const std::string id = crypto::newUuid();
    db::Transaction tx(*conn, db::Tx::Write);
    conn->query("INSERT INTO points_of_sale (organization_id, id, name, address, created_at) "
                "VALUES ($1, $2, $3, $4, $5)",
                {org, id, name, address, nowMs()});
    tx.commit();
    return id;
}

std::string Store::createWorkplace(const std::string &org, const std::string &pos, const std::string &name)
{
    auto conn = m_pool.acquire();
    const std::string id = crypto::newUuid();
    db::Transaction tx(*conn, db::Tx::Write);
    conn->query("INSERT INTO workplaces (organization_id, id, point_of_sale_id, name, created_at) "
                "VALUES ($1, $2, $3, $4, $5)",
                {org, id, pos, name, nowMs()});
    tx.commit();
    return id;
}

std::string Store::newActivationCode(const std::string &org, const std::string &workplace, std::int64_t ttlMs,
                                     bool force)
{
    auto conn = m_pool.acquire();
    const std::int64_t now = nowMs();
    db::Transaction tx(*conn, db::Tx::Write);
    conn->query("DELETE FROM activation_codes WHERE expires_at <= $1 AND used_at IS NULL", {now});
    // A new code replaces any unused one for the workplace, so at most one is live at a time.
    conn->query(
        "DELETE FROM activation_codes WHERE organization_id = $1 AND workplace_id = $2 AND used_at IS NULL",
        {org, workplace});
    for (;;) {
        std::string code = crypto::randomDigits(8);
        auto rows =
            conn->query("INSERT INTO activation_codes (code_sha256, organization_id, workplace_id, "
                        "created_at, expires_at, force_reactivation) VALUES ($1, $2, $3, $4, $5, $6) "
                        "ON CONFLICT (code_sha256) DO NOTHING RETURNING code_sha256",
                        {crypto::sha256Hex(code), org, workplace, now, now + ttlMs, std::int64_t(force)});
        if (!rows.empty()) {
            tx.commit();
            return code;
        }
    }
}

std::int64_t Store::putItems(const std::string &org, const std::vector<CatalogItem> &items)
{
    if (items.empty())
        return 0;
    // Every till pulls what is written here: invalid text would stop the pull of the whole organisation.
    for (const CatalogItem &item : items)
        if (auto problem = storageProblem(item.data))
            throw std::runtime_error(item.entity + " " + item.id + ": " + *problem);
    auto conn = m_pool.acquire();
    db::Transaction tx(*conn, db::Tx::Write);
    auto rows = conn->query("UPDATE organizations SET catalog_version = catalog_version + $2 WHERE id = $1 "
                            "RETURNING catalog_version",
                            {org, std::int64_t(items.size())});
    if (rows.empty())
        throw db::Error("unknown organization " + org, false);
    std::int64_t version = rows[0].integer(0) - std::int64_t(items.size());
    if (conn->backend() == db::Backend::Postgres) {
        // Two statements per chunk instead of two per item (a 10^6-product import in minutes, not hours).
        // ON CONFLICT DO UPDATE may touch a row only once per statement, so repeats keep the last one.
        std::map<std::pair<std::string, std::string>, std::size_t> last;
        for (std::size_t i = 0; i < items.size(); ++i)
            last[{items[i].entity, items[i].id}] = i;
        db::PgArray cVersion, cEntity, cId, cData, iVersion, iEntity, iId, iData, iText, iSort, iParent;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const std::int64_t v = version + std::int64_t(i) + 1;
            const std::string data = json::serialize(items[i].data);
            cVersion.add(v);
            cEntity.add(std::string_view(items[i].entity));
            cId.add(std::string_view(items[i].id));
            cData.add(std::string_view(data));
            if (last[{items[i].entity, items[i].id}] == i) {
                iVersion.add(v);
                iEntity.add(std::string_view(items[i].entity));
                iId.add(std::string_view(items[i].id));
                iData.add(std::string_view(data));
                const search::Keys keys = search::keysOf(items[i].data);
                iText.add(std::string_view(keys.text));
                iSort.add(std::string_view(keys.sortName));
                iParent.add(std::string_view(keys.parentId));
            }
        }
        conn->query(
            "INSERT INTO catalog_items (organization_id, entity, id, version, deleted, data, search_text, "
            "sort_name, parent_id) SELECT $1, e, i, v, 0, d::jsonb, st, sn, NULLIF(pa, '') FROM "
            "unnest($2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) "
            "AS t(v, e, i, d, st, sn, pa) ON CONFLICT (organization_id, entity, id) DO UPDATE "
            "SET version = excluded.version, deleted = 0, data = excluded.data, search_text = "
            "excluded.search_text, sort_name = excluded.sort_name, parent_id = excluded.parent_id",
            {org, iVersion.str(), iEntity.str(), iId.str(), iData.str(), iText.str(), iSort.str(),
             iParent.str()});
        conn->query(
            "INSERT INTO catalog_changes (organization_id, version, entity, entity_id, op, data) "
            "SELECT $1, v, e, i, 'upsert', d::jsonb FROM unnest($2::bigint[], $3::text[], $4::text[], "
            "$5::text[]) AS t(v, e, i, d)",
            {org, cVersion.str(), cEntity.str(), cId.str(), cData.str()});
        tx.commit();
        return version + std::int64_t(items.size());
    }
    for (const auto &item : items) {
        ++version;
        const std::string data = json::serialize(item.data);
        const search::Keys keys = search::keysOf(item.data);
        conn->query(
            "INSERT INTO catalog_items (organization_id, entity, id, version, deleted, data, "
            "search_text, sort_name, parent_id) VALUES ($1, $2, $3, $4, 0, $5, $6, $7, NULLIF($8, '')) "
            "ON CONFLICT (organization_id, entity, id) DO UPDATE SET version = excluded.version, "
            "deleted = 0, data = excluded.data, search_text = excluded.search_text, sort_name = "
            "excluded.sort_name, parent_id = excluded.parent_id",
            {org, item.entity, item.id, version, data, keys.text, keys.sortName, keys.parentId});
        conn->query("INSERT INTO catalog_changes (organization_id, version, entity, entity_id, op, data) "
                    "VALUES ($1, $2, $3, $4, 'upsert', $5)",
                    {org, version, item.entity, item.id, data});
    }
    tx.commit();
    return version;
}

void Store::analyzeCatalog()
{
    auto conn = m_pool.acquire();
    if (conn->backend() == db::Backend::Postgres)
        conn->script("ANALYZE catalog_items; ANALYZE catalog_changes");
}

std::int64_t Store::deleteItem(const std::string &org, const std::string &entity, const std::string &id)
{
    auto conn = m_pool.acquire();
    db::Transaction tx(*conn, db::Tx::Write);
    auto exists = conn->query("SELECT version FROM catalog_items WHERE organization_id = $1 AND entity = $2 "
                              "AND id = $3 AND deleted = 0",
                              {org, entity, id});
    if (exists.empty())
        return 0;
    auto rows = conn->query("UPDATE organizations SET catalog_version = catalog_version + 1 WHERE id = $1 "
                            "RETURNING catalog_version",
                            {org});
    const std::int64_t version = rows.at(0).integer(0);
    // The row stays as a tombstone so a snapshot skips it and compaction can find it.
    conn->query("UPDATE catalog_items SET deleted = 1, version = $4, data = NULL WHERE organization_id = $1 "
                "AND entity = $2 AND id = $3",
                {org, entity, id, version});
    conn->query("INSERT INTO catalog_changes (organization_id, version, entity, entity_id, op, data) "
                "VALUES ($1, $2, $3, $4, 'delete', NULL)",
                {org, version, entity, id});
    tx.commit();
    return version;
}

bool Store::revokeDevice(const std::string &org, const std::string &device)
{
    auto conn = m_pool.acquire();
    db::Transaction tx(*conn, db::Tx::Write);
    auto rows = conn->query("UPDATE devices SET revoked_at = $3 WHERE organization_id = $1 AND id = $2 "
                            "AND revoked_at IS NULL RETURNING id",
                            {org, device, nowMs()});
    tx.commit();
    return !rows.empty();
}

bool Store::requireResync(const std::string &org, const std::string &device)
{
    auto conn = m_pool.acquire();
    db::Transaction tx(*conn, db::Tx::Write);
    auto rows = conn->query("UPDATE devices SET must_resync = 1 WHERE organization_id = $1 AND id = $2 "
                            "AND revoked_at IS NULL RETURNING id",
                            {org, device});
    tx.commit();
    return !rows.empty();
}

std::int64_t Store::compact(const std::string &org)
{
    // Dropping the log and the tombstones invalidates every outstanding cursor: a new epoch makes
    // them answer 410 MUST_RESYNC instead of silently missing deletes.
    auto conn = m_pool.acquire();
    db::Transaction tx(*conn, db::Tx::Write);
    auto rows = conn->query("UPDATE organizations SET catalog_epoch = catalog_epoch + 1 WHERE id = $1 "
                            "RETURNING catalog_epoch",
                            {org});
    if (rows.empty())
        throw db::Error("unknown organization " + org, false);
    conn->query("DELETE FROM catalog_changes WHERE organization_id = $1", {org});
    conn->query("DELETE FROM catalog_items WHERE organization_id = $1 AND deleted = 1", {org});
    tx.commit();
    return rows[0].integer(0);
}

json::Value Store::list(const std::string &what, const std::string &org)
{
    auto conn = m_pool.acquire();
    json::Array out;
    auto addRows = [&](const db::Rows &rows, std::initializer_list<const char *> names) {
        for (const auto &r : rows) {
            json::Value v;
            std::size_t i = 0;
            for (const char *name : names) {
                v.set(name, r.isNull(i) ? json::Value() : json::Value(r.text(i)));
                ++i;
            }
            out.push_back(std::move(v));
        }
    };
    if (what == "orgs") {
        addRows(conn->query("SELECT id, name, inn FROM organizations ORDER BY created_at, id"),
                {"id", "name", "inn"});
    } else if (what == "pos") {
        addRows(conn->query("SELECT id, name, address FROM points_of_sale WHERE organization_id = $1 "
                            "ORDER BY created_at, id",
                            {org}),
                {"id", "name", "address"});
    } else if (what == "workplaces") {
        addRows(conn->query("SELECT id, point_of_sale_id, name FROM workplaces WHERE organization_id = $1 "
                            "ORDER BY created_at, id",
                            {org}),
                {"id", "point_of_sale_id", "name"});
    } else if (what == "devices") {
        addRows(
            conn->query("SELECT id, workplace_id, install_id, activated_at, revoked_at, last_seen_at, "
                        "outbox_pending FROM devices WHERE organization_id = $1 ORDER BY activated_at, id",
                        {org}),
            {"id", "workplace_id", "install_id", "activated_at", "revoked_at", "last_seen_at",
             "outbox_pending"});
    } else if (what == "employees" || isCatalogEntity(what)) {
        const std::string entity = what == "employees" ? "employee" : what;
        for (const auto &r :
             conn->query("SELECT id, version, data FROM catalog_items WHERE organization_id = $1 "
                         "AND entity = $2 AND deleted = 0 ORDER BY version",
                         {org, entity})) {
            json::Value v;
            v.set("id", r.text(0));
            v.set("version", r.integer(1));
            v.set("data", json::tryParse(r.textOr(2, "null")).value_or(json::Value()));
            out.push_back(std::move(v));
        }
    } else if (what == "documents") {
        addRows(conn->query("SELECT uuid, type, server_seq, device_id, payload_sha256 FROM documents "
                            "WHERE organization_id = $1 ORDER BY server_seq",
                            {org}),
                {"uuid", "type", "server_seq", "device_id", "payload_sha256"});
    } else if (what == "conflicts") {
        addRows(conn->query("SELECT uuid, device_id, payload_sha256, received_at FROM document_conflicts "
                            "WHERE organization_id = $1 ORDER BY received_at",
                            {org}),
                {"uuid", "device_id", "payload_sha256", "received_at"});
    } else {
        throw db::Error("cannot list '" + what + "'", false);
    }
    return out;
}

json::Value Store::rebuildReports(const std::string &org)
{
    auto conn = m_pool.acquire();
    return reports::rebuildReports(*conn, org);
}

json::Value Store::stats(const std::string &org)
{
    auto conn = m_pool.acquire();
    db::Transaction tx(*conn, db::Tx::Snapshot);
    auto count = [&](const char *sql) { return conn->query(sql, {org}).at(0).integer(0); };
    json::Value out;
    out.set("documents", count("SELECT count(*) FROM documents WHERE organization_id = $1"));
    out.set("distinct_documents",
            count("SELECT count(DISTINCT uuid) FROM documents WHERE organization_id = $1"));
    out.set("document_keys", count("SELECT count(*) FROM document_keys WHERE organization_id = $1"));
    out.set("conflicts", count("SELECT count(*) FROM document_conflicts WHERE organization_id = $1"));
    out.set("catalog_items",
            count("SELECT count(*) FROM catalog_items WHERE organization_id = $1 AND deleted = 0"));
    auto org_row =
        conn->query("SELECT catalog_version, catalog_epoch FROM organizations WHERE id = $1", {org});
    if (!org_row.empty()) {
        out.set("catalog_version", org_row[0].integer(0));
        out.set("catalog_epoch", org_row[0].integer(1));
    }
    tx.commit();
    return out;
}

json::Value Store::gaps(const std::string &org)
{
    auto conn = m_pool.acquire();
    db::Transaction tx(*conn, db::Tx::Snapshot);
    json::Array out;
    auto collect = [&](const char *kind, const db::Rows &rows) {
        for (const auto &r : rows) {
            json::Value g;
            g.set("kind", kind);
            g.set("source", r.text(0));
            g.set("after", r.integer(1));
            g.set("before", r.integer(2));
            // Numbers are bounded when pushed (x - 1 > prev cannot overflow either, as x > prev); any older
            // stored ones saturate here instead of overflowing.
            std::int64_t missing = 0;
            if (__builtin_sub_overflow(r.integer(2), r.integer(1), &missing))
                missing = INT64_MAX;
            g.set("missing", missing - 1);
            out.push_back(std::move(g));
        }
    };
    // Window functions run on both backends (SQLite >= 3.25); the indexes make each partition a scan
    // in order. Numbers seen twice (a duplicate is impossible, a re-numbered device is not) are no gap.
    collect("device_seq",
            conn->query("SELECT device_id, prev, device_seq FROM (SELECT device_id, device_seq, "
                        "LAG(device_seq) OVER (PARTITION BY device_id ORDER BY device_seq) AS prev "
                        "FROM documents WHERE organization_id = $1 AND device_seq IS NOT NULL) t "
                        "WHERE prev IS NOT NULL AND device_seq - 1 > prev ORDER BY device_id, device_seq",
                        {org}));
    collect("fd",
            conn->query(
                "SELECT fn, prev, fd FROM (SELECT fn, fd, LAG(fd) OVER (PARTITION BY fn ORDER BY fd) "
                "AS prev FROM documents WHERE organization_id = $1 AND fn IS NOT NULL AND fd IS NOT NULL) t "
                "WHERE prev IS NOT NULL AND fd - 1 > prev ORDER BY fn, fd",
                {org}));
    tx.commit();
    return out;
}

} // namespace cabinet
