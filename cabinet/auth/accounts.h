#pragma once

// Owner accounts and their sessions (issue 14 §3; openapi.yaml /auth). Secrets (session ids, e-mailed
// tokens) leave here once and are stored only as SHA-256. Every call takes the caller's clock.

#include "cabinet/db/connection.h"
#include "cabinet/reports/scope.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cabinet::auth {

inline constexpr std::int64_t kSessionMs = 12 * 3600 * 1000; // a working day
inline constexpr std::int64_t kTokenMs = 3600 * 1000;        // reset and confirmation links
inline constexpr std::int64_t kFailureWindowMs = 15 * 60 * 1000;
inline constexpr int kAccountFailures = 5; // then the account is locked for the rest of the window
inline constexpr int kIpFailures = 30;     // then the address is throttled

enum class Role { Owner, Admin, Manager, Accountant };
std::optional<Role> roleFromString(const std::string &s);
std::string roleName(Role r);

// What a role may change; every role reads reports.
enum class Area { Catalog, Staff, Structure, Settings, Users };
bool mayWrite(Role role, Area area);

struct User
{
    std::string id, organizationId, email, name;
    Role role = Role::Accountant;
    bool allPointsOfSale = true;
    std::vector<std::string> pointsOfSale;
    bool confirmed = false;
    reports::Scope scope() const;
};

// {code, Russian message} when a call fails; code matches openapi.yaml.
struct Failure
{
    int status = 400;
    std::string code, message;
};

struct Registered
{
    std::string organizationId, userId, confirmToken;
};
struct Registration
{
    std::string organizationName, inn, email, password, name;
};
std::optional<Failure> registerOwner(db::Connection &c, const Registration &r, std::int64_t nowMs,
                                     Registered &out);
std::optional<Failure> confirmEmail(db::Connection &c, const std::string &token, std::int64_t nowMs);

struct LoginResult
{
    std::string sessionToken, csrfToken;
    std::int64_t expiresAtMs = 0;
    std::int64_t retryAfterS = 0; // with a 429 failure
};
std::optional<Failure> login(db::Connection &c, const std::string &email, const std::string &password,
                             const std::string &ip, std::int64_t nowMs, LoginResult &out);

struct Session
{
    User user;
    std::string csrfToken;
    std::int64_t expiresAtMs = 0;
};
// The live session for the cookie's value; nullopt when unknown or expired.
std::optional<Session> session(db::Connection &c, const std::string &token, std::int64_t nowMs);
void logout(db::Connection &c, const std::string &token);

// A reset link token when the address is known (the caller mails it), nullopt otherwise.
std::optional<std::string> requestReset(db::Connection &c, const std::string &email, std::int64_t nowMs);
// Sets the password from a reset or invitation token and ends every session of the user.
std::optional<Failure> resetPassword(db::Connection &c, const std::string &token,
                                     const std::string &newPassword, std::int64_t nowMs);

// A one-time link token (reset, confirm, invite) for the user, valid kTokenMs; only its hash is kept.
std::string issueToken(db::Connection &c, const std::string &userId, const std::string &purpose,
                       std::int64_t nowMs);

std::optional<User> userById(db::Connection &c, const std::string &id);
// Addresses are kept in lower case; a plausible one has a local part, an @ and a dotted domain.
std::string normalEmail(std::string e);
bool plausibleEmail(const std::string &e);
// INN: 10 or 12 digits with valid check digits (FNS algorithm).
bool validInn(const std::string &inn);

} // namespace cabinet::auth
