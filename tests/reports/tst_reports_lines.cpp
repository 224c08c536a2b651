// The product, category and VAT reports and the dashboard read a period's lines and payments in one
// pass through SQLite's C API, finding them either by one range scan over the run of document ids
// or document by document. Both ways must give the same sums, skip the documents of the run that
// are not the period's (a cancelled one here), and keep lines at a free price apart by name. The
// run here is stretched on purpose: a sale put aside, then a document numbered 100000.
#include <QSqlQuery>
#include <QTest>

#include "app/reports/linesums.h"
#include "app/reports/reportqueries.h"
#include "modeltest.h"

using app::Kopecks;
using app::Milli;
using app::PaymentType;
using namespace app::reports;

class TstReportsLines : public QObject
{
    Q_OBJECT

    ModelFixture f;

    static Period today() { return Period::day(QDate::currentDate()); }

private Q_SLOTS:
    void initTestCase()
    {
        f.addPeople();
        const auto apples =
            f.addProduct(QStringLiteral("Apples"), 10000, QStringLiteral("4607001000013"), 11);
        const auto bread = f.addProduct(QStringLiteral("Bread"), 5500, QStringLiteral("4607001000020"), 2);
        QSqlQuery sql(f.db->connection());
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO categories(id, name) VALUES (7, 'Fruit')")));
        QVERIFY(sql.exec(QStringLiteral("UPDATE products SET category_id = 7 WHERE id = %1").arg(apples.id)));
        app::ShiftService shifts(*f.db);
        app::SalesService sales(*f.db);
        QVERIFY_RESULT(shifts.open(f.owner));

        // Put aside first (a low id), completed last.
        auto early = sales.create(f.owner);
        QVERIFY_RESULT(early);
        QVERIFY_RESULT(sales.addLine(f.owner, early->id, {apples.id, 2000, {}, {}, 0}));
        QVERIFY(early->id < 100);

        // A cancelled document far up the numbering, with a line the reports must not count.
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO sales(id, uuid, kind, calc_sign, status, cashier_id, "
                                        "total, created_at, updated_at, "
                                        "completed_at) VALUES (100000, 'cancelled', 0, 1, 3, %1, 9999900, "
                                        "'2000-01-01T00:00:00.000Z', "
                                        "'2000-01-01T00:00:00.000Z', NULL)")
                             .arg(f.owner.employeeId)));
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO sale_lines(sale_id, position, product_id, name, price, "
                                        "quantity, unit_code, vat_code, "
                                        "subject, total, vat_amount) VALUES (100000, 1, %1, 'Apples', "
                                        "9999900, 1000, 0, 11, 1, 9999900, 0)")
                             .arg(apples.id)));

        auto card = sales.create(f.owner);
        QVERIFY_RESULT(card);
        QCOMPARE(card->id, std::int64_t(100001));
        QVERIFY_RESULT(sales.addLine(f.owner, card->id, {bread.id, 1000, {}, {}, 0}));
        QVERIFY_RESULT(sales.addFreeItem(f.owner, card->id, {QStringLiteral("Bag"), 6, 0, 1}, 500));
        QVERIFY_RESULT(sales.complete(f.owner, card->id, {{PaymentType::Card, 6000, 0, {}}}));

        auto cash = sales.create(f.owner);
        QVERIFY_RESULT(cash);
        auto line = sales.addLine(f.owner, cash->id, {apples.id, 1000, {}, {}, 0});
        QVERIFY_RESULT(line);
        QVERIFY_RESULT(sales.complete(f.owner, cash->id, {{PaymentType::Cash, 10000, 0, {}}}));

        QVERIFY_RESULT(sales.complete(f.owner, early->id, {{PaymentType::Cash, 20000, 0, {}}}));
        QVERIFY_RESULT(sales.createReturn(f.owner, cash->id, {{line->id, 1000}}));
    }

    void bothScansGiveTheSameSums_data()
    {
        QTest::addColumn<int>("scan");
        QTest::newRow("auto") << int(raw::Scan::Auto);
        QTest::newRow("range") << int(raw::Scan::Range);
        QTest::newRow("per document") << int(raw::Scan::PerDocument);
    }

    void bothScansGiveTheSameSums()
    {
        QFETCH(int, scan);
        auto sums = sumLines(*f.db, today(), raw::Scan(scan));
        QVERIFY_RESULT(sums);
        QCOMPARE(sums->byProduct.size(), std::size_t(2));
        LineSum apples, bread;
        for (const auto &[id, sum] : sums->byProduct)
            (sum.amount > 10000 ? apples : bread) = sum;
        QCOMPARE(apples.amount, Kopecks(20000)); // 200.00 + 100.00 - 100.00 returned; not the cancelled one
        QCOMPARE(apples.quantity, Milli(2000));
        QCOMPARE(apples.lines, 3);
        QCOMPARE(bread.amount, Kopecks(5500));
        QCOMPARE(sums->freeByName.size(), std::size_t(1));
        QCOMPARE(sums->freeByName.begin()->first, QStringLiteral("Bag"));
        QCOMPARE(sums->freeByName.begin()->second.amount, Kopecks(500));
        QCOMPARE(sums->byVat.size(), std::size_t(3));
        QCOMPARE(sums->byVat.at(2).amount, Kopecks(5500));
        QCOMPARE(sums->byVat.at(6).amount, Kopecks(500));
        QCOMPARE(sums->byVat.at(11).amount, Kopecks(20000));
    }

    void reportsFromOnePass()
    {
        ReportQueries q(*f.db);
        auto r = q.byLines(today());
        QVERIFY_RESULT(r);
        QCOMPARE(r->products.bySum.size(), 3);
        QCOMPARE(r->products.bySum[0].name, QStringLiteral("Apples"));
        QCOMPARE(r->products.bySum[0].amount, Kopecks(20000));
        QCOMPARE(r->products.bySum[1].name, QStringLiteral("Bread"));
        QCOMPARE(r->products.bySum[2].name, QStringLiteral("Bag"));
        QCOMPARE(r->products.bySum[2].key, std::int64_t(0));
        QCOMPARE(r->products.byQuantity[0].name, QStringLiteral("Apples"));
        QCOMPARE(r->products.byQuantity[0].quantity, Milli(2000));
        QCOMPARE(r->categories.size(), 2);
        QCOMPARE(r->categories[0].name, QStringLiteral("Fruit"));
        QCOMPARE(r->categories[0].amount, Kopecks(20000));
        QCOMPARE(r->categories[1].key, std::int64_t(0)); // bread has none, the bag is off the catalog
        QCOMPARE(r->categories[1].amount, Kopecks(6000));
        QCOMPARE(r->vat.size(), 3);
        QCOMPARE(r->vat[0].key, std::int64_t(2));
        QCOMPARE(r->vat[2].key, std::int64_t(11));
        QCOMPARE(r->vat[2].amount, Kopecks(20000));
        auto top1 = q.byProduct(today(), 1);
        QVERIFY_RESULT(top1);
        QCOMPARE(top1->bySum.size(), 1);
        QCOMPARE(top1->bySum[0].name, QStringLiteral("Apples"));
    }

    void dashboardOverAStretchedRun()
    {
        auto d = ReportQueries(*f.db).dashboard(today());
        QVERIFY_RESULT(d);
        QCOMPARE(d->gross, Kopecks(36000));
        QCOMPARE(d->returns, Kopecks(10000));
        QCOMPARE(d->net, Kopecks(26000));
        QCOMPARE(d->receipts, 3);
        QCOMPARE(d->returnCount, 1);
        QCOMPARE(d->payments[0], Kopecks(20000)); // 200.00 + 100.00 - 100.00 back
        QCOMPARE(d->payments[1], Kopecks(6000));
        QCOMPARE(d->payments[2], Kopecks(0));
    }

    void emptyPeriod()
    {
        const auto lastYear = Period::day(QDate::currentDate().addYears(-1));
        auto r = ReportQueries(*f.db).byLines(lastYear);
        QVERIFY_RESULT(r);
        QVERIFY(r->products.bySum.isEmpty());
        QVERIFY(r->categories.isEmpty());
        QVERIFY(r->vat.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstReportsLines)
#include "tst_reports_lines.moc"
