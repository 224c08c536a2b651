#pragma once

// The owner's reads (issue 14 §4): every function takes the caller's Scope and returns the JSON the
// owner API sends (cabinet/api/openapi.yaml). Dashboards and sales read daily_rollups; journals read
// receipts and cash_documents through their (organization, time) indexes; nothing scans documents.

#include "cabinet/json/json.h"
#include "cabinet/reports/scope.h"

#include <cstdint>
#include <optional>
#include <string>

namespace cabinet::reports {

struct AlertSettings
{
    std::int64_t tillSilentMs = 60 * 60 * 1000;   // no heartbeat for an hour
    std::int64_t ofdBacklogMs = 3 * 86400 * 1000; // oldest unsent document older than three days
    std::int64_t shiftMaxMs = 24 * 3600 * 1000;   // 54-FZ: a shift lasts at most 24 hours
    std::int64_t fnCapacityDocuments = 250000;    // a drive's document budget for the filling forecast
};

// Today (the local day `today`) and the period: gross, returns, net, receipts, average; by payment
// method, point of sale, day and hour; the last documents; alerts.
json::Value dashboard(db::Connection &c, const Scope &scope, const Period &period, const std::string &today,
                      std::int64_t nowMs, const AlertSettings &alerts = {});

// Sales grouped `by` day | point_of_sale | workplace | cashier | hour | product | payment | vat;
// nullopt for an unknown grouping.
std::optional<json::Value> sales(db::Connection &c, const Scope &scope, const Period &period,
                                 const std::string &by);
// Adds "name" to each group of a point_of_sale, workplace, cashier or product grouping (empty when the
// key has no name: a v1 till's local id, a deleted entity).
void nameGroups(db::Connection &c, const Scope &scope, const std::string &by, json::Value &groups);

struct DocumentFilter
{
    Period period;
    std::string pointOfSaleId, workplaceId, cashierId, shiftUuid, type, payment, fn, fp;
    std::optional<std::int64_t> amountMin, amountMax, number, fd;
    std::string sort = "at"; // at | total | number
    bool descending = true;
    int limit = 50; // 1..500
    std::int64_t offset = 0;
};

// One page of the journal (sales, returns, corrections, cash in and out): {items, has_more}.
// Returns nullopt when a filter value is malformed (the API answers 400).
std::optional<json::Value> documents(db::Connection &c, const Scope &scope, const DocumentFilter &filter);

// One document in full: lines, payments, VAT, fiscal data, marking codes, buyer contact, till,
// cashier; nullopt when it does not exist in the caller's scope.
std::optional<json::Value> document(db::Connection &c, const Scope &scope, const std::string &uuid);

// Shifts opened in the period, newest first, with the cabinet's totals and the till's X/Z totals.
json::Value shifts(db::Connection &c, const Scope &scope, const Period &period, int limit,
                   std::int64_t offset);

// Every till (device) in scope: heartbeat, online, shift, registrar card, FN, OFD backlog, forecast.
json::Value tills(db::Connection &c, const Scope &scope, std::int64_t nowMs,
                  const AlertSettings &settings = {});

// The documents the cabinet rejected from the tills in scope (cabinet/store/quarantine.h), newest
// first: {items, has_more}, without their bodies.
json::Value quarantine(db::Connection &c, const Scope &scope, int limit, std::int64_t offset);
// One of them with its body as sent (cut to 16 KiB); nullopt when it is not in the caller's scope.
std::optional<json::Value> quarantined(db::Connection &c, const Scope &scope, const std::string &id);
std::int64_t quarantineCount(db::Connection &c, const Scope &scope);

// FN expiring or filling, OFD backlog, shifts over 24 h, silent tills, quarantined documents,
// documents the cabinet rejected.
json::Value alerts(db::Connection &c, const Scope &scope, std::int64_t nowMs,
                   const AlertSettings &settings = {});

} // namespace cabinet::reports
