// Discount caps set by the owner in the cabinet (PUT /points-of-sale/{id}/discount-settings) reach the
// till of that point through a real `prilavok-cabinet` and the real sync client, and the till's sale
// then holds its senior cashier (the till's Manager) to that role's cap: above it refused with a message
// naming the cap and the role, within it taken. (The till's plain cashier has no discount permission at
// all, app/staff/permissions.cpp.) Another point's settings, pulled by the same till, change nothing.

#include <QCoreApplication>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include "app/catalog/catalogservice.h"
#include "app/cloud/syncengine.h"
#include "app/organisation/organisation.h"
#include "app/sales/salesservice.h"
#include "support/cabinetfixture.h"
#include "support/cabinetserver.h"
#include "support/ownerapi.h"
#include "support/till.h"
#include "widgets/translations.h"

using namespace app;
using namespace app::cloud;
using namespace cloudtest;

namespace {

QJsonObject settings(bool enabled, int cashier, int senior, int admin)
{
    return {{QStringLiteral("enabled"), enabled},
            {QStringLiteral("max_percent"), QJsonObject{{QStringLiteral("cashier"), cashier},
                                                        {QStringLiteral("senior_cashier"), senior},
                                                        {QStringLiteral("administrator"), admin}}}};
}

} // namespace

class TestCloudDiscounts : public QObject, protected CabinetFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void capsSetInTheCabinetHoldTheTillsCashier();
};

void TestCloudDiscounts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(ui::installTranslations(*qApp, QStringLiteral("ru"))); // the cashier reads Russian
}

void TestCloudDiscounts::init()
{
    openCabinet();
}

void TestCloudDiscounts::cleanup()
{
    closeCabinet();
}

void TestCloudDiscounts::capsSetInTheCabinetHoldTheTillsCashier()
{
    bool ok = false;
    QString err;
    const QString otherPos = m_server
                                 ->admin({QStringLiteral("create-pos"), QStringLiteral("--org"), m_shop.org,
                                          QStringLiteral("Склад")},
                                         &ok, &err)
                                 .object()
                                 .value(QLatin1String("point_of_sale_id"))
                                 .toString();
    QVERIFY2(ok && !otherPos.isEmpty(), qPrintable(err));
    m_server->admin({QStringLiteral("put"), QStringLiteral("--org"), m_shop.org, QStringLiteral("product"),
                     QStringLiteral("p-tea"), QStringLiteral(R"({"name":"Чай","price":"100.00"})")},
                    &ok, &err);
    QVERIFY2(ok, qPrintable(err));
    const QString cashierUuid = QStringLiteral("5b8e0f5e-1111-4111-8111-000000000002");
    m_server->admin({QStringLiteral("add-employee"), QStringLiteral("--org"), m_shop.org,
                     QStringLiteral("Петрова Е."), QStringLiteral("--role"), QStringLiteral("senior_cashier"),
                     QStringLiteral("--pin-hash"), QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$c2FsdA$aGFzaA"),
                     QStringLiteral("--id"), cashierUuid},
                    &ok, &err);
    QVERIFY2(ok, qPrintable(err));

    // The owner caps this point's cashier at 10 %; the other point (pulled after it) allows 40 %.
    QVERIFY(addOwner(m_server->connectionString(), m_shop.org, QStringLiteral("owner@romashka.ru"),
                     QStringLiteral("пароль-владельца")));
    OwnerApi owner(m_server->baseUrl());
    QVERIFY(owner.login(QStringLiteral("owner@romashka.ru"), QStringLiteral("пароль-владельца")));
    QCOMPARE(owner.put(QStringLiteral("/points-of-sale/%1/discount-settings").arg(m_shop.pos),
                       settings(true, 10, 25, 60)),
             200);
    QCOMPARE(owner.put(QStringLiteral("/points-of-sale/%1/discount-settings").arg(otherPos),
                       settings(false, 40, 40, 40)),
             200);

    SyncSettings s = testSettings(m_dir->path());
    s.tokenPath = path(QStringLiteral("device.json"));
    SyncEngine engine(s);
    engine.attachDatabase(m_db.get());
    QCOMPARE(activate(engine, m_server->baseUrl(), m_shop.code), QString());
    QVERIFY(runCycle(engine));

    const DiscountSettings d = OrganisationService(*m_db).discountSettings();
    QVERIFY(d.itemDiscounts);
    QVERIFY(d.receiptDiscounts);
    QCOMPARE(d.capFor(Role::Cashier), 10);
    QCOMPARE(d.capFor(Role::Manager), 25); // the cabinet's senior cashier
    QCOMPARE(d.capFor(Role::Admin), 60);
    QCOMPARE(d.capFor(Role::Owner), 100); // the cabinet does not cap the till's owner

    const qint64 cashierId =
        scalar(*m_db, QStringLiteral("SELECT id FROM employees WHERE uuid = ?"), {cashierUuid});
    QVERIFY(cashierId > 0);
    const Actor cashier{cashierId, Role::Manager};
    const qint64 teaId = scalar(*m_db, QStringLiteral("SELECT id FROM products WHERE uuid = 'p-tea'"));
    QVERIFY(teaId > 0);
    SalesService sales(*m_db);
    auto sale = sales.create(cashier);
    QVERIFY(sale);
    LineInput tea;
    tea.productId = teaId;
    tea.quantity = 1000;
    auto line = sales.addLine(cashier, sale->id, tea);
    QVERIFY(line);
    const auto above = sales.setItemDiscount(cashier, sale->id, line->id, 2501); // 25.01 % of 100 ₽
    QVERIFY(!above);
    QCOMPARE(above.error().code, Error::Code::Validation);
    QCOMPARE(above.error().message, QStringLiteral("Скидка больше 25 % для роли «Менеджер» запрещена."));
    QVERIFY(sales.setItemDiscount(cashier, sale->id, line->id, 2500)); // exactly 25 %
    QCOMPARE(sales.sale(sale->id)->total, Kopecks(7500));

    // Switched off in the cabinet: the next pull takes every manual discount away.
    QCOMPARE(owner.put(QStringLiteral("/points-of-sale/%1/discount-settings").arg(m_shop.pos),
                       settings(false, 10, 25, 60)),
             200);
    QVERIFY(runCycle(engine));
    QVERIFY(!OrganisationService(*m_db).discountSettings().itemDiscounts);
    QCOMPARE(sales.setItemDiscount(cashier, sale->id, line->id, 500).error().code, Error::Code::Validation);
}

QTEST_GUILESS_MAIN(TestCloudDiscounts)
#include "tst_clouddiscounts.moc"
