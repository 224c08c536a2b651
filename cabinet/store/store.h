#pragma once

// The cabinet's domain operations, written once over db::Connection so SQLite and PostgreSQL run the
// same logic. Every device-facing call takes a DeviceContext resolved from the bearer token, and
// every query filters by its organization_id: a device never names another shop's rows.

#include "cabinet/db/pool.h"
#include "cabinet/json/json.h"
#include "cabinet/store/apierror.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cabinet {

inline constexpr std::size_t kActivationPrefixDigits = 4;

struct StoreOptions
{
    // Brute-force limits for activation (§2, after МойСклад): at most one failure per interval and
    // `failuresPerHour` failures per hour from one address. Guessers rotating addresses meet the
    // per-code-prefix (the first kActivationPrefixDigits digits) and total limits (issue 21 §5). All
    // are counted in the database, so every cabinet process on one PostgreSQL shares them.
    std::int64_t activationFailureIntervalMs = 5000;
    int activationFailuresPerHour = 30;
    int activationFailuresPerPrefixPerHour = 30;
    int activationFailuresTotalPerHour = 1000;
    std::int64_t tokenRotationGraceMs = 10 * 60 * 1000;
    std::string minAppVersion = "0.1.0";
};

struct DeviceContext
{
    std::string organizationId;
    std::string pointOfSaleId;
    std::string workplaceId;
    std::string deviceId;
    bool mustResync = false; // set by the cabinet; cleared when the device starts a new snapshot
};

struct ActivationRequest
{
    std::string code;
    std::string ip;
    std::string installId;
    json::Value info; // device and kkt objects as sent
};

// A document that passed validation in the API layer.
struct IncomingDocument
{
    std::string uuid; // lowercase canonical
    std::string type;
    std::optional<std::int64_t> deviceSeq;
    std::optional<std::string> shiftUuid;
    std::optional<std::string> employeeId;
    std::optional<std::string> createdAtDevice;
    std::optional<std::int64_t> fd;
    std::optional<std::string> fn;
    std::string fiscalJson; // empty when null
    std::string payloadJson;
    std::string payloadSha256;
};

struct PushItem
{
    std::string uuid;
    std::optional<IncomingDocument> document; // nullopt: rejected with `rejection`
    std::string rejection;
    // A rejected document as the quarantine keeps it (cabinet/store/quarantine.h): the reason's
    // code, its type as sent and its body, both already made storable and cut to size.
    std::string rejectionCode;
    std::string kind;
    std::string body;
    std::int64_t bodyBytes = 0;
};

struct CatalogItem
{
    std::string entity;
    std::string id;
    json::Value data;
};

class Store
{
public:
    Store(db::Pool &pool, StoreOptions options = {});

    // Device API
    Result<json::Value> activate(const ActivationRequest &request);
    Result<DeviceContext> authenticate(const std::string &bearerToken);
    Result<json::Value> rotateToken(const DeviceContext &device, const std::string &bearerToken);
    Result<json::Value> push(const DeviceContext &device, const std::vector<PushItem> &items,
                             std::chrono::milliseconds delayBeforeCommit = {});
    // The serialized response body, built directly because pages carry stored JSON verbatim.
    Result<std::string> changes(const DeviceContext &device, const std::string &cursor, int limit);
    Result<json::Value> heartbeat(const DeviceContext &device, const json::Value &status);
    Result<json::Value> documentStatus(const DeviceContext &device, const std::string &uuid);

    // Admin (trusted; the CLI)
    std::string createOrganization(const std::string &name, const std::string &inn);
    std::string createPointOfSale(const std::string &org, const std::string &name,
                                  const std::string &address);
    std::string createWorkplace(const std::string &org, const std::string &pos, const std::string &name);
    // Returns the plain 8-digit code; only its hash is stored.
    std::string newActivationCode(const std::string &org, const std::string &workplace, std::int64_t ttlMs,
                                  bool force);
    std::int64_t putItems(const std::string &org, const std::vector<CatalogItem> &items);
    // Refreshes planner statistics after a bulk import. Without it PostgreSQL still believes the
    // catalog is empty and sorts the whole remainder for every snapshot page.
    void analyzeCatalog();
    std::int64_t deleteItem(const std::string &org, const std::string &entity, const std::string &id);
    bool revokeDevice(const std::string &org, const std::string &device);
    // Makes the device drop its catalog: cursor pulls answer 410 until it starts a new snapshot.
    bool requireResync(const std::string &org, const std::string &device);
    std::int64_t compact(const std::string &org);
    json::Value list(const std::string &what, const std::string &org);
    json::Value stats(const std::string &org);
    // Recomputes the report tables from the documents; lists the rows that changed (protocol "Reports").
    json::Value rebuildReports(const std::string &org);
    // The documents the push path rejected and kept (cabinet/store/quarantine.h), newest first.
    json::Value quarantine(const std::string &org);
    // Loss detector (§3): holes in each device's device_seq and in each fiscal drive's FD numbers.
    json::Value gaps(const std::string &org);
    bool organizationExists(const std::string &org);

    static bool isCatalogEntity(const std::string &entity);

private:
    db::Pool &m_pool;
    StoreOptions m_options;
};

} // namespace cabinet
