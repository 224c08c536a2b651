#pragma once

#include <array>

namespace cabinet::owner {

// The till roles the cabinet gives employees (GET /staff/roles, `till`), with their Russian names:
// one list for the staff, payment-method and discount settings. The till's own owner account is not
// among them. What each role may do is app/staff/permissions.cpp's rule.
struct TillRole
{
    const char *id, *title;
};
inline constexpr std::array<TillRole, 3> kTillRoles{
    {{"cashier", "Кассир"}, {"senior_cashier", "Старший кассир"}, {"administrator", "Администратор"}}};

} // namespace cabinet::owner
