#pragma once

// The owner's rules for manual discounts: item and receipt discounts switched on at all, and the
// largest discount each role may give. Kept in the settings table; the one reader and writer of those
// keys, used by OrganisationService (the settings screen, with its permission check) and by the cloud
// applier (the cabinet's per-point settings, app/cloud/appliers/discountsettingsapplier.cpp).

#include <QString>

#include <array>

#include "app/staff/permissions.h"

namespace app {

class Database;

struct DiscountSettings
{
    static constexpr int DefaultPercent = 50;

    bool itemDiscounts = true;
    bool receiptDiscounts = true;
    // Per role (index: Role), in whole percents of the line or receipt amount, 0..100.
    std::array<int, RoleCount> maxPercent{DefaultPercent, DefaultPercent, DefaultPercent, DefaultPercent,
                                          DefaultPercent};

    int capFor(Role role) const { return maxPercent[size_t(role)]; }
    void setCap(Role role, int percent) { maxPercent[size_t(role)] = percent; }
    void capEveryRole(int percent) { maxPercent.fill(percent); }
};

namespace DiscountSettingsStore {
DiscountSettings load(Database &db);
// Writes every key; the caller holds the transaction. False: the database refused.
bool save(Database &db, const DiscountSettings &settings);
// Empty when fine; otherwise what is wrong, translated.
QString validate(const DiscountSettings &settings);
} // namespace DiscountSettingsStore

} // namespace app
