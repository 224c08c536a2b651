#pragma once

// 6-digit PINs as Argon2id hashes (libsodium crypto_pwhash_str: random salt and the cost
// parameters are inside the string). A PIN has only 10^6 values, so the hash must be slow:
// the costs below make one verify take ~50-150 ms on a 2-core till (measured: see
// tests/bench/bench_pin), and the lockout caps online guessing.

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace app {

namespace PinHasher {

// Measured on the 2-core build machine: ops 2 / 64 MiB ≈ 96 ms per verify (ops 3 / 64 MiB ≈ 121 ms,
// ops 2 / 32 MiB ≈ 44 ms). Verify reads the costs back from the stored string, so raising them
// later only affects new hashes.
struct Cost
{
    unsigned long long ops = 2;
    std::size_t memory = 64u * 1024u * 1024u;
};
inline constexpr Cost Production{};
// Only for unit tests that create dozens of employees; never used by the product.
inline constexpr Cost FastForTests{1, 8192};

bool isWellFormed(const QString &pin);                       // exactly six ASCII digits
QByteArray hash(const QString &pin, Cost cost = Production); // empty on failure (out of memory)
bool verify(const QByteArray &hash, const QString &pin);

} // namespace PinHasher

} // namespace app
