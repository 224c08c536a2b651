#include "app/staff/permissions.h"

#include "app/core/tr.h"

namespace app {
namespace {

using P = Permission;

// One row per role; the test walks every cell against this same intent written out by hand.
bool matrix(Role role, Permission p)
{
    switch (role) {
    case Role::Owner:
    case Role::Admin:
        return true; // "admin cannot remove the owner" is a rule of StaffService, not of the matrix
    case Role::Manager:
        return p != P::ManageStaff && p != P::ManageDevices && p != P::ManageSettings;
    case Role::Cashier:
        return p == P::Sell || p == P::ViewCatalog || p == P::CashIn || p == P::OpenCloseShift;
    case Role::Guest:
        return p == P::ViewCatalog || p == P::ViewReports;
    }
    return false;
}

} // namespace

bool roleHas(Role role, Permission permission)
{
    return matrix(role, permission);
}

bool roleFromInt(int value, Role &out)
{
    if (value < 0 || value >= RoleCount)
        return false;
    out = Role(value);
    return true;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Owner:
        return Tr::tr("Owner");
    case Role::Admin:
        return Tr::tr("Administrator");
    case Role::Manager:
        return Tr::tr("Manager");
    case Role::Cashier:
        return Tr::tr("Cashier");
    case Role::Guest:
        return Tr::tr("Guest");
    }
    return {};
}

QString permissionName(Permission permission)
{
    switch (permission) {
    case P::Sell:
        return Tr::tr("sell");
    case P::ViewCatalog:
        return Tr::tr("view the catalog");
    case P::EditCatalog:
        return Tr::tr("edit the catalog");
    case P::ImportCatalog:
        return Tr::tr("import the catalog");
    case P::Returns:
        return Tr::tr("accept returns");
    case P::VoidSale:
        return Tr::tr("void sales and lines");
    case P::FreePrice:
        return Tr::tr("sell at a free price");
    case P::Discounts:
        return Tr::tr("give discounts");
    case P::CashIn:
        return Tr::tr("deposit cash");
    case P::CashOut:
        return Tr::tr("withdraw cash");
    case P::OpenCloseShift:
        return Tr::tr("open and close shifts");
    case P::ViewReports:
        return Tr::tr("view reports");
    case P::Corrections:
        return Tr::tr("issue correction receipts");
    case P::ManageStaff:
        return Tr::tr("manage staff");
    case P::ManageDevices:
        return Tr::tr("manage devices");
    case P::ManageSettings:
        return Tr::tr("change the settings");
    case P::Count:
        break;
    }
    return {};
}

Result<void> AccessControl::check(const Actor &actor, Permission permission)
{
    if (roleHas(actor.role, permission))
        return {};
    return fail(Error::Code::PermissionDenied, Tr::tr("Permission denied: %1 is not allowed to %2.")
                                                   .arg(roleName(actor.role), permissionName(permission)));
}

} // namespace app
