#include <QTest>

#include "app/organisation/organisation.h"
#include "modeltest.h"

using app::OrganisationService;

class TstOrganisation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void legalEntityNeedsAValidInn()
    {
        ModelFixture f;
        f.addPeople();
        OrganisationService org(*f.db);
        QCOMPARE(org.setLegalEntity(
                        f.owner, {QStringLiteral("LLC"), QStringLiteral("7707083894"), app::TaxSystem::Osn})
                     .error()
                     .code,
                 app::Error::Code::Validation);
        QVERIFY_RESULT(
            org.setLegalEntity(f.owner, {QStringLiteral("LLC Romashka"), QStringLiteral("7707083893"),
                                         app::TaxSystem::UsnIncome}));
        QVERIFY_RESULT(org.setLegalEntity(
            f.owner, {QStringLiteral("IP Petrov"), QStringLiteral("500100732259"), app::TaxSystem::Psn}));
        const auto e = org.legalEntity();
        QVERIFY(e);
        QCOMPARE(e->name, QStringLiteral("IP Petrov"));
        QCOMPARE(e->taxSystem, app::TaxSystem::Psn);
        QCOMPARE(org.setLegalEntity(f.cashier, *e).error().code, app::Error::Code::PermissionDenied);
    }

    void receiptTextLimits_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("limit");
        QTest::newRow("store name") << 0 << 102;
        QTest::newRow("address") << 1 << 68;
        QTest::newRow("phone") << 2 << 34;
        QTest::newRow("footer") << 3 << 340;
    }

    void receiptTextLimits()
    {
        QFETCH(int, field);
        QFETCH(int, limit);
        ModelFixture f;
        f.addPeople();
        OrganisationService org(*f.db);
        app::PointOfSale pos{
            0, QStringLiteral("Shop"), QStringLiteral("Moscow, Lenina 1"), QStringLiteral("Hall"), {}, {}, {},
            {}};
        QString *texts[] = {&pos.storeName, &pos.receiptAddress, &pos.phone, &pos.footer};
        *texts[field] = QString(limit, QLatin1Char('x'));
        auto id = org.savePointOfSale(f.owner, pos);
        QVERIFY_RESULT(id);
        *texts[field] = QString(limit + 1, QLatin1Char('x'));
        QCOMPARE(org.savePointOfSale(f.owner, pos).error().code, app::Error::Code::Validation);
        QCOMPARE(org.pointOfSale(*id)->place, QStringLiteral("Hall"));
    }

    void workplaces()
    {
        ModelFixture f;
        f.addPeople();
        OrganisationService org(*f.db);
        auto pos = org.savePointOfSale(
            f.owner,
            {0, QStringLiteral("Shop"), QStringLiteral("Addr"), QStringLiteral("Hall"), {}, {}, {}, {}});
        QVERIFY_RESULT(pos);
        QVERIFY_RESULT(org.saveWorkplace(
            f.owner, {0, *pos, QStringLiteral("Till 1"), 1, app::WorkplaceType::Stationary}));
        QVERIFY_RESULT(
            org.saveWorkplace(f.owner, {0, *pos, QStringLiteral("Courier"), 99, app::WorkplaceType::Mobile}));
        QCOMPARE(org.saveWorkplace(f.owner, {0, *pos, QStringLiteral("Dup"), 1, app::WorkplaceType::Automat})
                     .error()
                     .code,
                 app::Error::Code::Conflict);
        QCOMPARE(
            org.saveWorkplace(f.owner, {0, *pos, QStringLiteral("Bad"), 100, app::WorkplaceType::Automat})
                .error()
                .code,
            app::Error::Code::Validation);
        QCOMPARE(org.saveWorkplace(f.owner, {0, *pos, QStringLiteral("Bad"), 0, app::WorkplaceType::Automat})
                     .error()
                     .code,
                 app::Error::Code::Validation);
        QCOMPARE(org.workplaces().size(), 2);
        QCOMPARE(org.workplaces().last().type, app::WorkplaceType::Mobile);
    }

    void paymentMethodsPerRoleAndDiscounts()
    {
        ModelFixture f;
        f.addPeople();
        OrganisationService org(*f.db);
        QVERIFY(org.paymentAllowed(app::Role::Cashier, app::PaymentType::Sbp));
        QVERIFY_RESULT(org.setPaymentMethods(f.owner, app::Role::Cashier, {app::PaymentType::Cash}));
        QVERIFY(!org.paymentAllowed(app::Role::Cashier, app::PaymentType::Sbp));
        QVERIFY(org.paymentAllowed(app::Role::Cashier, app::PaymentType::Cash));
        QVERIFY(!org.paymentAllowed(app::Role::Guest, app::PaymentType::Cash));

        app::DiscountSettings wanted;
        wanted.itemDiscounts = false;
        wanted.setCap(app::Role::Cashier, 15);
        wanted.setCap(app::Role::Manager, 30);
        QVERIFY_RESULT(org.setDiscountSettings(f.owner, wanted));
        const auto d = org.discountSettings();
        QVERIFY(!d.itemDiscounts);
        QVERIFY(d.receiptDiscounts);
        QCOMPARE(d.capFor(app::Role::Cashier), 15); // one cap per role, kept apart
        QCOMPARE(d.capFor(app::Role::Manager), 30);
        QCOMPARE(d.capFor(app::Role::Admin), app::DiscountSettings::DefaultPercent);
        wanted.setCap(app::Role::Admin, 101);
        QCOMPARE(org.setDiscountSettings(f.owner, wanted).error().code, app::Error::Code::Validation);
        QCOMPARE(org.discountSettings().capFor(app::Role::Admin), app::DiscountSettings::DefaultPercent);
    }
};

QTEST_GUILESS_MAIN(TstOrganisation)
#include "tst_organisation.moc"
