#pragma once

// Hashing and randomness from libsodium: tokens and activation codes are stored only as SHA-256.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cabinet::crypto {

// Must run once before any other call (libsodium's own init is idempotent and thread-safe).
bool init();

std::string sha256Hex(std::string_view data);
bool isSha256Hex(std::string_view s);

// 32 random bytes, base64url without padding: the opaque device token (256 bits).
std::string newToken();
// A random UUIDv4 in canonical lowercase form.
std::string newUuid();
bool isUuid(std::string_view s);
// `digits` uniformly random decimal digits (leading zeros kept): the activation code.
std::string randomDigits(int digits);

std::string base64urlEncode(std::string_view bytes);
std::optional<std::string> base64urlDecode(std::string_view text);

} // namespace cabinet::crypto
