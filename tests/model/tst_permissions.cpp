#include <QTest>

#include "app/catalog/catalogimporter.h"
#include "app/organisation/organisation.h"
#include "app/staff/permissions.h"
#include "modeltest.h"

using app::Permission;
using app::Role;

Q_DECLARE_METATYPE(app::Role)
Q_DECLARE_METATYPE(app::Permission)

class TstPermissions : public QObject
{
    Q_OBJECT

    // The intent of the issue, written out independently of the implementation's switch.
    static bool expected(Role role, Permission p)
    {
        const bool staffOrDevicesOrSettings =
            p == Permission::ManageStaff || p == Permission::ManageDevices || p == Permission::ManageSettings;
        switch (role) {
        case Role::Owner:
        case Role::Admin:
            return true;
        case Role::Manager:
            return !staffOrDevicesOrSettings;
        case Role::Cashier:
            return p == Permission::Sell || p == Permission::ViewCatalog || p == Permission::CashIn ||
                   p == Permission::OpenCloseShift;
        case Role::Guest:
            return p == Permission::ViewCatalog || p == Permission::ViewReports;
        }
        return false;
    }

private Q_SLOTS:
    void matrix_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<bool>("allowed");
        for (int r = 0; r < app::RoleCount; ++r) {
            for (int p = 0; p < app::PermissionCount; ++p) {
                const Role role = Role(r);
                const Permission permission = Permission(p);
                QTest::addRow("%s/%s", qPrintable(app::roleName(role)),
                              qPrintable(app::permissionName(permission)))
                    << role << permission << expected(role, permission);
            }
        }
    }

    void matrix()
    {
        QFETCH(Role, role);
        QFETCH(Permission, permission);
        QFETCH(bool, allowed);
        QCOMPARE(app::roleHas(role, permission), allowed);
        const auto r = app::AccessControl::check({1, role}, permission);
        QCOMPARE(bool(r), allowed);
        if (!allowed) {
            QCOMPARE(r.error().code, app::Error::Code::PermissionDenied);
            QVERIFY(r.error().message.contains(app::permissionName(permission)));
        }
    }

    // The same matrix through the real services: a widget that forgets to hide a button still
    // cannot let the action through.
    void servicesEnforce_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Permission>("permission");
        const Permission enforced[] = {
            Permission::Sell,           Permission::EditCatalog, Permission::ImportCatalog,
            Permission::Returns,        Permission::VoidSale,    Permission::FreePrice,
            Permission::Discounts,      Permission::CashIn,      Permission::CashOut,
            Permission::OpenCloseShift, Permission::Corrections, Permission::ManageStaff,
            Permission::ManageSettings};
        for (int r = 0; r < app::RoleCount; ++r) {
            for (const Permission p : enforced)
                QTest::addRow("%s/%s", qPrintable(app::roleName(Role(r))), qPrintable(app::permissionName(p)))
                    << Role(r) << p;
        }
    }

    void servicesEnforce()
    {
        QFETCH(Role, role);
        QFETCH(Permission, permission);
        ModelFixture f;
        f.addPeople();
        app::Actor actor = f.owner;
        if (role != Role::Owner) {
            auto e = f.staff().add(f.owner, {QStringLiteral("Someone"), {}, {}, {}, role},
                                   QStringLiteral("333333"));
            QVERIFY_RESULT(e);
            actor = {e->id, role};
        }
        const app::Product milk = f.addProduct(QStringLiteral("Milk"), 8990, QStringLiteral("4607001000013"));
        app::ShiftService shifts(*f.db);
        app::SalesService sales(*f.db);
        if (permission != Permission::OpenCloseShift) {
            QVERIFY_RESULT(shifts.open(f.owner));
            QVERIFY_RESULT(shifts.cashIn(f.owner, 100000, QStringLiteral("float")));
        }
        auto done = sales.create(f.owner);
        QVERIFY_RESULT(done);
        QVERIFY_RESULT(sales.addLine(f.owner, done->id, {milk.id, 1000, {}, {}, 0}));
        if (permission != Permission::OpenCloseShift)
            QVERIFY_RESULT(sales.complete(f.owner, done->id, {{app::PaymentType::Cash, 8990, 0, {}}}));
        auto open = sales.create(f.owner);
        QVERIFY_RESULT(open);
        auto line = sales.addLine(f.owner, open->id, {milk.id, 2000, {}, {}, 0});
        QVERIFY_RESULT(line);

        bool allowed = false;
        app::Error::Code code = app::Error::Code::Storage;
        const auto take = [&](const auto &r) {
            allowed = bool(r);
            if (!r)
                code = r.error().code;
        };
        switch (permission) {
        case Permission::Sell:
            take(sales.create(actor));
            break;
        case Permission::EditCatalog: {
            app::CatalogService catalog(*f.db);
            app::Product p;
            p.name = QStringLiteral("Bread");
            p.price = 5000;
            take(catalog.addProduct(actor, p));
            break;
        }
        case Permission::ImportCatalog: {
            app::CatalogImporter importer(*f.db);
            const auto report = importer.importCsv(actor, QByteArrayLiteral("name;price\nBread;50\n"));
            allowed = report.applied;
            if (!allowed)
                code = app::Error::Code::PermissionDenied;
            break;
        }
        case Permission::Returns:
            take(sales.createReturn(
                actor, done->id,
                {{done->lines.isEmpty() ? sales.sale(done->id)->lines[0].id : done->lines[0].id, 1000}}));
            break;
        case Permission::VoidSale:
            take(sales.removeLine(actor, open->id, line->id));
            break;
        case Permission::FreePrice:
            take(sales.addLine(actor, open->id, {milk.id, 1000, app::Kopecks(100), {}, 0}));
            break;
        case Permission::Discounts:
            take(sales.setReceiptDiscount(actor, open->id, 100));
            break;
        case Permission::CashIn:
            take(shifts.cashIn(actor, 1000, QStringLiteral("change")));
            break;
        case Permission::CashOut:
            take(shifts.cashOut(actor, 1000, QStringLiteral("collection")));
            break;
        case Permission::OpenCloseShift:
            take(shifts.open(actor));
            break;
        case Permission::Corrections: {
            app::CorrectionInput c;
            c.basisDate = QDate::currentDate().addDays(-1);
            c.lines = {{QStringLiteral("Milk"), 8990, 1000, 0, 2, 1}};
            c.payments = {{app::PaymentType::Cash, 8990, 0, {}}};
            take(sales.createCorrection(actor, c));
            break;
        }
        case Permission::ManageStaff:
            take(f.staff().add(actor, {QStringLiteral("New"), {}, {}, {}, Role::Cashier},
                               QStringLiteral("444444")));
            break;
        case Permission::ManageSettings: {
            app::OrganisationService org(*f.db);
            take(org.setDiscountSettings(actor, {}));
            break;
        }
        default:
            QFAIL("action not covered");
        }
        QCOMPARE(allowed, expected(role, permission));
        if (!allowed)
            QCOMPARE(code, app::Error::Code::PermissionDenied);
    }

    void keyRulesOfTheIssue()
    {
        QVERIFY(!app::roleHas(Role::Guest, Permission::Sell));
        QVERIFY(app::roleHas(Role::Cashier, Permission::ViewCatalog));
        QVERIFY(!app::roleHas(Role::Cashier, Permission::EditCatalog));
        for (const Role r : {Role::Manager, Role::Cashier, Role::Guest}) {
            QVERIFY(!app::roleHas(r, Permission::ManageStaff));
            QVERIFY(!app::roleHas(r, Permission::ManageDevices));
        }
        for (const Permission p : {Permission::Returns, Permission::VoidSale, Permission::CashOut,
                                   Permission::FreePrice, Permission::Discounts})
            QVERIFY(!app::roleHas(Role::Cashier, p));
    }
};

QTEST_GUILESS_MAIN(TstPermissions)
#include "tst_permissions.moc"
