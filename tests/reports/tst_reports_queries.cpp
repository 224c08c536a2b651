// The reports' queries over a real SQLite file: one shift with a cash-in, three sales paid three
// ways, a cash return and a cash-out; every report must show exactly those amounts, and the shift
// report and the drawer must equal the X/Z totals.
#include <QSignalSpy>
#include <QTest>

#include "app/reports/reportqueries.h"
#include "app/reports/reportsservice.h"
#include "modeltest.h"

using app::Kopecks;
using app::PaymentType;
using namespace app::reports;

class TstReportsQueries : public QObject
{
    Q_OBJECT

    ModelFixture f;
    std::int64_t shiftId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        f.addPeople();
        const auto a = f.addProduct(QStringLiteral("Apples"), 10000, QStringLiteral("4607001000013"), 11);
        const auto b = f.addProduct(QStringLiteral("Bread"), 5500, QStringLiteral("4607001000020"), 2);
        app::ShiftService shifts(*f.db);
        app::SalesService sales(*f.db);
        auto shift = shifts.open(f.owner);
        QVERIFY_RESULT(shift);
        shiftId = shift->id;
        QVERIFY_RESULT(shifts.cashIn(f.owner, 500000, QStringLiteral("Float")));
        const auto sell = [&](std::int64_t product, app::Milli q, PaymentType type) {
            auto s = sales.create(f.owner);
            (void)sales.addLine(f.owner, s->id, {product, q, {}, {}, 0});
            return sales.complete(f.owner, s->id, {{type, sales.sale(s->id)->total, 0, {}}});
        };
        auto s1 = sell(a.id, 3000, PaymentType::Cash); // 300.00 cash
        QVERIFY_RESULT(s1);
        QVERIFY_RESULT(sell(b.id, 1000, PaymentType::Card));                            // 55.00 card
        QVERIFY_RESULT(sell(a.id, 1000, PaymentType::Sbp));                             // 100.00 SBP
        QVERIFY_RESULT(sales.createReturn(f.owner, s1->id, {{s1->lines[0].id, 1000}})); // 100.00 cash back
        QVERIFY_RESULT(shifts.cashOut(f.owner, 20000, QStringLiteral("Collection")));
    }

    void dashboardOfToday()
    {
        ReportQueries q(*f.db);
        auto d = q.dashboard(Period::day(QDate::currentDate()));
        QVERIFY_RESULT(d);
        QCOMPARE(d->gross, Kopecks(45500));
        QCOMPARE(d->returns, Kopecks(10000));
        QCOMPARE(d->net, Kopecks(35500));
        QCOMPARE(d->receipts, 3);
        QCOMPARE(d->returnCount, 1);
        QCOMPARE(d->average, Kopecks(15167)); // 455.00 / 3 = 151.666..., half up
        QCOMPARE(d->payments[0], Kopecks(20000));
        QCOMPARE(d->payments[1], Kopecks(5500));
        QCOMPARE(d->payments[2], Kopecks(10000));
        QCOMPARE(d->byDay.size(), 1);
        QCOMPARE(d->byDay[0].date, QDate::currentDate());
        QCOMPARE(d->byDay[0].gross, Kopecks(45500));
        QCOMPARE(d->byDay[0].returns, Kopecks(10000));
        Kopecks hours = 0;
        for (Kopecks h : d->byHour)
            hours += h;
        QCOMPARE(hours, Kopecks(35500));
        QCOMPARE(d->byHour[std::size_t(QTime::currentTime().hour())] != 0 ||
                     QTime::currentTime().minute() == 0,
                 true);
    }

    void otherPeriodsAreEmpty()
    {
        ReportQueries q(*f.db);
        auto y = q.dashboard(Period::day(QDate::currentDate().addDays(-1)));
        QVERIFY_RESULT(y);
        QCOMPARE(y->gross, Kopecks(0));
        QCOMPARE(y->receipts, 0);
        QCOMPARE(y->byDay.size(), 1);
        auto week = q.dashboard(Period::days(QDate::currentDate().addDays(-6), QDate::currentDate()));
        QVERIFY_RESULT(week);
        QCOMPARE(week->byDay.size(), 7); // every day shown, zeros included
        QCOMPARE(week->net, Kopecks(35500));
    }

    void groupedReports()
    {
        ReportQueries q(*f.db);
        const auto today = Period::day(QDate::currentDate());
        auto cashiers = q.byCashier(today);
        QVERIFY_RESULT(cashiers);
        QCOMPARE(cashiers->size(), 1);
        QCOMPARE(cashiers->at(0).name, QStringLiteral("Owner"));
        QCOMPARE(cashiers->at(0).documents, 3);
        QCOMPARE(cashiers->at(0).amount, Kopecks(35500));
        auto products = q.byProduct(today);
        QVERIFY_RESULT(products);
        QCOMPARE(products->bySum.size(), 2);
        QCOMPARE(products->bySum[0].name, QStringLiteral("Apples"));
        QCOMPARE(products->bySum[0].amount, Kopecks(30000)); // 400.00 sold, 100.00 returned
        QCOMPARE(products->bySum[0].quantity, app::Milli(3000));
        QCOMPARE(products->bySum[1].amount, Kopecks(5500));
        QCOMPARE(products->byQuantity[0].name, QStringLiteral("Apples"));
        auto vat = q.byVat(today);
        QVERIFY_RESULT(vat);
        QCOMPARE(vat->size(), 2);
        QCOMPARE(vat->at(0).key, 2); // 10 %
        QCOMPARE(vat->at(0).amount, Kopecks(5500));
        QCOMPARE(vat->at(0).vat, Kopecks(500));
        QCOMPARE(vat->at(1).key, 11); // 22 %
        QCOMPARE(vat->at(1).amount, Kopecks(30000));
        auto categories = q.byCategory(today);
        QVERIFY_RESULT(categories);
        Kopecks sum = 0;
        for (const SalesRow &r : *categories)
            sum += r.amount;
        QCOMPARE(sum, Kopecks(35500));
    }

    void shiftAndDrawerEqualTheZReport()
    {
        ReportQueries q(*f.db);
        app::ShiftService shifts(*f.db);
        auto z = shifts.totals(shiftId);
        QVERIFY_RESULT(z);
        QCOMPARE(z->cashInDrawer, Kopecks(500000 + 30000 - 10000 - 20000));
        auto rows = q.shifts(Period::day(QDate::currentDate()));
        QVERIFY_RESULT(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->at(0).sales, z->byCalcSign[1].amount);
        QCOMPARE(rows->at(0).returns, z->byCalcSign[2].amount);
        QCOMPARE(rows->at(0).drawer, z->cashInDrawer);
        QCOMPARE(rows->at(0).cash, Kopecks(20000));
        QCOMPARE(rows->at(0).cashIn, Kopecks(500000));
        QCOMPARE(rows->at(0).cashOut, Kopecks(20000));
        auto drawer = q.drawer(Period::day(QDate::currentDate()));
        QVERIFY_RESULT(drawer);
        QCOMPARE(drawer->size(), 4); // cash in, cash sale, cash return, cash out
        QCOMPARE(drawer->last().balance, z->cashInDrawer);
    }

    void documentsAndFilters()
    {
        ReportQueries q(*f.db);
        DocumentFilter all;
        all.period = Period::day(QDate::currentDate());
        auto rows = q.documents(all);
        QVERIFY_RESULT(rows);
        QCOMPARE(rows->size(), 6);
        QCOMPARE(rows->first().type, DocType::CashIn);
        QCOMPARE(rows->last().type, DocType::CashOut);
        DocumentFilter returns = all;
        returns.typeMask = 1 << int(DocType::Return);
        QCOMPARE(q.documents(returns)->size(), 1);
        QCOMPARE(q.documents(returns)->at(0).amount, Kopecks(10000));
        QVERIFY(q.documents(returns)->at(0).saleId > 0);
        DocumentFilter card = all;
        card.payment = 1;
        QCOMPARE(q.documents(card)->size(), 1);
        QCOMPARE(q.documents(card)->at(0).amount, Kopecks(5500));
        DocumentFilter big = all;
        big.minAmount = 20000;
        QCOMPARE(q.documents(big)->size(), 3); // cash in 5000.00, sale 300.00, cash out 200.00
        DocumentFilter number = all;
        number.typeMask = 1 << int(DocType::Sale);
        number.number = 2;
        QCOMPARE(q.documents(number)->size(), 1);
        QCOMPARE(q.documents(number)->at(0).amount, Kopecks(5500));
        DocumentFilter other = all;
        other.cashierId = f.cashier.employeeId;
        QCOMPARE(q.documents(other)->size(), 0);
    }

    void warningsFromTheJournalAndOutbox()
    {
        ReportQueries q(*f.db);
        app::DeviceHealth health;
        health.ofdBacklog = 3;
        health.ofdOldest = QDateTime::currentDateTime().addDays(-26);
        auto w = q.warnings(health, QDateTime::currentDateTimeUtc());
        QVERIFY_RESULT(w);
        QStringList texts;
        for (const Warning &x : *w)
            texts << x.text;
        const QString all = texts.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("3 document(s) not sent to the OFD")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("26 day(s)")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("waiting for the registrar")),
                 qPrintable(all)); // nothing printed here
        QVERIFY2(all.contains(QStringLiteral("cloud cabinet")), qPrintable(all));
        QCOMPARE(w->first().level, Warning::Level::Urgent); // 26 days: the FN blocks at 30
    }

    void fnAndShiftWarnings()
    {
        // The registrar's own alerts pass through as it words them; an open shift nearing 24 hours
        // warns from this till's shift record when the registrar has said nothing yet.
        ReportQueries q(*f.db);
        app::DeviceHealth health;
        health.fnAlert = app::FnAlert::ExpiresSoon;
        health.fnMessage = QStringLiteral("FN expires in 10 days");
        auto w = q.warnings(health, QDateTime::currentDateTimeUtc().addSecs(23 * 3600 + 1800), false);
        QVERIFY_RESULT(w);
        QStringList texts;
        for (const Warning &x : *w)
            texts << x.text;
        const QString all = texts.join(u'\n');
        QVERIFY2(texts.contains(QStringLiteral("FN expires in 10 days")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("The shift has been open for 23 hour")), qPrintable(all));
        bool urgentShift = false;
        for (const Warning &x : *w)
            urgentShift |= x.level == Warning::Level::Urgent && x.text.contains(QStringLiteral("24 hours"));
        QVERIFY(urgentShift);
        // An hour earlier: nothing about the shift.
        auto early = q.warnings({}, QDateTime::currentDateTimeUtc().addSecs(22 * 3600), false);
        QVERIFY_RESULT(early);
        for (const Warning &x : *early)
            QVERIFY2(!x.text.contains(QStringLiteral("shift")), qPrintable(x.text));
        health.shiftAlert = app::ShiftAlert::Expired;
        health.shiftMessage = QStringLiteral("The shift is over 24 hours");
        auto expired = q.warnings(health, QDateTime::currentDateTimeUtc(), false);
        QVERIFY_RESULT(expired);
        bool said = false;
        for (const Warning &x : *expired)
            said |= x.text == health.shiftMessage && x.level == Warning::Level::Urgent;
        QVERIFY(said);
    }

    void noCloudNoOutboxWarning()
    {
        // A till with no cloud cabinet keeps its outbox; that is nothing to warn the owner about.
        ReportQueries q(*f.db);
        auto w = q.warnings({}, QDateTime::currentDateTimeUtc(), false);
        QVERIFY_RESULT(w);
        for (const Warning &x : *w)
            QVERIFY2(!x.text.contains(QStringLiteral("cloud cabinet")), qPrintable(x.text));
        // Documents "waiting for the registrar" were made minutes ago: minutes, not "0 hours".
        for (const Warning &x : *w)
            QVERIFY2(!x.text.contains(QStringLiteral("0 hour")), qPrintable(x.text));
    }

    void serviceRunsOffThreadAndDropsStaleRequests()
    {
        ReportsService service(f.path);
        QSignalSpy spy(&service, &ReportsService::loaded);
        QSignalSpy early(&service, &ReportsService::dashboardLoaded);
        QList<int> order; // +request for the dashboard, -request for the whole set
        connect(&service, &ReportsService::dashboardLoaded, this, [&order](int r) { order << r; });
        connect(&service, &ReportsService::loaded, this, [&order](int r) { order << -r; });
        const auto today = Period::day(QDate::currentDate());
        int last = 0;
        for (int i = 0; i < 5; ++i)
            last = service.load(today, {});
        QTRY_VERIFY(!spy.isEmpty() && spy.last().at(0).toInt() == last);
        QTest::qWait(50);
        QCOMPARE(spy.last().at(0).toInt(), last); // nothing older arrives after the newest
        const auto set = spy.last().at(1).value<ReportSet>();
        QVERIFY2(set.error.isEmpty(), qPrintable(set.error));
        QCOMPARE(set.dashboard.net, Kopecks(35500));
        QCOMPARE(set.shifts.size(), 1);
        QCOMPARE(set.products.bySum.size(), 2);
        // The newest request's dashboard came before its whole set, with the same figures.
        QVERIFY(!early.isEmpty());
        QCOMPARE(early.last().at(0).toInt(), last);
        QCOMPARE(early.last().at(1).value<Dashboard>().net, Kopecks(35500));
        QVERIFY(order.indexOf(last) >= 0 && order.indexOf(last) < order.indexOf(-last));
    }
};

QTEST_GUILESS_MAIN(TstReportsQueries)
#include "tst_reports_queries.moc"
