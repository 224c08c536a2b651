#include "cabinet/auth/password.h"

#include <sodium.h>

#include <stdexcept>

namespace cabinet::auth {

std::string hashPassword(std::string_view password)
{
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw std::runtime_error("crypto_pwhash_str: out of memory");
    return out;
}

bool verifyPassword(const std::string &hash, std::string_view password)
{
    if (hash.empty())
        return false; // invited, no password set yet
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string passwordProblem(std::string_view password)
{
    std::size_t chars = 0; // UTF-8 code points: a Russian letter is one character, two bytes
    for (unsigned char ch : password)
        chars += (ch & 0xC0) != 0x80;
    if (chars < 10)
        return "Пароль должен быть не короче 10 символов";
    if (chars > 200)
        return "Пароль должен быть не длиннее 200 символов";
    return {};
}

} // namespace cabinet::auth
