// One Argon2id PIN verify at the production cost.
//   bench_pin [--runs N]
#include <QElapsedTimer>

#include "app/staff/pinhasher.h"
#include "benchutil.h"

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = int(bench::intArg(app.arguments(), QStringLiteral("--runs"), 10));
    const QByteArray hash = app::PinHasher::hash(QStringLiteral("123456"));
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!app::PinHasher::verify(hash, QStringLiteral("123456")))
            return 1;
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("argon2id verify (ops %llu, mem %zu MiB): runs=%d p50=%.1f ms max=%.1f ms\n",
                app::PinHasher::Production.ops, app::PinHasher::Production.memory >> 20, runs,
                bench::percentile(ms, 50), bench::percentile(ms, 100));
    return 0;
}
