// Activation, bearer-token authentication, token rotation and the heartbeat.

#include <optional>

#include "cabinet/store/store.h"
#include "cabinet/util/clock.h"
#include "cabinet/util/crypto.h"

namespace cabinet {

namespace {

constexpr std::int64_t kHourMs = 3600 * 1000;

// Unknown, used and expired codes get one answer, so a guesser learns nothing about which codes exist.
ApiError invalidCode()
{
    return {401, "ACTIVATION_CODE_INVALID",
            "the activation code is unknown, used or expired; ask for a new one", false, 0};
}

// Brute force (§2): an 8-digit code is only 10^8 guesses, so failures are rate limited per address,
// and per code prefix and in total against guessers rotating addresses (issue 21 §5).
std::optional<ApiError> rateLimited(db::Connection &conn, const StoreOptions &options, const std::string &ip,
                                    const std::string &prefix, std::int64_t now)
{
    auto recent =
        conn.query("SELECT count(*), coalesce(max(at), 0), coalesce(min(at), 0) FROM activation_failures "
                   "WHERE ip = $1 AND at > $2",
                   {ip, now - kHourMs});
    const std::int64_t failures = recent[0].integer(0);
    const std::int64_t lastFailure = recent[0].integer(1);
    const std::int64_t oldestFailure = recent[0].integer(2);
    if (failures >= options.activationFailuresPerHour)
        return ApiError{429, "RATE_LIMITED", "too many failed activation attempts; try again later", true,
                        oldestFailure + kHourMs - now};
    if (failures > 0 && now - lastFailure < options.activationFailureIntervalMs)
        return ApiError{429, "RATE_LIMITED", "wait before the next activation attempt", true,
                        lastFailure + options.activationFailureIntervalMs - now};

    auto byPrefix = conn.query("SELECT count(*), coalesce(min(at), 0) FROM activation_failures "
                               "WHERE code_prefix = $1 AND at > $2",
                               {prefix, now - kHourMs});
    if (byPrefix[0].integer(0) >= options.activationFailuresPerPrefixPerHour)
        return ApiError{429, "RATE_LIMITED", "too many failed activation attempts; try again later", true,
                        byPrefix[0].integer(1) + kHourMs - now};
    auto total = conn.query("SELECT count(*), coalesce(min(at), 0) FROM activation_failures WHERE at > $1",
                            {now - kHourMs});
    if (total[0].integer(0) >= options.activationFailuresTotalPerHour)
        return ApiError{429, "RATE_LIMITED", "too many failed activation attempts; try again later", true,
                        total[0].integer(1) + kHourMs - now};
    return std::nullopt;
}

// A device still bound to the workplace that reports unsent documents: 409, they would be stranded.
std::optional<ApiError> unsentDocuments(db::Connection &conn, const std::string &org,
                                        const std::string &workplace)
{
    auto pending = conn.query("SELECT count(*) FROM devices WHERE organization_id = $1 AND workplace_id = $2 "
                              "AND revoked_at IS NULL AND outbox_pending > 0",
                              {org, workplace});
    if (pending[0].integer(0) > 0)
        return ApiError{409, "UNSENT_DOCUMENTS",
                        "the device bound to this workplace still reports unsent documents; "
                        "let it sync or ask the administrator for a forced activation code",
                        false, 0};
    return std::nullopt;
}

} // namespace

Result<json::Value> Store::activate(const ActivationRequest &request)
{
    auto conn = m_pool.acquire();
    const std::int64_t now = nowMs();
    db::Transaction tx(*conn, db::Tx::Write);
    // Counting the failures and recording one must be one step, or parallel guesses each see room for
    // one more: under PostgreSQL's READ COMMITTED they all read the same count (32 parallel guesses
    // got up to 11 through a limit of 5). SQLite's write transaction (BEGIN IMMEDIATE) already runs
    // them one at a time; on PostgreSQL this lock does, for every cabinet process on the database.
    // Activations can afford to take turns: a shop activates a till once.
    if (conn->backend() == db::Backend::Postgres)
        conn->query("SELECT pg_advisory_xact_lock(7310943)");

    const std::string prefix = request.code.substr(0, kActivationPrefixDigits);
    if (auto limited = rateLimited(*conn, m_options, request.ip, prefix, now))
        return *limited;

    auto recordFailure = [&](ApiError error) -> Result<json::Value> {
        conn->query("DELETE FROM activation_failures WHERE at <= $1", {now - kHourMs});
        conn->query("INSERT INTO activation_failures (ip, code_prefix, at) VALUES ($1, $2, $3)",
                    {request.ip, prefix, now});
        tx.commit();
        return error;
    };

    const std::string codeHash = crypto::sha256Hex(request.code);
    auto codes = conn->query("SELECT organization_id, workplace_id, expires_at, used_at, force_reactivation "
                             "FROM activation_codes WHERE code_sha256 = $1",
                             {codeHash});
    if (codes.empty())
        return recordFailure(invalidCode());
    const db::Row &code = codes[0];
    if (!code.isNull(3))
        return recordFailure(invalidCode());
    if (code.integer(2) <= now)
        return recordFailure(invalidCode());

    const std::string org = code.text(0);
    const std::string workplace = code.text(1);
    const bool force = code.integer(4) != 0;

    // Re-activation would strand documents the old device still holds (§2), unless an admin forced it.
    if (!force) {
        if (auto unsent = unsentDocuments(*conn, org, workplace))
            return *unsent;
    }

    auto used = conn->query("UPDATE activation_codes SET used_at = $2 WHERE code_sha256 = $1 AND used_at IS "
                            "NULL RETURNING code_sha256",
                            {codeHash, now});
    if (used.empty())
        return recordFailure(invalidCode());

    conn->query("UPDATE devices SET revoked_at = $3 WHERE organization_id = $1 AND workplace_id = $2 "
                "AND revoked_at IS NULL",
                {org, workplace, now});

    const std::string deviceId = crypto::newUuid();
    const std::string token = crypto::newToken();
    conn->query("INSERT INTO devices (organization_id, id, workplace_id, token_sha256, install_id, info, "
                "activated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                {org, deviceId, workplace, crypto::sha256Hex(token), request.installId,
                 json::serialize(request.info), now});
    auto pos = conn->query("SELECT point_of_sale_id FROM workplaces WHERE organization_id = $1 AND id = $2",
                           {org, workplace});
    tx.commit();

    json::Value out;
    out.set("device_id", deviceId);
    out.set("workplace_id", workplace);
    out.set("point_of_sale_id", pos.at(0).text(0));
    out.set("organization_id", org);
    out.set("device_token", token);
    out.set("server_time", isoTime(now));
    out.set("snapshot_required", true);
    return out;
}

Result<DeviceContext> Store::authenticate(const std::string &bearerToken)
{
    if (bearerToken.empty())
        return ApiError{401, "UNAUTHORIZED", "missing bearer token", false, 0};
    auto conn = m_pool.acquire();
    const std::string hash = crypto::sha256Hex(bearerToken);
    const char *const select =
        "SELECT d.organization_id, w.point_of_sale_id, d.workplace_id, d.id, d.revoked_at, d.must_resync "
        "FROM devices d JOIN workplaces w "
        "ON w.organization_id = d.organization_id AND w.id = d.workplace_id ";
    auto rows = conn->query(std::string(select) + "WHERE d.token_sha256 = $1", {hash});
    if (rows.empty()) {
        // A rotated-out token keeps working for a short grace window (§2 token:rotate).
        rows = conn->query(std::string(select) +
                               "WHERE d.prev_token_sha256 = $1 AND d.prev_token_valid_until > $2",
                           {hash, nowMs()});
        if (rows.empty())
            return ApiError{401, "TOKEN_INVALID", "unknown device token; activate the workplace", false, 0};
    }
    const db::Row &r = rows[0];
    if (!r.isNull(4))
        return ApiError{401, "TOKEN_REVOKED",
                        "the device token has been revoked; activate the workplace again", false, 0};
    return DeviceContext{r.text(0), r.text(1), r.text(2), r.text(3), r.integer(5) != 0};
}

Result<json::Value> Store::rotateToken(const DeviceContext &device, const std::string &bearerToken)
{
    auto conn = m_pool.acquire();
    const std::int64_t now = nowMs();
    const std::string token = crypto::newToken();
    db::Transaction tx(*conn, db::Tx::Write);
    // Only the current token may rotate; a grace-window token cannot chain rotations.
    auto rows =
        conn->query("UPDATE devices SET prev_token_sha256 = token_sha256, prev_token_valid_until = $4, "
                    "token_sha256 = $5 WHERE organization_id = $1 AND id = $2 AND token_sha256 = $3 "
                    "AND revoked_at IS NULL RETURNING id",
                    {device.organizationId, device.deviceId, crypto::sha256Hex(bearerToken),
                     now + m_options.tokenRotationGraceMs, crypto::sha256Hex(token)});
    if (rows.empty())
        return ApiError{403, "FORBIDDEN", "only the current token can be rotated", false, 0};
    tx.commit();
    json::Value out;
    out.set("device_token", token);
    out.set("previous_token_valid_until", isoTime(now + m_options.tokenRotationGraceMs));
    out.set("server_time", isoTime(now));
    return out;
}

Result<json::Value> Store::heartbeat(const DeviceContext &device, const json::Value &status)
{
    std::int64_t pending = 0;
    if (const json::Value *outbox = status.find("outbox"))
        if (const json::Value *p = outbox->find("pending"); p && p->asInt64())
            pending = *p->asInt64();
    auto conn = m_pool.acquire();
    const std::int64_t now = nowMs();
    db::Transaction tx(*conn, db::Tx::Write);
    auto rows = conn->query("UPDATE devices SET last_seen_at = $3, status = $4, outbox_pending = $5 "
                            "WHERE organization_id = $1 AND id = $2 RETURNING must_resync",
                            {device.organizationId, device.deviceId, now, json::serialize(status), pending});
    tx.commit();
    json::Value out;
    out.set("server_time", isoTime(now));
    out.set("min_app_version", m_options.minAppVersion);
    out.set("must_resync", !rows.empty() && rows[0].integer(0) != 0);
    return out;
}

} // namespace cabinet
