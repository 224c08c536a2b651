// web_seed_till: a till that pushes its receipts to a real prilavok-cabinet through the real sync
// client (activation, outbox, batches), so the web cabinet's browser tests read data that arrived the
// way a shop's does. Usage: web_seed_till URL CODE DIR RECEIPTS
// Prints one JSON line: {"receipts": N, "total": kopecks, "uuids": [...]}.
// `web_seed_till pull URL DIR` runs one more sync cycle of the same till and prints the catalog it
// now holds: {"products": [{"name", "price", "unit_code", "barcodes", "vat_code", "marked", "marking_type"}],
// "employees": [{"name", "role", "pin_ok"}], "receipt": {"point_of_sale", "store_name", "address", "phone",
// "footer"}}, where pin_ok says whether PIN (the optional last argument) signs that employee in, and
// "payment_methods": {"owner", "admin", "manager", "cashier": ["cash", "card", "sbp"]}, what each till role
// may take (the table the sale screen checks). RECEIPTS may be 0: activation only. `web_seed_till shift URL
// DIR HOURS` pushes a shift opened HOURS ago and never closed (what a till left on over the weekend sends)
// with a cash-in of 1 000 roubles in it, and prints {"shift_uuid": ...}. `web_seed_till reject URL DIR`
// pushes a sale whose line name holds a NUL character (what a damaged database would send): the cabinet
// refuses it and keeps it in its quarantine. Prints {"uuid": ...}. `web_seed_till card URL DIR` sells
// tea for 250 roubles: 150 by the emulated card terminal (a first card declined, a second approved)
// and 100 by SBP, journaled in the till's payment journal, and pushes the sale with its operations
// (payload v2 payment_operations). Prints {"uuid", "rrn", "auth_code", "card_mask", "qr_id"}.

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>

#include <cstdio>

#include "app/cloud/syncengine.h"
#include "app/core/uuid.h"
#include "app/payments/cardoperations.h"
#include "app/staff/pinhasher.h"
#include "app/storage/database.h"
#include "app/sync/outbox.h"
#include "app/sync/payloadoperations.h"
#include "app/sync/payloadv2.h"
#include "devices/emulatedterminal.h"
#include "support/till.h"

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "web_seed_till: %s\n", qPrintable(what));
    return 1;
}

// What the buyer paid, read back from what the till queued: the figure the cabinet must show.
qint64 queuedTotal(app::Database &db)
{
    qint64 total = 0;
    QSqlQuery q = db.prepare(QStringLiteral("SELECT payload FROM outbox WHERE type = 'sale'"));
    if (!q.exec())
        return -1;
    while (q.next())
        total += QJsonDocument::fromJson(q.value(0).toByteArray())
                     .object()
                     .value(QStringLiteral("total"))
                     .toInteger();
    return total;
}

// What the cashier can sell now: the till's own products table after the pull.
QJsonArray tillProducts(app::Database &db)
{
    QJsonArray out;
    QSqlQuery q =
        db.prepare(QStringLiteral("SELECT p.name, p.price, p.unit_code, (SELECT "
                                  "group_concat(b.code) FROM barcodes b WHERE b.product_id = p.id), "
                                  "p.vat_code, p.marked, p.marking_type "
                                  "FROM products p WHERE p.active = 1 ORDER BY p.name"));
    if (!q.exec())
        return out;
    while (q.next())
        out.append(QJsonObject{{QStringLiteral("name"), q.value(0).toString()},
                               {QStringLiteral("price"), q.value(1).toLongLong()},
                               {QStringLiteral("unit_code"), q.value(2).toInt()},
                               {QStringLiteral("barcodes"), q.value(3).toString()},
                               {QStringLiteral("vat_code"), q.value(4).toInt()},
                               {QStringLiteral("marked"), q.value(5).toInt() != 0},
                               {QStringLiteral("marking_type"), q.value(6).toInt()}});
    return out;
}

// Who can sign in now, and whether `pin` opens their account as the sign-in screen checks it.
QJsonArray tillEmployees(app::Database &db, const QString &pin)
{
    QJsonArray out;
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT full_name, role, pin_hash FROM employees WHERE active = 1 ORDER BY full_name"));
    if (!q.exec())
        return out;
    while (q.next())
        out.append(
            QJsonObject{{QStringLiteral("name"), q.value(0).toString()},
                        {QStringLiteral("role"), q.value(1).toInt()},
                        {QStringLiteral("pin_ok"), app::PinHasher::verify(q.value(2).toByteArray(), pin)}});
    return out;
}

// What the till's receipts print at the top and bottom (its own point of sale's texts).
QJsonObject tillReceiptTexts(app::Database &db)
{
    QSqlQuery q =
        db.prepare(QStringLiteral("SELECT name, receipt_store_name, receipt_address, receipt_phone, "
                                  "receipt_footer FROM points_of_sale ORDER BY id LIMIT 1"));
    if (!q.exec() || !q.next())
        return {};
    return QJsonObject{{QStringLiteral("point_of_sale"), q.value(0).toString()},
                       {QStringLiteral("store_name"), q.value(1).toString()},
                       {QStringLiteral("address"), q.value(2).toString()},
                       {QStringLiteral("phone"), q.value(3).toString()},
                       {QStringLiteral("footer"), q.value(4).toString()}};
}

// Which methods each till role may take now (role_payment_methods, filled by the pulled rules).
QJsonObject tillPaymentMethods(app::Database &db)
{
    const QStringList roles{QStringLiteral("owner"), QStringLiteral("admin"), QStringLiteral("manager"),
                            QStringLiteral("cashier")};
    const QStringList methods{QStringLiteral("cash"), QStringLiteral("card"), QStringLiteral("sbp")};
    QJsonObject out;
    for (const QString &role : roles)
        out.insert(role, QJsonArray{});
    QSqlQuery q =
        db.prepare(QStringLiteral("SELECT role, method FROM role_payment_methods ORDER BY role, method"));
    if (!q.exec())
        return out;
    while (q.next()) {
        const int role = q.value(0).toInt(), method = q.value(1).toInt();
        if (role < 0 || role >= roles.size() || method < 0 || method >= methods.size())
            continue;
        QJsonArray list = out.value(roles.at(role)).toArray();
        list.append(methods.at(method));
        out.insert(roles.at(role), list);
    }
    return out;
}

int pull(const QString &dir, const QString &pin)
{
    app::Database db;
    if (!db.open(dir + QStringLiteral("/till.db")).ok())
        return fail(QStringLiteral("cannot open the till database in ") + dir);
    app::cloud::SyncEngine engine(cloudtest::testSettings(dir));
    engine.attachDatabase(&db);
    if (!cloudtest::drain(engine))
        return fail(QStringLiteral("the sync cycle failed"));
    const QJsonObject out{{QStringLiteral("products"), tillProducts(db)},
                          {QStringLiteral("employees"), tillEmployees(db, pin)},
                          {QStringLiteral("receipt"), tillReceiptTexts(db)},
                          {QStringLiteral("payment_methods"), tillPaymentMethods(db)}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

int openOldShift(const QString &dir, const QString &hoursText)
{
    bool ok = false;
    const int hours = hoursText.toInt(&ok);
    if (!ok || hours < 0)
        return fail(QStringLiteral("HOURS must be a number, 0 or more"));
    app::Database db;
    if (!db.open(dir + QStringLiteral("/till.db")).ok())
        return fail(QStringLiteral("cannot open the till database in ") + dir);
    const QString shift = app::newUuid();
    const QDateTime opened = QDateTime::currentDateTimeUtc().addSecs(-3600LL * hours);
    const QJsonObject payload{{QStringLiteral("uuid"), shift},
                              {QStringLiteral("number"), 1},
                              {QStringLiteral("opened_at"), opened.toString(Qt::ISODateWithMs)}};
    // Ten minutes into it, the change for the drawer: the shift's one document.
    const QDateTime cashAt = opened.addSecs(600);
    const QJsonObject cashIn{{QStringLiteral("shift_uuid"), shift},
                             {QStringLiteral("amount"), 100000},
                             {QStringLiteral("at"), cashAt.toString(Qt::ISODateWithMs)}};
    if (!app::Outbox::enqueue(db, app::newUuid(), QStringLiteral("shift_open"), payload, opened) ||
        !app::Outbox::enqueue(db, app::newUuid(), QStringLiteral("cash_in"), cashIn, cashAt))
        return fail(QStringLiteral("cannot queue the shift"));
    app::cloud::SyncEngine engine(cloudtest::testSettings(dir));
    engine.attachDatabase(&db);
    if (!cloudtest::drain(engine))
        return fail(QStringLiteral("the outbox did not drain"));
    std::printf("{\"shift_uuid\":\"%s\"}\n", qPrintable(shift));
    return 0;
}

int pushUnstorableSale(const QString &dir)
{
    app::Database db;
    if (!db.open(dir + QStringLiteral("/till.db")).ok())
        return fail(QStringLiteral("cannot open the till database in ") + dir);
    const QString uuid = app::newUuid();
    QString nulInName = QStringLiteral("Хлеб");
    nulInName.append(QChar(0)).append(QStringLiteral("бородинский"));
    const QJsonObject line{{QStringLiteral("name"), nulInName},
                           {QStringLiteral("price"), 5500},
                           {QStringLiteral("quantity"), 1000}};
    const QJsonObject payload{{QStringLiteral("uuid"), uuid},
                              {QStringLiteral("lines"), QJsonArray{line}},
                              {QStringLiteral("total"), 5500}};
    if (!app::Outbox::enqueue(db, uuid, QStringLiteral("sale"), payload, QDateTime::currentDateTimeUtc()))
        return fail(QStringLiteral("cannot queue the sale"));
    app::cloud::SyncEngine engine(cloudtest::testSettings(dir));
    engine.attachDatabase(&db);
    if (!cloudtest::drain(engine))
        return fail(QStringLiteral("the outbox did not drain"));
    std::printf("{\"uuid\":\"%s\"}\n", qPrintable(uuid));
    return 0;
}

app::payments::Operation payByCard(app::payments::CardOperations &cards, qint64 amount, const QString &sale)
{
    app::payments::Operation out;
    QEventLoop loop;
    QObject::connect(&cards, &app::payments::CardOperations::finished, &loop,
                     [&](const app::payments::Operation &o) {
                         out = o;
                         loop.quit();
                     });
    if (cards.pay(amount, sale))
        loop.exec();
    return out;
}

int pushCardSale(const QString &dir)
{
    using namespace app::payments;
    app::Database db;
    if (!db.open(dir + QStringLiteral("/till.db")).ok())
        return fail(QStringLiteral("cannot open the till database in ") + dir);
    const QString uuid = app::newUuid();
    PaymentJournal journal(db);
    devices::EmulatedTerminal terminal;
    terminal.setDelays(0, 0);
    terminal.enqueue(devices::EmulatedTerminalStep{devices::TerminalOutcome::Declined, QStringLiteral("51"),
                                                   QStringLiteral("Недостаточно средств")});
    CardOperations cards(journal, &terminal);
    if (payByCard(cards, 15000, uuid).state != State::Declined)
        return fail(QStringLiteral("the first card was not declined"));
    const Operation card = payByCard(cards, 15000, uuid);
    if (card.state != State::Approved)
        return fail(QStringLiteral("the card payment was not approved"));
    // The SBP part as the acquirer's answers leave it in the journal: a QR, paid.
    Operation sbp;
    sbp.operationId = app::newUuid();
    sbp.method = Method::Sbp;
    sbp.amount = 10000;
    sbp.saleUuid = uuid;
    sbp.purpose = PurposeSale;
    sbp.driver = QStringLiteral("raiffeisen");
    const QString qr = QStringLiteral("AD10007M3JKE9RQ28CLRMP6TD0V4N2XB");
    if (!journal.begin(sbp) || !journal.setSbp(sbp.operationId, qr, {}, QStringLiteral("1907344")) ||
        !journal.setOutcome(sbp.operationId, State::Approved, QStringLiteral("SUCCESS"), {}))
        return fail(QStringLiteral("cannot journal the SBP payment"));

    const QString now = app::PayloadV2::time(QDateTime::currentDateTime());
    const QJsonObject line{{QStringLiteral("position"), 1},
                           {QStringLiteral("product_id"), QJsonValue::Null},
                           {QStringLiteral("name"), QStringLiteral("Чай чёрный 100 г")},
                           {QStringLiteral("price"), 25000},
                           {QStringLiteral("quantity_milli"), 1000},
                           {QStringLiteral("unit"), QStringLiteral("pcs")},
                           {QStringLiteral("vat"), QStringLiteral("vat22")},
                           {QStringLiteral("subject"), 1},
                           {QStringLiteral("payment_method"), 4},
                           {QStringLiteral("total"), 25000},
                           {QStringLiteral("vat_amount"), 25000 * 22 / 122}};
    const QJsonArray payments{QJsonObject{{QStringLiteral("method"), QStringLiteral("card")},
                                          {QStringLiteral("amount"), 15000},
                                          {QStringLiteral("reference"), card.rrn}},
                              QJsonObject{{QStringLiteral("method"), QStringLiteral("sbp")},
                                          {QStringLiteral("amount"), 10000},
                                          {QStringLiteral("reference"), qr}}};
    QJsonObject payload{{QStringLiteral("uuid"), uuid},
                        {QStringLiteral("kind"), QStringLiteral("sale")},
                        {QStringLiteral("number"), 900},
                        {QStringLiteral("calc_sign"), 1},
                        {QStringLiteral("total"), 25000},
                        {QStringLiteral("created_at"), now},
                        {QStringLiteral("completed_at"), now},
                        {QStringLiteral("lines"), QJsonArray{line}},
                        {QStringLiteral("payments"), payments},
                        {QStringLiteral("payment_operations"), app::PayloadV2::paymentOperations(db, uuid)}};
    app::PayloadV2::stamp(db, payload);
    if (!app::Outbox::enqueue(db, uuid, QStringLiteral("sale"), payload, QDateTime::currentDateTimeUtc()))
        return fail(QStringLiteral("cannot queue the sale"));
    app::cloud::SyncEngine engine(cloudtest::testSettings(dir));
    engine.attachDatabase(&db);
    if (!cloudtest::drain(engine))
        return fail(QStringLiteral("the outbox did not drain"));
    const QJsonObject out{{QStringLiteral("uuid"), uuid},
                          {QStringLiteral("rrn"), card.rrn},
                          {QStringLiteral("auth_code"), card.authCode},
                          {QStringLiteral("card_mask"), card.cardMask},
                          {QStringLiteral("qr_id"), qr}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QStringList args = application.arguments();
    QStandardPaths::setTestModeEnabled(true);
    if ((args.size() == 4 || args.size() == 5) && args.at(1) == QLatin1String("pull"))
        return pull(args.at(3), args.value(4));
    if (args.size() == 5 && args.at(1) == QLatin1String("shift"))
        return openOldShift(args.at(3), args.at(4));
    if (args.size() == 4 && args.at(1) == QLatin1String("reject"))
        return pushUnstorableSale(args.at(3));
    if (args.size() == 4 && args.at(1) == QLatin1String("card"))
        return pushCardSale(args.at(3));
    if (args.size() != 5)
        return fail(
            QStringLiteral("usage: web_seed_till URL CODE DIR RECEIPTS | web_seed_till pull URL DIR [PIN] | "
                           "web_seed_till shift URL DIR HOURS | web_seed_till reject URL DIR | "
                           "web_seed_till card URL DIR"));
    const QString url = args.at(1), code = args.at(2), dir = args.at(3);
    bool ok = false;
    const int receipts = args.at(4).toInt(&ok);
    if (!ok || receipts < 0)
        return fail(QStringLiteral("RECEIPTS must be a number, 0 or more"));

    app::Database db;
    if (!db.open(dir + QStringLiteral("/till.db")).ok())
        return fail(QStringLiteral("cannot open the till database in ") + dir);
    const QStringList uuids = cloudtest::enqueueSales(db, receipts, 3, QStringLiteral(" (веб)"));
    if (uuids.size() != receipts)
        return fail(QStringLiteral("cannot queue the receipts"));
    const qint64 total = queuedTotal(db);

    app::cloud::SyncEngine engine(cloudtest::testSettings(dir));
    engine.attachDatabase(&db);
    if (const QString error = cloudtest::activate(engine, url, code); !error.isEmpty())
        return fail(QStringLiteral("activation failed: ") + error);
    if (!cloudtest::drain(engine))
        return fail(QStringLiteral("the outbox did not drain"));

    const QJsonObject out{{QStringLiteral("receipts"), receipts},
                          {QStringLiteral("total"), total},
                          {QStringLiteral("uuids"), QJsonArray::fromStringList(uuids)}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
