#pragma once

// The organisation's cabinet users as the owner manages them (openapi.yaml /staff/users, /auth/password):
// invitations by e-mail, role and points of sale, removal, and a user's own password change. The owner
// account itself is never changed or removed through these calls.

#include "cabinet/auth/accounts.h"

namespace cabinet::auth {

struct Invitation
{
    std::string email, name;
    Role role = Role::Accountant;
    bool allPointsOfSale = true;
    std::vector<std::string> pointsOfSale;
};

// The new user's id and the invitation token (the caller mails /invite?token=...).
struct Invited
{
    std::string userId, token;
};

std::vector<User> listUsers(db::Connection &c, const std::string &organizationId);
std::optional<Failure> inviteUser(db::Connection &c, const std::string &organizationId, const Invitation &in,
                                  std::int64_t nowMs, Invited &out);
// Changes the role and/or the points of sale of a user of the organisation (not the owner).
std::optional<Failure> updateUser(db::Connection &c, const std::string &organizationId,
                                  const std::string &userId, const std::optional<Role> &role,
                                  const std::optional<Invitation> &points);
std::optional<Failure> removeUser(db::Connection &c, const std::string &organizationId,
                                  const std::string &userId);
// Checks the current password, sets the new one and ends the user's other sessions.
std::optional<Failure> changePassword(db::Connection &c, const std::string &userId,
                                      const std::string &keepSessionToken, const std::string &currentPassword,
                                      const std::string &newPassword);

} // namespace cabinet::auth
