// Card operations pushed with the sale (issue 20, payload v2 "payment_operations"): a till driven
// through its own services pays by the emulated card terminal (one decline, then an approval), completes
// the sale, and the real sync client pushes it into a real `prilavok-cabinet`. The owner API's document
// then carries the payment journal's facts: RRN, authorisation code, masked card, results.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "app/cloud/syncengine.h"
#include "app/payments/cardoperations.h"
#include "app/sales/salesservice.h"
#include "app/sales/shiftservice.h"
#include "app/storage/database.h"
#include "app/sync/outbox.h"
#include "app/sync/payloadoperations.h"
#include "devices/emulatedterminal.h"
#include "support/cabinetserver.h"
#include "support/ownerapi.h"
#include "support/till.h"

using namespace app;
using namespace cloudtest;

namespace {

const QString kEmployee = QStringLiteral("0e000000-0000-4000-8000-00000000000e");
const QString kEmail = QStringLiteral("owner@romashka.ru");
const char *const kPassword = "пароль-владельца";

payments::Operation payByCard(payments::CardOperations &cards, Kopecks amount, const QString &saleUuid)
{
    QSignalSpy spy(&cards, &payments::CardOperations::finished);
    const auto id = cards.pay(amount, saleUuid);
    if (!id)
        return {};
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 15000); }();
    return spy.isEmpty() ? payments::Operation{} : spy.takeFirst().at(0).value<payments::Operation>();
}

} // namespace

class TestCloudPayOps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cardOperationsReachTheOwnersDocument();
    void aFullCardNumberNeverLeavesTheTill();
};

void TestCloudPayOps::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<payments::Operation>();
    QVERIFY2(QFile::exists(cabinetBinary()), qPrintable(cabinetBinary()));
}

void TestCloudPayOps::cardOperationsReachTheOwnersDocument()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CabinetServer server(dir.path(), {});
    const Shop shop = server.createShop(QStringLiteral("Ромашка"));
    QVERIFY(!shop.code.isEmpty());
    QVERIFY2(server.start(), qPrintable(server.log()));
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
    const qint64 employee =
        scalar(db, QStringLiteral("SELECT id FROM employees WHERE uuid = ?"), {kEmployee});
    QVERIFY(employee > 0);
    const Actor admin{employee, Role::Admin};

    ShiftService shifts(db);
    SalesService sales(db);
    QVERIFY(shifts.open(admin));
    auto sale = sales.create(admin);
    QVERIFY(sale);
    QVERIFY(sales.addFreeItem(admin, sale->id, FreeItem{QStringLiteral("Чай"), 6, 0, 1}, 25000));
    const Kopecks total = sales.sale(sale->id)->total;

    // The buyer's first card is declined, the second approved: both are in the journal of the sale.
    payments::PaymentJournal journal(db);
    devices::EmulatedTerminal terminal;
    terminal.setDelays(0, 0);
    terminal.enqueue(devices::EmulatedTerminalStep{devices::TerminalOutcome::Declined, QStringLiteral("51"),
                                                   QStringLiteral("Недостаточно средств")});
    payments::CardOperations cards(journal, &terminal);
    const payments::Operation declined = payByCard(cards, total, sale->uuid);
    QCOMPARE(declined.state, payments::State::Declined);
    const payments::Operation approved = payByCard(cards, total, sale->uuid);
    QCOMPARE(approved.state, payments::State::Approved);
    QVERIFY(!approved.rrn.isEmpty() && !approved.authCode.isEmpty() && !approved.cardMask.isEmpty());
    const auto done = sales.complete(admin, sale->id, {{PaymentType::Card, total, 0, approved.rrn}});
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));

    QVERIFY(drain(engine));
    QCOMPARE(Outbox::pendingCount(db), 0);

    QVERIFY(addOwner(server.connectionString(), shop.org, kEmail, QString::fromUtf8(kPassword)));
    OwnerApi owner(server.baseUrl());
    QVERIFY(owner.login(kEmail, QString::fromUtf8(kPassword)));
    const QJsonObject doc = owner.get(QStringLiteral("/documents/") + sale->uuid).toObject();
    const QJsonArray ops = doc.value(QLatin1String("payment_operations")).toArray();
    QCOMPARE(ops.size(), 2);
    QCOMPARE(ops.at(0)[QLatin1String("operation_id")].toString(), declined.operationId);
    QCOMPARE(ops.at(0)[QLatin1String("state")].toString(), QStringLiteral("declined"));
    QCOMPARE(ops.at(0)[QLatin1String("response_code")].toString(), QStringLiteral("51"));
    const QJsonObject card = ops.at(1).toObject();
    QCOMPARE(card.value(QLatin1String("operation_id")).toString(), approved.operationId);
    QCOMPARE(card.value(QLatin1String("method")).toString(), QStringLiteral("card"));
    QCOMPARE(card.value(QLatin1String("kind")).toString(), QStringLiteral("payment"));
    QCOMPARE(card.value(QLatin1String("state")).toString(), QStringLiteral("approved"));
    QCOMPARE(card.value(QLatin1String("amount")).toInteger(), total);
    QCOMPARE(card.value(QLatin1String("rrn")).toString(), approved.rrn);
    QCOMPARE(card.value(QLatin1String("auth_code")).toString(), approved.authCode);
    QCOMPARE(card.value(QLatin1String("card_mask")).toString(), approved.cardMask);
    QCOMPARE(doc.value(QLatin1String("payments"))[0][QLatin1String("reference")].toString(), approved.rrn);
}

void TestCloudPayOps::aFullCardNumberNeverLeavesTheTill()
{
    // A driver that handed over the whole number: the payload shows the first 6 and last 4 only.
    QCOMPARE(PayloadV2::safeCardMask(QStringLiteral("4111111111111111")), QStringLiteral("411111******1111"));
    QCOMPARE(PayloadV2::safeCardMask(QStringLiteral("4111 1111 1111 1111")),
             QStringLiteral("4111 11** **** 1111"));
    QCOMPARE(PayloadV2::safeCardMask(QStringLiteral("220220******1234")), QStringLiteral("220220******1234"));
    QCOMPARE(PayloadV2::safeCardMask(QStringLiteral("**** 1234")), QStringLiteral("**** 1234"));
}

QTEST_GUILESS_MAIN(TestCloudPayOps)
#include "tst_cloudpayops.moc"
