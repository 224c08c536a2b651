#include <QTest>

#include "app/sync/fiscaljobs.h"
#include "app/sync/outbox.h"
#include "modeltest.h"

using app::PaymentType;

class TstShifts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openCloseAndNumbers()
    {
        ModelFixture f;
        f.addPeople();
        app::ShiftService shifts(*f.db);
        QVERIFY(!shifts.current());
        auto first = shifts.open(f.cashier);
        QVERIFY_RESULT(first);
        QCOMPARE(first->number, 1);
        QCOMPARE(first->openedBy, f.cashier.employeeId);
        QCOMPARE(shifts.open(f.cashier).error().code, app::Error::Code::Conflict);
        QCOMPARE(shifts.open({f.owner.employeeId, app::Role::Guest}).error().code,
                 app::Error::Code::PermissionDenied);
        QVERIFY_RESULT(shifts.close(f.cashier));
        QVERIFY(!shifts.current());
        QVERIFY(shifts.shift(first->id)->closedAt.isValid());
        QCOMPARE(shifts.close(f.cashier).error().code, app::Error::Code::Conflict);
        auto second = shifts.open(f.cashier);
        QVERIFY_RESULT(second);
        QCOMPARE(second->number, 2);
        app::FiscalJobRepository jobs(*f.db);
        QVERIFY(jobs.jobForDocument(QStringLiteral("open_shift"), first->uuid));
        QVERIFY(jobs.jobForDocument(QStringLiteral("z_report"), first->uuid));
        // The close (Z report) goes to the cabinet under the shift's uuid, the open under its own.
        QCOMPARE(app::Outbox::find(*f.db, first->uuid)->type, QStringLiteral("shift_close"));
    }

    void totalsPerOperationAndPaymentType()
    {
        ModelFixture f;
        f.addPeople();
        const auto a = f.addProduct(QStringLiteral("A"), 10000, QStringLiteral("4607001000013"), 11);
        const auto b = f.addProduct(QStringLiteral("B"), 5500, QStringLiteral("4607001000020"), 2);
        app::ShiftService shifts(*f.db);
        app::SalesService sales(*f.db);
        auto shift = shifts.open(f.owner);
        QVERIFY_RESULT(shift);
        QVERIFY_RESULT(shifts.cashIn(f.owner, 500000, QStringLiteral("Morning float")));
        const auto sell = [&](std::int64_t product, app::Milli q, PaymentType type) {
            auto s = sales.create(f.owner);
            (void)sales.addLine(f.owner, s->id, {product, q, {}, {}, 0});
            const app::Kopecks total = sales.sale(s->id)->total;
            return sales.complete(f.owner, s->id, {{type, total, 0, {}}});
        };
        auto s1 = sell(a.id, 2000, PaymentType::Cash); // 200.00 cash
        QVERIFY_RESULT(s1);
        QVERIFY_RESULT(sell(b.id, 1000, PaymentType::Card));                            // 55.00 card
        QVERIFY_RESULT(sell(a.id, 1000, PaymentType::Sbp));                             // 100.00 SBP
        QVERIFY_RESULT(sales.createReturn(f.owner, s1->id, {{s1->lines[0].id, 1000}})); // 100.00 cash back
        QVERIFY_RESULT(shifts.cashOut(f.owner, 20000, QStringLiteral("Collection")));
        QCOMPARE(shifts.cashOut(f.owner, 10'000'000, QStringLiteral("Too much")).error().code,
                 app::Error::Code::Validation);
        QCOMPARE(shifts.cashOut(f.cashier, 100, QStringLiteral("No right")).error().code,
                 app::Error::Code::PermissionDenied);
        QCOMPARE(shifts.cashIn(f.owner, 100, QStringLiteral("  ")).error().code,
                 app::Error::Code::Validation);

        auto t = shifts.totals(shift->id);
        QVERIFY_RESULT(t);
        QCOMPARE(t->sales.count, 3);
        QCOMPARE(t->sales.amount, app::Kopecks(35500));
        QCOMPARE(t->returns.count, 1);
        QCOMPARE(t->returns.amount, app::Kopecks(10000));
        QCOMPARE(t->byCalcSign[1].amount, app::Kopecks(35500));
        QCOMPARE(t->paymentsBySign[1][int(PaymentType::Cash)], app::Kopecks(20000));
        QCOMPARE(t->paymentsBySign[1][int(PaymentType::Card)], app::Kopecks(5500));
        QCOMPARE(t->paymentsBySign[1][int(PaymentType::Sbp)], app::Kopecks(10000));
        QCOMPARE(t->paymentsBySign[2][int(PaymentType::Cash)], app::Kopecks(10000));
        QCOMPARE(t->vatBySign[1][11], app::Kopecks(3607 + 1803)); // 200.00 and 100.00 at 22/122
        QCOMPARE(t->vatBySign[1][2], app::Kopecks(500));          // 55.00 at 10/110
        QCOMPARE(t->cashIn.amount, app::Kopecks(500000));
        QCOMPARE(t->cashOut.amount, app::Kopecks(20000));
        QCOMPARE(t->cashInDrawer, app::Kopecks(500000 + 20000 - 10000 - 20000));
        QCOMPARE(shifts.cashDocuments(shift->id).size(), 2);

        auto closed = shifts.close(f.owner);
        QVERIFY_RESULT(closed);
        QCOMPARE(closed->cashInDrawer, t->cashInDrawer);
    }
};

QTEST_GUILESS_MAIN(TstShifts)
#include "tst_shifts.moc"
