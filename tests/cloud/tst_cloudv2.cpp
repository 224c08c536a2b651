// Sync payload v2 end to end (issue 14 §1, cabinet/PROTOCOL.md "Payload v2"): a till driven through
// its own services (ShiftService, SalesService) pushes a whole shift through the real sync client into
// a real `prilavok-cabinet`, on SQLite and on PostgreSQL. The owner API's figures for that shift must
// equal the till's own Z report, and every document must name the cabinet's ids.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#include "app/cloud/syncengine.h"
#include "app/sales/salesservice.h"
#include "app/sales/shiftservice.h"
#include "app/storage/database.h"
#include "app/sync/outbox.h"
#include "app/sync/payloadv2.h"
#include "support/cabinetserver.h"
#include "support/ownerapi.h"
#include "support/pgcluster.h"
#include "support/till.h"

using namespace app;
using namespace cloudtest;

namespace {

const QString kProductA = QStringLiteral("0a000000-0000-4000-8000-00000000000a");
const QString kProductB = QStringLiteral("0b000000-0000-4000-8000-00000000000b");
const QString kEmployee = QStringLiteral("0e000000-0000-4000-8000-00000000000e");
const QString kEmail = QStringLiteral("owner@romashka.ru");
const char *const kPassword = "пароль-владельца";

qint64 at(const std::map<int, std::map<int, Kopecks>> &bySign, int sign, int key)
{
    const auto s = bySign.find(sign);
    if (s == bySign.end())
        return 0;
    const auto k = s->second.find(key);
    return k == s->second.end() ? 0 : k->second;
}

qint64 amount(const ShiftTotals &t, int sign)
{
    const auto it = t.byCalcSign.find(sign);
    return it == t.byCalcSign.end() ? 0 : it->second.amount;
}

int count(const ShiftTotals &t, int sign)
{
    const auto it = t.byCalcSign.find(sign);
    return it == t.byCalcSign.end() ? 0 : it->second.count;
}

// The row of `rows` whose `key` is `value`; an empty object when there is none.
QJsonObject rowWith(const QJsonValue &rows, const QString &key, const QString &value)
{
    const QJsonArray list = rows.isArray() ? rows.toArray() : rows[QLatin1String("items")].toArray();
    for (const QJsonValue &r : list)
        if (r[key].toString() == value)
            return r.toObject();
    return {};
}

QJsonObject payloadOf(Database &db, const QString &type)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT payload FROM outbox WHERE type = ? LIMIT 1"));
    q.addBindValue(type);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toByteArray()).object();
}

} // namespace

class TestCloudV2 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void shiftReachesTheCabinetWithTheTillsTotals_data();
    void shiftReachesTheCabinetWithTheTillsTotals();

private:
    std::optional<cabinet::test::PgCluster> m_pg;
    std::string m_pgWhy;
    bool m_pgTried = false;
};

void TestCloudV2::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(cabinetBinary()), qPrintable(cabinetBinary()));
}

void TestCloudV2::cleanupTestCase()
{
    m_pg.reset();
}

void TestCloudV2::shiftReachesTheCabinetWithTheTillsTotals_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestCloudV2::shiftReachesTheCabinetWithTheTillsTotals()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString conn;
    if (backend == QLatin1String("postgresql")) {
        if (!m_pgTried) {
            m_pgTried = true;
            if (auto cluster = cabinet::test::PgCluster::start(m_pgWhy))
                m_pg.emplace(std::move(*cluster));
        }
        if (!m_pg)
            QSKIP(qPrintable(QString(QStringLiteral("PostgreSQL: ") + QString::fromStdString(m_pgWhy))));
        conn = QString::fromStdString(m_pg->createDatabase());
    }
    CabinetServer server(dir.path(), conn);
    const Shop shop = server.createShop(QStringLiteral("Ромашка"));
    QVERIFY(!shop.code.isEmpty());
    QVERIFY2(server.start(), qPrintable(server.log()));

    // The cabinet's catalog and staff, pulled by the till.
    auto put = [&](const QString &entity, const QString &id, const QString &json) {
        bool ok = false;
        QString err;
        server.admin({QStringLiteral("put"), QStringLiteral("--org"), shop.org, entity, id, json}, &ok, &err);
        return ok;
    };
    QVERIFY(put(QStringLiteral("product"), kProductA,
                QStringLiteral(R"({"name":"Молоко 3,2% 1 л","price":"100.00","vat":"vat10","unit":"шт",)"
                               R"("barcodes":["4600000000015"]})")));
    QVERIFY(put(QStringLiteral("product"), kProductB,
                QStringLiteral(R"({"name":"Хлеб","price":"55.50","vat":"vat22","unit":"шт"})")));
    bool ok = false;
    server.admin({QStringLiteral("add-employee"), QStringLiteral("--org"), shop.org,
                  QStringLiteral("Иванова А."), QStringLiteral("--role"), QStringLiteral("admin"),
                  QStringLiteral("--pin-hash"), QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$c2FsdA$aGFzaA"),
                  QStringLiteral("--id"), kEmployee},
                 &ok);
    QVERIFY(ok);

    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("till.db"))).ok());
    app::cloud::SyncEngine engine(testSettings(dir.path()));
    engine.attachDatabase(&db);
    const QString error = activate(engine, server.baseUrl(), shop.code);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(drain(engine));
    QCOMPARE(SyncState::value(db, PayloadV2::PointOfSaleKey).value_or(QString()), shop.pos);
    QCOMPARE(SyncState::value(db, PayloadV2::WorkplaceKey).value_or(QString()), shop.workplace);

    auto localId = [&](const QString &table, const QString &uuid) {
        QSqlQuery q = db.prepare(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table));
        q.addBindValue(uuid);
        return q.exec() && q.next() ? q.value(0).toLongLong() : qint64(0);
    };
    const qint64 productA = localId(QStringLiteral("products"), kProductA);
    const qint64 productB = localId(QStringLiteral("products"), kProductB);
    const Actor admin{localId(QStringLiteral("employees"), kEmployee), Role::Admin};
    QVERIFY(productA > 0 && productB > 0 && admin.employeeId > 0);

    // A shift at the till: cash in, three sales (card with its RRN, SBP, a free-price line), a return
    // and a correction that name their sale, a cash out, an X report and the Z report.
    ShiftService shifts(db);
    SalesService sales(db);
    const auto shift = shifts.open(admin);
    QVERIFY(shift);
    QVERIFY(shifts.cashIn(admin, 500000, QStringLiteral("Размен")));
    auto sell = [&](const QList<LineInput> &lines, const std::optional<FreeItem> &free,
                    const std::function<QList<PaymentInput>(Kopecks)> &pay) -> std::optional<Sale> {
        auto s = sales.create(admin);
        if (!s)
            return std::nullopt;
        for (const LineInput &l : lines)
            if (!sales.addLine(admin, s->id, l))
                return std::nullopt;
        if (free && !sales.addFreeItem(admin, s->id, *free, 1000))
            return std::nullopt;
        auto done = sales.complete(admin, s->id, pay(sales.sale(s->id)->total));
        if (!done)
            qWarning() << done.error().message;
        return done ? std::optional<Sale>(*done) : std::nullopt;
    };
    const auto sale1 =
        sell({{productA, 2000, {}, {}, 0}, {productB, 1000, {}, {}, 0}}, std::nullopt, [](Kopecks total) {
            return QList<PaymentInput>{{PaymentType::Card, 10000, 0, QStringLiteral("RRN 123456789012")},
                                       {PaymentType::Cash, total - 10000, total, {}}};
        });
    QVERIFY(sale1);
    const auto sale2 = sell({{productB, 1000, {}, {}, 0}}, std::nullopt, [](Kopecks total) {
        return QList<PaymentInput>{{PaymentType::Sbp, total, 0, QStringLiteral("A0123456789")}};
    });
    QVERIFY(sale2);
    const auto sale3 =
        sell({{productA, 1000, {}, {}, 0}}, FreeItem{QStringLiteral("Пакет"), 6, 0, 1}, [](Kopecks total) {
            return QList<PaymentInput>{{PaymentType::Cash, total, 0, {}}};
        });
    QVERIFY(sale3);
    const auto ret = sales.createReturn(admin, sale1->id, {{sale1->lines[0].id, 1000}});
    QVERIFY2(ret, ret ? "" : qPrintable(ret.error().message));
    CorrectionInput fix;
    fix.basisDate = QDateTime::currentDateTimeUtc().date().addDays(-1);
    fix.lines = {CorrectionLineInput{QStringLiteral("Хлеб"), 300, 1000, 0, 11, 1}};
    fix.payments = {PaymentInput{PaymentType::Cash, 300, 0, {}}};
    fix.originalSaleId = sale2->id;
    const auto correction = sales.createCorrection(admin, fix);
    QVERIFY2(correction, correction ? "" : qPrintable(correction.error().message));
    QVERIFY(shifts.cashOut(admin, 100000, QStringLiteral("Инкассация")));
    QVERIFY(shifts.queueXReport(QDateTime::currentDateTimeUtc()));
    const auto z = shifts.close(admin);
    QVERIFY(z);

    // What the outbox holds is v2: the cabinet's ids, methods by name, the document a return concerns.
    const QJsonObject open = payloadOf(db, QStringLiteral("shift_open"));
    QCOMPARE(open.value(QLatin1String("schema")).toInt(), 2);
    QCOMPARE(open.value(QLatin1String("shift_uuid")).toString(), shift->uuid);
    QCOMPARE(open.value(QLatin1String("point_of_sale_id")).toString(), shop.pos);
    QCOMPARE(payloadOf(db, QStringLiteral("x_report")).value(QLatin1String("totals"))[QLatin1String("sales")],
             QJsonValue(amount(*z, 1)));
    QCOMPARE(payloadOf(db, QStringLiteral("cash_out")).value(QLatin1String("employee_id")).toString(),
             kEmployee);
    QCOMPARE(Outbox::pendingCount(db), 10); // open, cash in, 3 sales, return, correction, cash out, X, Z

    QVERIFY(drain(engine));
    QCOMPARE(Outbox::pendingCount(db), 0);
    QCOMPARE(server.documents(shop.org), 10);

    // The owner reads the shift through the owner API.
    QVERIFY(addOwner(server.connectionString(), shop.org, kEmail, QString::fromUtf8(kPassword)));
    OwnerApi owner(server.baseUrl());
    QVERIFY(owner.login(kEmail, QString::fromUtf8(kPassword)));
    const QString period = QStringLiteral("?from=%1&to=%2")
                               .arg(QDate::currentDate().addDays(-1).toString(Qt::ISODate),
                                    QDate::currentDate().addDays(1).toString(Qt::ISODate));
    const QJsonObject s =
        rowWith(owner.get(QStringLiteral("/shifts") + period), QStringLiteral("shift_uuid"), shift->uuid);
    QVERIFY2(!s.isEmpty(), "the shift is not in the owner API");
    const QJsonObject totals = s.value(QLatin1String("totals")).toObject();
    QCOMPARE(totals.value(QLatin1String("gross")).toInteger(), amount(*z, 1));
    QCOMPARE(totals.value(QLatin1String("returns")).toInteger(), amount(*z, 2));
    QCOMPARE(totals.value(QLatin1String("receipts")).toInteger(), count(*z, 1));
    QCOMPARE(totals.value(QLatin1String("returns_count")).toInteger(), count(*z, 2));
    QCOMPARE(totals.value(QLatin1String("cash_in")).toInteger(), z->cashIn.amount);
    QCOMPARE(totals.value(QLatin1String("cash_out")).toInteger(), z->cashOut.amount);
    QCOMPARE(s.value(QLatin1String("z_totals")).toObject(), ShiftService::totalsToJson(*z));
    QCOMPARE(s.value(QLatin1String("x_reports")).toInt(), 1);
    QCOMPARE(s.value(QLatin1String("opened_by")).toString(), kEmployee);
    QCOMPARE(s.value(QLatin1String("closed_by")).toString(), kEmployee);
    QCOMPARE(s.value(QLatin1String("workplace_id")).toString(), shop.workplace);
    QVERIFY(s.value(QLatin1String("opened_at_ms")).isDouble());
    QVERIFY(s.value(QLatin1String("closed_at_ms")).isDouble());
    QCOMPARE(amount(*z, 1), sale1->total + sale2->total + sale3->total + correction->total);
    QCOMPARE(amount(*z, 2), ret->total);

    // By payment method and by VAT rate, as the Z report counts them.
    const QJsonValue byPayment = owner.get(QStringLiteral("/sales") + period + QStringLiteral("&by=payment"));
    for (const auto &[type, name] :
         {std::pair{PaymentType::Cash, "cash"}, std::pair{PaymentType::Card, "card"},
          std::pair{PaymentType::Sbp, "sbp"}}) {
        const QJsonObject row = rowWith(byPayment, QStringLiteral("method"), QLatin1String(name));
        QCOMPARE(row.value(QLatin1String("gross")).toInteger(), at(z->paymentsBySign, 1, int(type)));
        QCOMPARE(row.value(QLatin1String("returns")).toInteger(), at(z->paymentsBySign, 2, int(type)));
    }
    const QJsonValue byVat = owner.get(QStringLiteral("/sales") + period + QStringLiteral("&by=vat"));
    int vatRows = 0;
    for (const auto &[code, byCode] : z->vatBaseBySign.at(1)) {
        const QJsonObject row = rowWith(byVat, QStringLiteral("vat"), PayloadV2::vatName(code));
        QCOMPARE(row.value(QLatin1String("gross")).toInteger(), byCode);
        QCOMPARE(row.value(QLatin1String("returns")).toInteger(), at(z->vatBaseBySign, 2, code));
        QCOMPARE(row.value(QLatin1String("vat_amount")).toInteger(),
                 at(z->vatBySign, 1, code) - at(z->vatBySign, 2, code));
        ++vatRows;
    }
    QCOMPARE(vatRows, 3); // 10 %, 22 % and the free-price line without VAT
    const QJsonObject cashier =
        rowWith(owner.get(QStringLiteral("/sales") + period + QStringLiteral("&by=cashier")),
                QStringLiteral("employee_id"), kEmployee);
    QCOMPARE(cashier.value(QLatin1String("gross")).toInteger(), amount(*z, 1));

    // Documents name the cabinet's product, the cashier, the payment reference and the sale they concern.
    const QJsonObject doc1 = owner.get(QStringLiteral("/documents/") + sale1->uuid).toObject();
    const QJsonArray lines1 = doc1.value(QLatin1String("lines")).toArray();
    QCOMPARE(lines1.size(), 2);
    QCOMPARE(lines1.at(0)[QLatin1String("product_id")].toString(), kProductA);
    QCOMPARE(lines1.at(1)[QLatin1String("product_id")].toString(), kProductB);
    QCOMPARE(doc1.value(QLatin1String("cashier"))[QLatin1String("id")].toString(), kEmployee);
    QCOMPARE(doc1.value(QLatin1String("shift_uuid")).toString(), shift->uuid);
    const QJsonObject card =
        rowWith(doc1.value(QLatin1String("payments")), QStringLiteral("method"), QStringLiteral("card"));
    QCOMPARE(card.value(QLatin1String("reference")).toString(), QStringLiteral("RRN 123456789012"));
    QCOMPARE(card.value(QLatin1String("amount")).toInteger(), 10000);
    const QJsonObject doc2 = owner.get(QStringLiteral("/documents/") + sale2->uuid).toObject();
    QCOMPARE(doc2.value(QLatin1String("payments"))[0][QLatin1String("reference")].toString(),
             QStringLiteral("A0123456789"));
    const QJsonArray lines3 = owner.get(QStringLiteral("/documents/") + sale3->uuid)
                                  .toObject()
                                  .value(QLatin1String("lines"))
                                  .toArray();
    QCOMPARE(lines3.size(), 2);
    QCOMPARE(lines3.at(1)[QLatin1String("product_id")].toString(), QString()); // the free-price line
    QCOMPARE(lines3.at(1)[QLatin1String("vat")].toString(), QStringLiteral("none"));
    QCOMPARE(owner.get(QStringLiteral("/documents/") + ret->uuid)[QLatin1String("refers_to")].toString(),
             sale1->uuid);
    QCOMPARE(
        owner.get(QStringLiteral("/documents/") + correction->uuid)[QLatin1String("refers_to")].toString(),
        sale2->uuid);
}

QTEST_GUILESS_MAIN(TestCloudV2)
#include "tst_cloudv2.moc"
