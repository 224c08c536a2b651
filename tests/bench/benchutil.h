#pragma once

// Small helpers shared by the benchmarks: percentiles, process memory, argument parsing.

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace bench {

// VmRSS / VmHWM of this process in KiB, from /proc/self/status.
inline long procStatusKiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// Percentile of microsecond samples (nearest rank).
inline double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const std::size_t rank = std::min(samples.size() - 1, std::size_t(p / 100.0 * double(samples.size())));
    return samples[rank];
}

inline long long intArg(const QStringList &args, const QString &name, long long fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toLongLong() : fallback;
}

inline QString stringArg(const QStringList &args, const QString &name)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
}

inline void report(const char *what, const std::vector<double> &us)
{
    std::printf("%-34s n=%zu p50=%.1f us p99=%.1f us max=%.1f us\n", what, us.size(), percentile(us, 50),
                percentile(us, 99), percentile(us, 100));
}

} // namespace bench
