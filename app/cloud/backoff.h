#pragma once

// Retry delays of the sync client (sync-protocol §5): "full jitter" — a uniformly random delay
// between 0 and min(cap, base · 2^(failures-1)) — so a thousand tills coming back after an outage
// do not knock on the cabinet in step. A server hint (Retry-After) is a floor, never shortened.

#include <QtGlobal>

#include <algorithm>

namespace app::cloud {

// `random` is any uniformly distributed 32-bit value (QRandomGenerator in the engine, fixed in tests).
inline qint64 backoffDelayMs(int failures, qint64 baseMs, qint64 capMs, quint32 random,
                             qint64 serverHintMs = 0)
{
    if (failures <= 0)
        return std::max<qint64>(0, serverHintMs);
    const int shift = std::min(failures - 1, 30);
    const qint64 ceiling = std::min<qint64>(capMs, baseMs << shift);
    const qint64 jittered = ceiling > 0 ? qint64(random % quint64(ceiling + 1)) : 0;
    return std::max(jittered, serverHintMs);
}

} // namespace app::cloud
