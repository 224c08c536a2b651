// The parent of prilavok-marking-soak: owns the database, the registrar emulator and the fake
// ТС ПИоТ, runs the child till again and again, kills it at the steps of the pipeline, and judges.

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <map>

#include "app/demo/seeddata.h"
#include "app/storage/database.h"
#include "emulatorprocess.h"
#include "markingsoak.h"
#include "markingsoakverdict.h"
#include "tests/marking/tspiotprocess.h"

using namespace app;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString kefirGtin(Database &db)
{
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id "
                              "WHERE p.name LIKE 'Кефир%'")) &&
        q.next())
        return QStringLiteral("0") + q.value(0).toString();
    return {};
}

bool seed(const QString &dbPath, QString &gtin)
{
    Database db;
    if (!db.open(dbPath).ok() || !seedDemoData(db, PinHasher::FastForTests))
        return false;
    gtin = kefirGtin(db);
    return !gtin.isEmpty();
}

// The fake's scenarios: the refused serials get their fixture, the rest answer "ok".
bool scenarios(TsPiotProcess &piot, const QString &gtin, int pool)
{
    for (int serial = 0; serial < pool; ++serial) {
        const QString fixture = markingSoakFixture(serial);
        if (fixture != QLatin1String("ok") &&
            !piot.code(QStringLiteral("01") + gtin + QStringLiteral("21") + markingSoakSerial(serial),
                       fixture))
            return false;
    }
    return true;
}

class Runner
{
public:
    Runner(const MarkingSoakOptions &o, const QString &self)
        : m_o(o)
        , m_self(self)
        , m_rng(o.seed ^ 0x51ed2701u)
    {}

    std::map<QString, int> killsAt; // step name -> kills there
    int kills = 0;
    int steps = 0;
    int generations = 0;
    int faults = 0;

    // One child from start to exit or kill: 0 when it finished its operations.
    int generation(const QStringList &args, TsPiotProcess &piot, const QString &log)
    {
        ++generations;
        // Some generations start with the fake failing its next checks: those codes go unchecked.
        if (m_rng.bounded(100) < 30) {
            ++faults;
            piot.fault({{QStringLiteral("mode"), QStringLiteral("status")},
                        {QStringLiteral("status"), 503},
                        {QStringLiteral("count"), 2 * (1 + int(m_rng.bounded(2)))}});
        } else {
            piot.fault({{QStringLiteral("mode"), QStringLiteral("none")}});
        }
        QProcess child;
        child.setStandardErrorFile(log, QIODevice::Append);
        child.start(m_self, args);
        if (!child.waitForStarted(10000))
            return 4;
        for (;;) {
            if (!child.canReadLine() && !child.waitForReadyRead(120000)) {
                child.waitForFinished(120000);
                return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 5;
            }
            while (child.canReadLine()) {
                const QString line = QString::fromUtf8(child.readLine()).trimmed();
                if (!line.startsWith(QLatin1String("step ")))
                    continue;
                ++steps;
                if (kills < m_o.kills && m_rng.bounded(100) < 25) {
                    kill(child, line.mid(5));
                    return -1;
                }
                child.write("go\n");
            }
        }
    }

private:
    void kill(QProcess &child, const QString &at)
    {
        QString where = at;
        // After the payment the fiscal thread goes on while the main thread waits for us: a
        // delay lands the kill among FF67h (the 1260 binding), the receipt's close and its journal.
        if (at == QLatin1String("paid") && m_rng.bounded(2) == 0) {
            QThread::msleep(m_rng.bounded(400u));
            where = QStringLiteral("during-fiscalization");
        }
        child.kill();
        child.waitForFinished(10000);
        ++kills;
        ++killsAt[where];
    }

    const MarkingSoakOptions &m_o;
    QString m_self;
    QRandomGenerator m_rng;
};

} // namespace

int runMarkingSoakParent(const MarkingSoakOptions &o, const QString &self)
{
    QElapsedTimer clock;
    clock.start();
    QTemporaryDir tmp;
    const QString dir = o.directory.isEmpty() ? tmp.path() : o.directory;
    QDir().mkpath(dir);
    const QString dbPath = QDir(dir).filePath(QStringLiteral("till.sqlite"));
    QString gtin;
    if (!seed(dbPath, gtin))
        return 4;
    EmulatorProcess emu;
    TsPiotProcess piot;
    QString error;
    if (!emu.start(o.emulator, {QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:0")},
                   QDir(dir).filePath(QStringLiteral("fr.state")), &error) ||
        !piot.start({QStringLiteral("--client-token"), QStringLiteral("t0k")}) ||
        !scenarios(piot, gtin, o.pool)) {
        std::fprintf(stderr, "cannot start the emulators: %s\n", qPrintable(error));
        return 4;
    }
    say(QStringLiteral("marking soak: %1 documents, %2 kills, seed %3, pool %4, dir %5")
            .arg(o.operations)
            .arg(o.kills)
            .arg(o.seed)
            .arg(o.pool)
            .arg(dir));
    Runner runner(o, self);
    const QString log = QDir(dir).filePath(QStringLiteral("child.log"));
    int crashes = 0;
    for (int g = 0;; ++g) {
        const QStringList args{QStringLiteral("--child"),
                               QStringLiteral("--db"),
                               dbPath,
                               QStringLiteral("--device"),
                               emu.deviceUrl(),
                               QStringLiteral("--tspiot-url"),
                               piot.url().toString(),
                               QStringLiteral("--ops"),
                               QString::number(o.operations),
                               QStringLiteral("--pool"),
                               QString::number(o.pool),
                               QStringLiteral("--seed"),
                               QString::number(o.seed * 7919u + std::uint32_t(g))};
        const int rc = runner.generation(args, piot, log);
        if (rc == 0)
            break;
        if (rc > 0) {
            std::fprintf(stderr, "marking soak: the till exited with %d (see %s)\n", rc, qPrintable(log));
            if (++crashes > 3)
                return 5;
        }
    }
    Database db;
    if (!db.open(dbPath).ok())
        return 4;
    const MarkingVerdictFigures v = compareMarking(db, emu.deviceUrl());
    QStringList where;
    for (const auto &[step, n] : runner.killsAt)
        where << QStringLiteral("%1 %2").arg(step).arg(n);
    say(QStringLiteral("marking soak: steps %1, kills %2 (%3), till starts %4, fault windows %5, %6 s")
            .arg(runner.steps)
            .arg(runner.kills)
            .arg(where.join(QStringLiteral(", ")))
            .arg(runner.generations)
            .arg(runner.faults)
            .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1));
    say(QStringLiteral(
            "marking soak: FN receipts %1; sale lines with 1260 %2, unchecked %3 (%4 of them codes "
            "the fake refuses); return lines %5")
            .arg(v.receipts)
            .arg(v.checked)
            .arg(v.unchecked)
            .arg(v.uncheckedRefusable)
            .arg(v.returnLines));
    say(QStringLiteral(
            "receipts: %1 sold-twice: %2 returned-unsold: %3 refused-sold: %4 register-mismatch: %5 "
            "journal-mismatch: %6")
            .arg(v.receipts)
            .arg(v.soldTwice)
            .arg(v.returnedUnsold)
            .arg(v.refusedSold)
            .arg(v.registerMismatch)
            .arg(v.journalMismatch));
    emu.stop();
    return v.ok() ? 0 : 1;
}
