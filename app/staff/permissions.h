#pragma once

// Roles and the permission matrix. Services call AccessControl::check() before acting, so a
// widget that forgets to hide a button still cannot make a guest sell.

#include <QString>

#include <array>
#include <cstdint>

#include "app/core/result.h"

namespace app {

enum class Role : int { Owner = 0, Admin = 1, Manager = 2, Cashier = 3, Guest = 4 };
inline constexpr int RoleCount = 5;

enum class Permission : int {
    Sell,
    ViewCatalog,
    EditCatalog,
    ImportCatalog,
    Returns,
    VoidSale,  // cancel a sale or remove a line after it was added
    FreePrice, // sell at a price other than the catalog one
    Discounts, // item and receipt discounts
    CashIn,
    CashOut,
    OpenCloseShift,
    ViewReports,
    Corrections, // correction receipts (tags 1173/1174)
    ManageStaff,
    ManageDevices,
    ManageSettings, // organisation, receipt texts, payment methods per role
    Count
};
inline constexpr int PermissionCount = int(Permission::Count);

// Who acts: the logged-in employee. Services take it by const reference on every mutation.
struct Actor
{
    std::int64_t employeeId = 0;
    Role role = Role::Guest;
};

bool roleHas(Role role, Permission permission);
QString roleName(Role role);                   // translated
QString permissionName(Permission permission); // translated, for "not allowed to …"
bool roleFromInt(int value, Role &out);

namespace AccessControl {
// Ok, or PermissionDenied with "<role> is not allowed to <permission>".
Result<void> check(const Actor &actor, Permission permission);
} // namespace AccessControl

} // namespace app
