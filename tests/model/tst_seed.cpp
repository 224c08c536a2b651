#include <QTest>

#include "app/core/validation.h"
#include "app/demo/seeddata.h"
#include "app/organisation/organisation.h"
#include "modeltest.h"

class TstSeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoShopIsReadyToSell()
    {
        ModelFixture f;
        auto seed = app::seedDemoData(*f.db, app::PinHasher::FastForTests);
        QVERIFY_RESULT(seed);
        QVERIFY(seed->products >= 55);
        app::StaffService staff(*f.db, app::systemClock(), app::PinHasher::FastForTests);
        auto owner = staff.login(seed->ownerId, QLatin1String(app::DemoOwnerPin));
        QVERIFY_RESULT(owner);
        QCOMPARE(owner->role, app::Role::Owner);
        auto cashier = staff.login(seed->cashierId, QLatin1String(app::DemoCashierPin));
        QVERIFY_RESULT(cashier);
        QCOMPARE(cashier->role, app::Role::Cashier);

        app::OrganisationService org(*f.db);
        QVERIFY(org.legalEntity());
        QVERIFY(app::isValidInn(org.legalEntity()->inn));
        QCOMPARE(org.workplaces().size(), 1);

        app::CatalogService catalog(*f.db);
        QSqlQuery q(f.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT code FROM barcodes")));
        int codes = 0;
        while (q.next()) {
            QVERIFY2(app::isValidEan(q.value(0).toString()), qPrintable(q.value(0).toString()));
            ++codes;
        }
        QCOMPARE(codes, seed->products);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM products WHERE weighted = 1")) && q.next());
        QVERIFY(q.value(0).toInt() >= 5);
        QVERIFY(
            q.exec(QStringLiteral("SELECT COUNT(DISTINCT marking_type) FROM products WHERE marked = 1")) &&
            q.next());
        QCOMPARE(q.value(0).toInt(), 5); // milk, water, beer, tobacco, shoes
        QVERIFY(!catalog.search(QStringLiteral(u"молоко")).isEmpty());

        // A sale straight away with the demo cashier.
        app::ShiftService shifts(*f.db);
        QVERIFY_RESULT(shifts.open(*cashier));
        app::SalesService sales(*f.db);
        auto s = sales.create(*cashier);
        const auto bread = catalog.search(QStringLiteral(u"хлеб")).first();
        QVERIFY_RESULT(sales.addLine(*cashier, s->id, {bread.id, 1000, {}, {}, 0}));
        QVERIFY_RESULT(sales.complete(*cashier, s->id, {{app::PaymentType::Cash, bread.price, 10000, {}}}));

        QCOMPARE(app::seedDemoData(*f.db, app::PinHasher::FastForTests).error().code,
                 app::Error::Code::Conflict);
    }
};

QTEST_GUILESS_MAIN(TstSeed)
#include "tst_seed.moc"
