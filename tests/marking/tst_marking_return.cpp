// Returns of marked goods (issue 18, reference §4.1 "For a return"): a till (real SQLite file, the
// Shtrih-M emulator over loopback TCP, the fiscal service on its thread) sells a marked code
// through SaleDesk, then returns it through ReturnPermit and SalesService while the fake ТС ПИоТ
// runs as its own process. A code this till never sold and Честный знак says was never sold is
// refused and never reaches the registrar (no FF61h, no return, no FD); a code sold here comes back
// even while Честный знак still says "never sold" (the ОФД has not passed our receipt on yet), with
// FF61h's planned status 3 (the emulator's log, and 2110 in the FN archive read back with
// FF3Ah/FF3Bh), the return check's own tag 1260, and the code out of the sold register.

#include "app/marking/permitrules.h"
#include "app/marking/returnpermit.h"
#include "app/marking/soldcoderegister.h"
#include "tests/marking/markingtill.h"

Q_DECLARE_METATYPE(app::Sale)

namespace {

// The completed sale that holds this marking code.
std::int64_t saleOf(TillSession &session, const QString &km)
{
    QSqlQuery q(session.database().connection());
    q.prepare(QStringLiteral("SELECT s.id FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
                             "WHERE l.marking_code = ? AND s.kind = 0 AND s.status = 2"));
    q.addBindValue(km);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

int count(TillSession &session, const QString &sql)
{
    QSqlQuery q(session.database().connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

// The planned statuses of the FF61h the emulator took, oldest first.
QStringList plannedStatuses(fiscal::emu::InProcessEmulator &registrar)
{
    QStringList out;
    const QString log = QString::fromStdString(registrar.control("marking-log")).mid(3);
    for (const QString &entry : log.split(u' ', Qt::SkipEmptyParts))
        out.append(entry.section(u':', 0, 0));
    return out;
}

struct ReturnOutcome
{
    QString refusal;
    std::optional<std::uint32_t> fd;
};

// Every line of the sale back, checked first; on "allowed" the return is made and printed.
ReturnOutcome returnWholeSale(MarkingTill &till, std::int64_t saleId)
{
    ReturnOutcome out;
    const Sale original = *till.session->sales().sale(saleId);
    QList<ReturnLineInput> lines;
    for (const SaleLine &l : original.lines)
        lines.append({l.id, l.quantity});
    ReturnPermit permit(till.session->permit());
    QSignalSpy finished(&permit, &ReturnPermit::finished);
    QSignalSpy refused(&permit, &ReturnPermit::refused);
    permit.start(original, lines);
    QElapsedTimer t;
    t.start();
    while (finished.isEmpty() && refused.isEmpty() && t.elapsed() < 30000)
        QTest::qWait(10);
    if (!refused.isEmpty()) {
        out.refusal = refused.first().first().toString();
        return out;
    }
    if (finished.isEmpty())
        return out;
    const auto checked = finished.first().first().value<QList<ReturnLineInput>>();
    QSignalSpy jobs(till.session->fiscal(), &FiscalService::jobFinished);
    Actor owner = till.session->actor(); // a cashier may not accept returns: the owner does
    for (const Employee &e : till.session->staff().list())
        if (e.role == Role::Owner)
            owner = {e.id, e.role};
    auto made = till.session->sales().createReturn(owner, saleId, checked);
    if (!made) {
        out.refusal = made.error().message;
        return out;
    }
    till.session->fiscal()->process();
    t.restart();
    while (!out.fd && t.elapsed() < 60000) {
        QTest::qWait(20);
        for (const QList<QVariant> &args : std::as_const(jobs)) {
            const auto o = args.first().value<FiscalJobOutcome>();
            if (o.documentUuid == made->uuid && o.state == FiscalJobState::Done && o.fd)
                out.fd = std::uint32_t(*o.fd);
        }
    }
    return out;
}

} // namespace

class TestMarkingReturn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<app::Sale>(); }

    void returnOfACodeSoldHere()
    {
        MarkingTill till;
        QVERIFY(till.open());
        const QString km = till.code(QStringLiteral("5ret01"));
        QVERIFY(till.scan(km));
        QVERIFY(till.pay() > 0);
        const std::int64_t saleId = saleOf(*till.session, km);
        QVERIFY(saleId > 0);
        // Честный знак has not heard of our sale yet: "in circulation, never sold".
        QVERIFY(till.piot.code(till.identity(QStringLiteral("5ret01")), QStringLiteral("never_sold")));
        const int asked = int(till.piot.requests().size());

        const ReturnOutcome r = returnWholeSale(till, saleId);
        QVERIFY2(r.refusal.isEmpty(), qPrintable(r.refusal));
        QVERIFY(r.fd);
        // The return was checked with ТС ПИоТ, and its own answer goes into the return's 1260.
        QCOMPARE(int(till.piot.requests().size()), asked + 1);
        const QString expected1265 = till.lastAnswer1265();
        // FF61h of the return: planned status 3, "piece returned" (the sale's were 1).
        const QStringList planned = plannedStatuses(till.registrar);
        QVERIFY2(!planned.isEmpty() && planned.last() == QStringLiteral("3"), qPrintable(planned.join(u',')));
        QVERIFY(planned.contains(QStringLiteral("1")));
        // The register took the code back: it may be sold again.
        QVERIFY(!SoldCodeRegister(till.session->database()).findSold(km));

        const auto lines = till.fnLines(*r.fd);
        QVERIFY(lines);
        QCOMPARE(lines->size(), 1);
        QCOMPARE(lines->first().code, km);
        QCOMPARE(lines->first().status2110, 3);
        QVERIFY(lines->first().tag1260);
        QCOMPARE(child(*lines->first().tag1260, 1265), expected1265);
    }

    void returnOfANeverSoldCodeIsRefused()
    {
        // A sale from before this till kept its register (the register lost the code): only
        // Честный знак can tell, and it says the code was never sold.
        MarkingTill till;
        QVERIFY(till.open());
        const QString km = till.code(QStringLiteral("5ret02"));
        QVERIFY(till.scan(km));
        const std::uint32_t saleFd = till.pay();
        QVERIFY(saleFd > 0);
        const std::int64_t saleId = saleOf(*till.session, km);
        QSqlQuery q(till.session->database().connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM marking_sold_codes")));
        QVERIFY(till.piot.code(till.identity(QStringLiteral("5ret02")), QStringLiteral("never_sold")));
        const int ff61Before = int(plannedStatuses(till.registrar).size());

        const ReturnOutcome r = returnWholeSale(till, saleId);
        QCOMPARE(r.refusal, neverSoldText());
        QVERIFY(!r.fd);
        // Nothing reached the registrar, nothing was journaled.
        QCOMPARE(int(plannedStatuses(till.registrar).size()), ff61Before);
        QCOMPARE(count(*till.session, QStringLiteral("SELECT count(*) FROM sales WHERE kind = 1")), 0);
        QCOMPARE(
            count(*till.session, QStringLiteral("SELECT count(*) FROM fiscal_jobs WHERE kind = 'return'")),
            0);
        const auto status = QString::fromStdString(till.registrar.control("status"));
        QVERIFY2(status.contains(QStringLiteral("last_fd=%1 ").arg(saleFd)), qPrintable(status));
    }

    void returnOfACodeSoldElsewhereGoesAhead()
    {
        // Not in our register, but Честный знак knows it sold: a return is allowed.
        MarkingTill till;
        QVERIFY(till.open());
        const QString km = till.code(QStringLiteral("5ret03"));
        QVERIFY(till.scan(km));
        QVERIFY(till.pay() > 0);
        const std::int64_t saleId = saleOf(*till.session, km);
        QSqlQuery q(till.session->database().connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM marking_sold_codes")));
        QVERIFY(till.piot.code(till.identity(QStringLiteral("5ret03")), QStringLiteral("sold")));
        const ReturnOutcome r = returnWholeSale(till, saleId);
        QVERIFY2(r.refusal.isEmpty(), qPrintable(r.refusal));
        QVERIFY(r.fd);
        const auto lines = till.fnLines(*r.fd);
        QVERIFY(lines && lines->size() == 1);
        QCOMPARE(lines->first().status2110, 3);
    }

    void returnWithoutAnAnswerGoesAheadForACodeSoldHere()
    {
        // ТС ПИоТ silent: a code sold here comes back unchecked, without 1260.
        MarkingTill till;
        QVERIFY(till.open());
        const QString km = till.code(QStringLiteral("5ret04"));
        QVERIFY(till.scan(km));
        QVERIFY(till.pay() > 0);
        const std::int64_t saleId = saleOf(*till.session, km);
        QVERIFY(till.session->permit().setStrictOffline(8, true)); // even for a strict group
        QVERIFY(till.piot.fault(
            {{QStringLiteral("mode"), QStringLiteral("delay")}, {QStringLiteral("ms"), 1600}}));
        const ReturnOutcome r = returnWholeSale(till, saleId);
        QVERIFY2(r.refusal.isEmpty(), qPrintable(r.refusal));
        QVERIFY(r.fd);
        const auto lines = till.fnLines(*r.fd);
        QVERIFY(lines && lines->size() == 1);
        QVERIFY(!lines->first().tag1260);
        QCOMPARE(lines->first().status2110, 3);
    }

    void legacyReturnTellsTheLm()
    {
        // The legacy path: the return is checked against the fake Честный знак, and the shop's ЛМ
        // is owed /cis/return for the code, through its outbox.
        MarkingTill till;
        till.legacy = true;
        QVERIFY(till.open());
        const QString km = till.code(QStringLiteral("5ret05"));
        QVERIFY(till.scan(km));
        QVERIFY(till.pay() > 0);
        const ReturnOutcome r = returnWholeSale(till, saleOf(*till.session, km));
        QVERIFY2(r.refusal.isEmpty(), qPrintable(r.refusal));
        QVERIFY(r.fd);
        QSqlQuery q(till.session->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT op, cis FROM lm_outbox ORDER BY id")));
        QStringList ops;
        while (q.next()) {
            ops << q.value(0).toString();
            QCOMPARE(q.value(1).toString(), till.identity(QStringLiteral("5ret05")));
        }
        QCOMPARE(ops, (QStringList{QStringLiteral("sell"), QStringLiteral("return")}));
    }
};

QTEST_GUILESS_MAIN(TestMarkingReturn)
#include "tst_marking_return.moc"
