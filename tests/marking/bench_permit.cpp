// The permissive check's own time (issue 18): scan → verdict through PermitChecker (register
// lookup, the client on its thread, HTTP to the fake process on loopback, ban rules), sequential,
// p50/p99/max. Not a test: speed figures go in the issue note with `uptime`.
//
//   build/bench/bench_permit [--runs 500] [--path tspiot|online|lm]
//
// tspiot: the fake ТС ПИоТ. online: the legacy path, True API site and ЛМ ЧЗ asked in parallel (the
// fake Честный знак), the site's answer decides. lm: the legacy path with both sites down, the ЛМ decides.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "app/marking/permitchecker.h"
#include "app/marking/permitsettings.h"
#include "app/storage/database.h"
#include "tests/marking/tspiotprocess.h"

using namespace app;

namespace {

// The fake Честный знак, its health checks in, and the checker switched to the legacy path.
bool useLegacy(PermitChecker &checker, TsPiotProcess &chz, bool sitesDown)
{
    if (!chz.start({}, QStringLiteral(PRILAVOK_CHZ_EMULATOR)))
        return false;
    LegacySettings l;
    l.cdnUrl = chz.url();
    l.apiKey = QStringLiteral("chz-token");
    const int lmPort = chz.get(QStringLiteral("/_ctl/ports")).object().value(QStringLiteral("lm")).toInt();
    l.lmUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(lmPort));
    l.lmLogin = QStringLiteral("admin");
    l.lmPassword = QStringLiteral("admin");
    l.fnSerial = QStringLiteral("9999078900000001");
    checker.setLegacy(l);
    checker.setMode(PermitMode::Legacy);
    for (const char *site : {"site0", "site1"})
        if (sitesDown &&
            !chz.post(QStringLiteral("/_ctl/fault"), {{QStringLiteral("target"), QString::fromLatin1(site)},
                                                      {QStringLiteral("mode"), QStringLiteral("down")}}))
            return false;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication qapp(argc, argv);
    int runs = 500;
    QString path = QStringLiteral("tspiot");
    const QStringList args = qapp.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i >= 0 && i + 1 < args.size())
        runs = args.at(i + 1).toInt();
    if (const qsizetype i = args.indexOf(QStringLiteral("--path")); i >= 0 && i + 1 < args.size())
        path = args.at(i + 1);
    QTemporaryDir dir;
    Database db;
    if (!db.open(dir.filePath(QStringLiteral("bench.sqlite"))).ok())
        return 1;
    TsPiotProcess piot;
    if (!piot.start())
        return 1;
    TsPiotSettings s;
    s.url = piot.url();
    s.clientId = QStringLiteral("bench");
    PermitChecker checker(db, s);
    TsPiotProcess chz;
    if (path != QLatin1String("tspiot") && !useLegacy(checker, chz, path == QLatin1String("lm")))
        return 1;

    std::vector<double> registerMs, totalMs;
    int allowed = 0;
    for (int i = 0; i < runs; ++i) {
        const QString code = QStringLiteral("0104600000000010215b%1").arg(i, 4, 10, QLatin1Char('0')) +
                             QChar(0x1D) + QStringLiteral("93Ab1+");
        QElapsedTimer t;
        t.start();
        (void)checker.localRefusal(code, 0);
        registerMs.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        bool done = false;
        const int id = checker.check({code, QStringLiteral("04600000000010"), 8990, 0});
        auto c =
            QObject::connect(&checker, &PermitChecker::checked, [&](int requestId, const PermitVerdict &v) {
                if (requestId == id) {
                    done = true;
                    allowed += v.kind == PermitVerdict::Kind::Allow;
                }
            });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QObject::disconnect(c);
        totalMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    auto report = [](const char *what, std::vector<double> v) {
        std::sort(v.begin(), v.end());
        auto at = [&](double q) { return v[std::min(v.size() - 1, std::size_t(q * double(v.size())))]; };
        std::printf("%-34s n=%zu p50 %.3f ms  p99 %.3f ms  max %.3f ms\n", what, v.size(), at(0.5), at(0.99),
                    v.back());
    };
    report("sold-code register lookup", registerMs);
    report(qPrintable(QStringLiteral("scan -> verdict, path ") + path), totalMs);
    std::printf("allowed %d of %d\n", allowed, runs);
    return allowed == runs ? 0 : 1;
}
