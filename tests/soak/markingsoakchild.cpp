// The child of prilavok-marking-soak: a headless till that sells and returns marked kefir through
// SaleDesk and SalesService, and stops at each step of the pipeline until the parent answers.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

#include "app/fiscalservice/fiscalservice.h"
#include "app/marking/permitchecker.h"
#include "app/sales/salesservice.h"
#include "app/sales/shiftservice.h"
#include "app/session/tillsession.h"
#include "app/till/saledesk.h"
#include "markingsoak.h"

using namespace app;

QString markingSoakSerial(int serial)
{
    return QStringLiteral("5sk%1").arg(serial, 4, 10, QLatin1Char('0'));
}

QString markingSoakFixture(int serial)
{
    if (serial % 7 == 3)
        return QStringLiteral("sold");
    if (serial % 7 == 5)
        return QStringLiteral("blocked");
    return QStringLiteral("ok");
}

namespace {

// Tells the parent where the till is and waits for its word; the parent may SIGKILL us instead.
void step(const char *name)
{
    std::printf("step %s\n", name);
    std::fflush(stdout);
    char line[64];
    if (!std::fgets(line, sizeof line, stdin))
        std::exit(6); // the parent is gone
}

template<typename Done>
bool waitFor(Done done, int ms = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(2);
    }
    return true;
}

class MarkedTill
{
public:
    MarkedTill(const MarkingSoakOptions &o, TillSession &session)
        : m_o(o)
        , m_s(session)
        , m_rng(o.seed)
    {
        QObject::connect(&m_s.permit(), &PermitChecker::checked, [] { step("check"); });
        QObject::connect(m_s.fiscal(), &FiscalService::markingChecked, [] { step("fn-check"); });
        QSqlQuery q(m_s.database().connection());
        if (q.exec(QStringLiteral("SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id "
                                  "WHERE p.name LIKE 'Кефир%'")) &&
            q.next())
            m_gtin = QStringLiteral("0") + q.value(0).toString();
    }

    int run()
    {
        if (m_gtin.isEmpty() || !settle())
            return fail("no kefir or the journal did not settle at the start");
        recover();
        while (documents() < m_o.operations) {
            const bool ok = m_rng.bounded(100) < 35 && returnable() ? sellBack() : sell();
            if (!ok)
                return fail("an operation failed");
        }
        return settle() ? 0 : fail("the journal did not settle at the end");
    }

private:
    int fail(const char *why)
    {
        std::fprintf(stderr, "marking soak child: %s\n", why);
        return 3;
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_s.database().connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    int documents() { return int(scalar(QStringLiteral("SELECT COUNT(*) FROM sales WHERE status = 2"))); }

    bool settle()
    {
        m_s.fiscal()->process();
        return waitFor([this] {
            return scalar(QStringLiteral("SELECT COUNT(*) FROM fiscal_jobs WHERE state <> 'done'")) == 0;
        });
    }

    // A sale the kill left open: paid now (its checks are kept with its lines) or voided.
    void recover()
    {
        for (const Sale &open : m_s.sales().openSales()) {
            SaleDesk desk(m_s);
            if (!open.lines.isEmpty() && m_rng.bounded(2) == 0 && desk.resume(open.id)) {
                pay(desk);
                continue;
            }
            (void)m_s.sales().cancel(m_s.actor(), open.id);
        }
    }

    bool sell()
    {
        SaleDesk desk(m_s);
        const int codes = 1 + int(m_rng.bounded(3));
        for (int i = 0; i < codes; ++i) {
            const int serial = int(m_rng.bounded(m_o.pool));
            desk.scan(QStringLiteral("01") + m_gtin + QStringLiteral("21") + markingSoakSerial(serial) +
                      QChar(0x1D) + QStringLiteral("93Ab1+"));
            if (!waitFor([&desk] { return !desk.waitsForMarking(); }))
                return false;
        }
        if (desk.isEmpty()) {
            if (desk.saleId() > 0)
                desk.cancelSale();
            return true;
        }
        return pay(desk);
    }

    bool pay(SaleDesk &desk)
    {
        bool fiscalized = false;
        QObject::connect(&desk, &SaleDesk::fiscalized, [&fiscalized] { fiscalized = true; });
        if (!desk.pay({{PaymentType::Cash, desk.total(), 0, {}}}))
            return false;
        step("paid"); // the document, its fiscal job and the sold register: one transaction
        if (!waitFor([&fiscalized] { return fiscalized; }))
            return false;
        step("fiscalized");
        return true;
    }

    bool returnable()
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM marking_sold_codes WHERE state = 1")) > 0;
    }

    // Takes back one or two marked lines of one sold receipt.
    bool sellBack()
    {
        QSqlQuery q(m_s.database().connection());
        if (!q.exec(QStringLiteral("SELECT m.sale_id, l.id FROM marking_sold_codes m JOIN sale_lines l ON "
                                   "l.sale_id = m.sale_id AND l.marking_code = m.code WHERE m.state = 1 "
                                   "ORDER BY m.sale_id, l.id")))
            return false;
        QList<std::pair<qint64, qint64>> rows;
        while (q.next())
            rows.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
        if (rows.isEmpty())
            return sell();
        const auto pick = rows.at(int(m_rng.bounded(qsizetype(rows.size()))));
        QList<ReturnLineInput> lines{{pick.second, MilliPerUnit}};
        for (const auto &r : std::as_const(rows))
            if (r.first == pick.first && r.second != pick.second && m_rng.bounded(2) == 0) {
                lines.append({r.second, MilliPerUnit});
                break;
            }
        // Returns need a senior: the owner takes them, like at a real counter.
        const Actor owner{
            scalar(QStringLiteral("SELECT id FROM employees WHERE role = 0 ORDER BY id LIMIT 1")),
            Role::Owner};
        auto ret = m_s.sales().createReturn(owner, pick.first, lines);
        if (!ret) {
            std::fprintf(stderr, "return refused: %s\n", qPrintable(ret.error().message));
            return false;
        }
        step("returned");
        if (!settle())
            return false;
        step("return-fiscalized");
        return true;
    }

    const MarkingSoakOptions &m_o;
    TillSession &m_s;
    QRandomGenerator m_rng;
    QString m_gtin;
};

} // namespace

int runMarkingSoakChild(const MarkingSoakOptions &o)
{
    TillOptions options;
    options.databasePath = o.database;
    options.deviceUrl = o.deviceUrl;
    options.registrar.pollIntervalMs = 250;
    options.registrar.connectTimeoutMs = 1000;
    auto opened = TillSession::open(options);
    if (!opened) {
        std::fprintf(stderr, "cannot open the till: %s\n", qPrintable(opened.error().message));
        return 4;
    }
    TillSession &session = **opened;
    for (const Employee &e : session.staff().list())
        if (e.role == Role::Cashier)
            session.signIn(e, {e.id, e.role});
    TsPiotSettings s;
    s.url = QUrl(o.tspiotUrl);
    s.clientId = QStringLiteral("prilavok-soak");
    s.clientToken = QStringLiteral("t0k");
    session.permit().setTsPiot(s);
    if (!session.shifts().current() && !session.shifts().open(session.actor()))
        return 4;
    MarkedTill till(o, session);
    return till.run();
}
