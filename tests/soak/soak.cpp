#include "soak.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <map>

#include "app/demo/seeddata.h"
#include "app/fiscalservice/fiscalservice.h"
#include "app/fiscalservice/fndocument.h"
#include "app/sales/salesservice.h"
#include "app/sales/shiftservice.h"
#include "app/storage/database.h"
#include "emulatorprocess.h"
#include "fiscal/commands/service.h"
#include "fiscal/registrar.h"
#include "fiscal/transport/deviceurl.h"

using namespace app;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

void pause(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(2);
    }
}

// ---- the child: a headless till ------------------------------------------------------------

class Till
{
public:
    Till(const SoakOptions &o, Database &db, FiscalService &service)
        : m_o(o)
        , m_db(db)
        , m_service(service)
        , m_rng(o.seed)
    {
        m_owner = {scalar(db, QStringLiteral("SELECT id FROM employees WHERE role = 0 ORDER BY id LIMIT 1")),
                   Role::Owner};
        QSqlQuery q =
            db.prepare(QStringLiteral("SELECT id FROM products WHERE marked = 0 AND weighted = 0 AND "
                                      "active = 1 AND vat_code IN (1, 2, 5, 6) ORDER BY id"));
        if (q.exec())
            while (q.next())
                m_products.append(q.value(0).toLongLong());
        QObject::connect(&service, &FiscalService::healthChanged,
                         [this](const DeviceHealth &h) { m_health = h; });
    }

    int run()
    {
        if (!ShiftService(m_db).current() && !ShiftService(m_db).open(m_owner))
            return fail(QStringLiteral("cannot open the shift"));
        while (opsDone() < m_o.operations) {
            if (!settle(120000))
                return fail(QStringLiteral("journal did not settle"));
            maybeFault();
            if (!operate())
                return fail(QStringLiteral("operation failed"));
            m_service.process();
            if (m_pendingFault.isEmpty())
                continue;
            // Land the fault in the middle of the job's exchanges.
            pause(int(m_rng.bounded(60)));
            control(m_pendingFault);
            m_pendingFault.clear();
        }
        if (!settle(300000))
            return fail(QStringLiteral("journal did not settle at the end"));
        return 0;
    }

private:
    int fail(const QString &why)
    {
        std::fprintf(stderr, "soak child: %s\n", qPrintable(why));
        return 3;
    }

    int opsDone()
    {
        return int(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM sales WHERE status = 2")) +
                   scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM cash_documents")));
    }

    QString control(const QString &command)
    {
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), m_o.controlPort);
        if (!s.waitForConnected(2000))
            return {};
        s.write(command.toUtf8() + '\n');
        s.flush();
        QElapsedTimer t;
        t.start();
        while (!s.canReadLine() && t.elapsed() < 3000)
            s.waitForReadyRead(50);
        const QString answer = QString::fromUtf8(s.readLine()).trimmed();
        if (!m_o.faultLog.isEmpty() && command != QLatin1String("paper-in")) {
            QFile f(m_o.faultLog);
            if (f.open(QIODevice::Append))
                f.write(command.toUtf8() + ' ' + answer.toUtf8() + '\n');
        }
        return answer;
    }

    void maybeFault()
    {
        if (int(m_rng.bounded(100)) >= m_o.faultPercent)
            return;
        QStringList kinds = {QStringLiteral("drop-answer"),   QStringLiteral("lose-answer"),
                             QStringLiteral("corrupt-lrc"),   QStringLiteral("nak-next"),
                             QStringLiteral("power-cut"),     QStringLiteral("paper-out"),
                             QStringLiteral("paper-out now"), QStringLiteral("delay 1500")};
        if (!m_o.pty)
            kinds << QStringLiteral("disconnect");
        if (m_rng.bounded(40) == 0)
            kinds = {QStringLiteral("delay 12000")}; // past the answer timeout: outcome unknown
        const QString kind = kinds.at(int(m_rng.bounded(kinds.size())));
        if (kind.startsWith(QLatin1String("paper-out")))
            control(kind); // before the job: finds no paper at the start or while printing
        else
            m_pendingFault = kind;
    }

    // Waits until no job is queued or sending; refills paper, continues printing and retries
    // failed jobs as a cashier would.
    bool settle(int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        QElapsedTimer kick;
        kick.start();
        while (t.elapsed() < timeoutMs) {
            const qint64 pending = scalar(
                m_db,
                QStringLiteral("SELECT COUNT(*) FROM fiscal_jobs WHERE state IN ('queued', 'sending')"));
            const bool paperTrouble = m_health.paper != PaperStatus::Ok || m_health.printIncomplete;
            if (paperTrouble && kick.elapsed() > 300) {
                control(QStringLiteral("paper-in"));
                m_service.continuePrinting();
                kick.restart();
            }
            retryFailed();
            if (pending == 0 && !paperTrouble && !hasRetryable())
                return true;
            if (kick.elapsed() > 500) {
                m_service.process();
                m_service.refreshHealth();
                kick.restart();
            }
            pause(20);
        }
        return false;
    }

    bool hasRetryable()
    {
        return scalar(m_db, QStringLiteral(
                                "SELECT COUNT(*) FROM fiscal_jobs j LEFT JOIN fiscal_job_details d "
                                "ON d.job_id = j.id WHERE j.state = 'failed' AND d.abandoned_at IS NULL")) >
               0;
    }

    void retryFailed()
    {
        QSqlQuery q = m_db.prepare(QStringLiteral("SELECT j.id, j.kind, j.error FROM fiscal_jobs j LEFT JOIN "
                                                  "fiscal_job_details d ON d.job_id = j.id "
                                                  "WHERE j.state = 'failed' AND d.abandoned_at IS NULL"));
        if (!q.exec())
            return;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            int &tries = m_retries[id];
            ++tries;
            std::fprintf(stderr, "soak child: job %lld (%s) failed: %s\n", id,
                         qPrintable(q.value(1).toString()), qPrintable(q.value(2).toString()));
            if (tries > 3)
                m_service.abandonJob(id);
            else
                m_service.retryJob(id);
        }
    }

    bool operate()
    {
        const int dice = int(m_rng.bounded(100));
        if (dice < 57)
            return sell();
        if (dice < 62)
            return correct();
        if (dice < 77 && returnSomething())
            return true;
        if (dice < 90)
            return cash(false);
        return cash(true) || cash(false);
    }

    bool sell()
    {
        SalesService sales(m_db);
        auto s = sales.create(m_owner);
        if (!s)
            return false;
        const int lines = 1 + int(m_rng.bounded(3));
        for (int i = 0; i < lines; ++i) {
            LineInput in;
            in.productId = m_products.at(int(m_rng.bounded(m_products.size())));
            in.quantity = (1 + int(m_rng.bounded(4))) * MilliPerUnit;
            if (!sales.addLine(m_owner, s->id, in))
                return false;
        }
        auto current = sales.sale(s->id);
        if (m_rng.bounded(5) == 0 && current->total > 1000)
            (void)sales.setReceiptDiscount(m_owner, s->id,
                                           1 + Kopecks(m_rng.bounded(int(current->total / 10))));
        current = sales.sale(s->id);
        const Kopecks total = current->total;
        QList<PaymentInput> pay;
        switch (m_rng.bounded(3)) {
        case 0: {
            const Kopecks tendered = (total / 10000 + 1) * 10000; // rounded up to 100 ₽
            pay = {PaymentInput{PaymentType::Cash, total, tendered, {}}};
            break;
        }
        case 1:
            pay = {PaymentInput{PaymentType::Card, total, 0, QStringLiteral("RRN")}};
            break;
        default: {
            const Kopecks card = total / 2;
            pay = {PaymentInput{PaymentType::Card, card, 0, QStringLiteral("RRN")}};
            if (total - card > 0)
                pay.append(PaymentInput{PaymentType::Cash, total - card, 0, {}});
        }
        }
        auto done = sales.complete(m_owner, s->id, pay);
        if (!done)
            std::fprintf(stderr, "soak child: sale: %s\n", qPrintable(done.error().message));
        return bool(done);
    }

    // An FFD 1.2 correction receipt for a settlement the till missed: lines, payment, basis.
    bool correct()
    {
        CorrectionInput c;
        c.calcSign = CalcSign::Income;
        c.type = int(m_rng.bounded(2));
        c.basisDate = QDate::currentDate().addDays(-1 - int(m_rng.bounded(5)));
        if (c.type == 1)
            c.orderNumber = QStringLiteral("ПР-%1").arg(m_rng.bounded(1000));
        if (m_rng.bounded(2) == 0)
            c.description = QStringLiteral("Акт о невыбитом чеке");
        const int lines = 1 + int(m_rng.bounded(2));
        Kopecks total = 0;
        for (int i = 0; i < lines; ++i) {
            const Kopecks price = 100 + Kopecks(m_rng.bounded(50000));
            // Tag 1199 codes in force today, the УСН rates of 2025 (7, 8) among them.
            static constexpr int vatCodes[] = {2, 5, 6, 7, 8, 11};
            const int vat = vatCodes[m_rng.bounded(int(std::size(vatCodes)))];
            c.lines.append(CorrectionLineInput{QStringLiteral("Коррекция %1").arg(i + 1), price, MilliPerUnit,
                                               0, vat, 1});
            total += price;
        }
        if (m_rng.bounded(2) == 0)
            c.payments = {PaymentInput{PaymentType::Cash, total, 0, {}}};
        else
            c.payments = {PaymentInput{PaymentType::Card, total, 0, QStringLiteral("RRN")}};
        auto done = SalesService(m_db).createCorrection(m_owner, c);
        if (!done)
            std::fprintf(stderr, "soak child: correction: %s\n", qPrintable(done.error().message));
        return bool(done);
    }

    bool returnSomething()
    {
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "SELECT s.id FROM sales s JOIN fiscal_jobs j ON j.document_uuid = s.uuid AND j.kind = 'sale' "
            "WHERE s.kind = 0 AND s.status = 2 AND j.state = 'done' ORDER BY RANDOM() LIMIT 5"));
        if (!q.exec())
            return false;
        SalesService sales(m_db);
        while (q.next()) {
            const qint64 saleId = q.value(0).toLongLong();
            const auto left = sales.returnable(saleId);
            if (!left)
                continue;
            for (auto it = left->cbegin(); it != left->cend(); ++it) {
                if (it.value() < MilliPerUnit)
                    continue;
                // A cashier puts change into the drawer before a cash refund it cannot cover;
                // otherwise the registrar refuses the return (46h), which is no fiscal fault.
                if (!coverRefund(saleId))
                    return false;
                auto r = sales.createReturn(m_owner, saleId, {ReturnLineInput{it.key(), MilliPerUnit}});
                if (!r)
                    std::fprintf(stderr, "soak child: return: %s\n", qPrintable(r.error().message));
                return bool(r);
            }
        }
        return false;
    }

    bool coverRefund(qint64 saleId)
    {
        ShiftService shifts(m_db);
        const auto shift = shifts.current();
        const auto original = SalesService(m_db).sale(saleId);
        if (!shift || !original)
            return false;
        const auto totals = shifts.totals(shift->id);
        if (!totals)
            return false;
        if (totals->cashInDrawer >= original->total)
            return true;
        return bool(shifts.cashIn(m_owner, original->total - totals->cashInDrawer + 10000,
                                  QStringLiteral("soak: change for a refund")));
    }

    bool cash(bool out)
    {
        ShiftService shifts(m_db);
        if (out) {
            const auto shift = shifts.current();
            if (!shift)
                return false;
            const auto totals = shifts.totals(shift->id);
            if (!totals || totals->cashInDrawer < 200)
                return false;
            const Kopecks amount =
                100 + Kopecks(m_rng.bounded(int(std::min<Kopecks>(totals->cashInDrawer / 2, 500000))));
            return bool(shifts.cashOut(m_owner, amount, QStringLiteral("soak")));
        }
        const Kopecks amount = 10000 + Kopecks(m_rng.bounded(500000));
        return bool(shifts.cashIn(m_owner, amount, QStringLiteral("soak")));
    }

    const SoakOptions &m_o;
    Database &m_db;
    FiscalService &m_service;
    QRandomGenerator m_rng;
    Actor m_owner;
    QList<std::int64_t> m_products;
    DeviceHealth m_health;
    QString m_pendingFault;
    QHash<qint64, int> m_retries;
};

// ---- the parent: kills, restarts, and the final comparison ---------------------------------

struct Verdict
{
    int receipts = 0;
    int once = 0;
    int lost = 0;
    int duplicated = 0;
    int mismatched = 0;
};

Verdict compare(Database &db, const QString &deviceUrl, QString &registers)
{
    Verdict v;
    const auto url = fiscal::parseDeviceUrl(deviceUrl.toStdString());
    auto transport = fiscal::openTransport(*url);
    if (!transport) {
        v.mismatched = -1;
        return v;
    }
    fiscal::Registrar reg(**transport);
    auto fn = reg.fnStatus();
    std::map<std::uint32_t, FoundFnDocument> archive;
    for (std::uint32_t fd = 1; fn && fd <= fn->lastFd; ++fd)
        if (auto doc = reg.findDocument(fd))
            if (auto d = decodeFoundDocument(*doc))
                archive[fd] = *d;

    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT j.id, j.state, j.fd, j.fiscal_sign, s.total, s.calc_sign, s.fd, j.kind FROM fiscal_jobs j "
        "JOIN sales s ON s.uuid = j.document_uuid WHERE j.kind IN ('sale', 'return', 'correction') ORDER BY "
        "j.id"));
    std::map<std::uint32_t, int> claimed;
    if (q.exec()) {
        while (q.next()) {
            ++v.receipts;
            if (q.value(1).toString() != QLatin1String("done") || q.value(2).isNull()) {
                ++v.lost;
                std::fprintf(stderr, "lost: job %lld state %s\n", q.value(0).toLongLong(),
                             qPrintable(q.value(1).toString()));
                continue;
            }
            const auto fd = std::uint32_t(q.value(2).toLongLong());
            ++claimed[fd];
            const auto it = archive.find(fd);
            const std::uint8_t type = q.value(7).toString() == QLatin1String("correction")
                                          ? fndoctype::Correction
                                          : fndoctype::Receipt;
            const bool same = it != archive.end() && it->second.type == type &&
                              it->second.total == q.value(4).toLongLong() &&
                              it->second.operation == q.value(5).toInt() &&
                              qint64(it->second.fiscalSign) == q.value(3).toLongLong() &&
                              q.value(6).toLongLong() == qint64(fd);
            if (same) {
                ++v.once;
            } else {
                ++v.mismatched;
                std::fprintf(stderr, "mismatched: job %lld fd %u\n", q.value(0).toLongLong(), fd);
            }
        }
    }
    // Every receipt in the FN must belong to exactly one job: anything else is a second copy.
    for (const auto &[fd, doc] : archive) {
        if (doc.type != fndoctype::Receipt && doc.type != fndoctype::Correction)
            continue;
        const int n = claimed.count(fd) ? claimed[fd] : 0;
        if (n != 1) {
            v.duplicated += n == 0 ? 1 : n - 1;
            std::fprintf(stderr, "duplicated: FN receipt %u claimed by %d jobs\n", fd, n);
        }
    }
    // The drawer register against the documents the journal says were done.
    const qint64 expected =
        scalar(db,
               QStringLiteral("SELECT COALESCE(SUM(CASE c.kind WHEN 0 THEN c.amount ELSE -c.amount END), 0) "
                              "FROM cash_documents c JOIN fiscal_jobs j ON j.document_uuid = c.uuid "
                              "WHERE j.state = 'done'")) +
        scalar(db,
               QStringLiteral("SELECT COALESCE(SUM(CASE s.kind WHEN 1 THEN -p.amount ELSE p.amount END), 0) "
                              "FROM payments p JOIN sales s ON s.id = p.sale_id JOIN fiscal_jobs j ON "
                              "j.document_uuid = s.uuid WHERE p.type = 0 AND j.state = 'done'"));
    qint64 drawer = -1;
    if (auto data = reg.execute(fiscal::readMoneyRegisterRequest(30, 241)))
        if (auto r = fiscal::parseMoneyRegister(*data))
            drawer = qint64(r->value);
    registers = QStringLiteral("registers: drawer device %1 journal %2, FN documents %3")
                    .arg(drawer)
                    .arg(expected)
                    .arg(fn ? fn->lastFd : 0);
    if (drawer != expected)
        ++v.mismatched;
    (*transport)->close();
    return v;
}

} // namespace

int runSoakChild(const SoakOptions &o)
{
    Database db;
    if (!db.open(o.database).ok())
        return 4;
    FiscalServiceSettings s;
    s.deviceUrl = o.deviceUrl;
    s.databasePath = o.database;
    s.pollIntervalMs = 250;
    s.connectTimeoutMs = 1000;
    FiscalService service(s);
    Till till(o, db, service);
    return till.run();
}

int runSoakParent(const SoakOptions &o, const QString &self)
{
    QTemporaryDir tmp;
    const QString dir = o.directory.isEmpty() ? tmp.path() : o.directory;
    QDir().mkpath(dir);
    const QString dbPath = QDir(dir).filePath(QStringLiteral("till.sqlite"));
    {
        Database db;
        if (!db.open(dbPath).ok())
            return 4;
        if (scalar(db, QStringLiteral("SELECT COUNT(*) FROM employees")) == 0 &&
            !seedDemoData(db, PinHasher::FastForTests)) {
            std::fprintf(stderr, "cannot seed the database\n");
            return 4;
        }
    }
    EmulatorProcess emu;
    QString error;
    const QStringList endpoint =
        o.pty ? QStringList{QStringLiteral("--pty"), QDir(dir).filePath(QStringLiteral("ttyFR"))}
              : QStringList{QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:0")};
    if (!emu.start(o.emulator, endpoint, QDir(dir).filePath(QStringLiteral("fr.state")), &error)) {
        std::fprintf(stderr, "cannot start the emulator: %s\n", qPrintable(error));
        return 4;
    }
    const QString faultLog = QDir(dir).filePath(QStringLiteral("faults.log"));
    const QString childLog = QDir(dir).filePath(QStringLiteral("child.log"));
    say(QStringLiteral("soak: %1 operations, %2 kills, faults %3%, seed %4, device %5, dir %6")
            .arg(o.operations)
            .arg(o.kills)
            .arg(o.faultPercent)
            .arg(o.seed)
            .arg(emu.deviceUrl(), dir));
    QRandomGenerator rng(o.seed ^ 0x9e3779b9u);
    int kills = 0;
    int crashes = 0;
    for (int generation = 0;; ++generation) {
        QProcess child;
        child.setStandardOutputFile(childLog, QIODevice::Append);
        child.setStandardErrorFile(childLog, QIODevice::Append);
        QStringList args{QStringLiteral("--child"),
                         QStringLiteral("--db"),
                         dbPath,
                         QStringLiteral("--device"),
                         emu.deviceUrl(),
                         QStringLiteral("--control"),
                         QString::number(emu.controlPort()),
                         QStringLiteral("--ops"),
                         QString::number(o.operations),
                         QStringLiteral("--seed"),
                         QString::number(o.seed * 7919u + std::uint32_t(generation)),
                         QStringLiteral("--faults"),
                         QString::number(o.faultPercent),
                         QStringLiteral("--fault-log"),
                         faultLog};
        if (o.pty)
            args << QStringLiteral("--pty");
        child.start(self, args);
        if (!child.waitForStarted(5000))
            return 4;
        if (kills < o.kills) {
            const int ms = 150 + int(rng.bounded(2200));
            if (!child.waitForFinished(ms)) {
                child.kill(); // SIGKILL: no destructor, no journal write, no goodbye to the port
                child.waitForFinished(5000);
                ++kills;
                if (kills % 20 == 0)
                    say(QStringLiteral("soak: %1 kills so far").arg(kills));
                continue;
            }
        } else {
            child.waitForFinished(-1);
        }
        if (child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0)
            break;
        std::fprintf(stderr, "soak: worker exited with %d (see %s)\n", child.exitCode(),
                     qPrintable(childLog));
        if (++crashes > 5)
            return 5;
    }
    int faults = 0;
    {
        QFile f(faultLog);
        if (f.open(QIODevice::ReadOnly))
            faults = int(f.readAll().count('\n'));
    }
    Database db;
    if (!db.open(dbPath).ok())
        return 4;
    QString registers;
    // The emulator's state is on disk; stop the worker traffic first (none left) and compare.
    const Verdict v = compare(db, emu.deviceUrl(), registers);
    say(QStringLiteral("soak: operations %1, faults injected %2, kills %3, worker restarts %4")
            .arg(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sales WHERE status = 2")) +
                 scalar(db, QStringLiteral("SELECT COUNT(*) FROM cash_documents")))
            .arg(faults)
            .arg(kills)
            .arg(kills + crashes));
    say(QStringLiteral("soak: jobs done %1, failed %2, attention %3")
            .arg(scalar(db, QStringLiteral("SELECT COUNT(*) FROM fiscal_jobs WHERE state = 'done'")))
            .arg(scalar(db, QStringLiteral("SELECT COUNT(*) FROM fiscal_jobs WHERE state = 'failed'")))
            .arg(scalar(db, QStringLiteral("SELECT COUNT(*) FROM fiscal_jobs WHERE state = 'attention'"))));
    say(registers);
    say(QStringLiteral("receipts: %1 fiscalized-once: %2 lost: %3 duplicated: %4 mismatched: %5")
            .arg(v.receipts)
            .arg(v.once)
            .arg(v.lost)
            .arg(v.duplicated)
            .arg(v.mismatched));
    emu.stop();
    return v.lost == 0 && v.duplicated == 0 && v.mismatched == 0 && v.receipts == v.once ? 0 : 1;
}
