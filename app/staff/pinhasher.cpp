#include "app/staff/pinhasher.h"

#include <sodium.h>

namespace app::PinHasher {
namespace {

bool initialised()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace

bool isWellFormed(const QString &pin)
{
    if (pin.size() != 6)
        return false;
    for (const QChar c : pin) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    }
    return true;
}

QByteArray hash(const QString &pin, Cost cost)
{
    if (!initialised())
        return {};
    const QByteArray utf8 = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), cost.ops,
                              cost.memory, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QByteArray(out);
}

bool verify(const QByteArray &hash, const QString &pin)
{
    if (!initialised() || hash.isEmpty())
        return false;
    const QByteArray utf8 = pin.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

} // namespace app::PinHasher
