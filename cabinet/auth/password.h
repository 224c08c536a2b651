#pragma once

// Owner passwords as Argon2id through libsodium's crypto_pwhash_str (the PINs use the same), with
// the interactive limits so a login costs tens of milliseconds, not seconds.

#include <string>
#include <string_view>

namespace cabinet::auth {

// Throws std::runtime_error when libsodium runs out of memory.
std::string hashPassword(std::string_view password);
bool verifyPassword(const std::string &hash, std::string_view password);

// 10..200 characters; the Russian reason otherwise, empty when acceptable.
std::string passwordProblem(std::string_view password);

} // namespace cabinet::auth
