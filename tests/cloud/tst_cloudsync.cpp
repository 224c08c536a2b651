// End to end: the sync client against a real `prilavok-cabinet serve` on loopback (SQLite backend).
// Activation, push with per-document outcomes, pull into the till's own tables, a full resync that
// swaps in atomically, token revocation and organisation isolation.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

#include "app/catalog/catalogservice.h"
#include "app/cloud/backoff.h"
#include "app/cloud/syncclient.h"
#include "app/cloud/syncengine.h"
#include "app/cloud/tokenstore.h"
#include "app/core/uuid.h"
#include "app/demo/seeddata.h"
#include "app/sales/salesservice.h"
#include "app/sales/shiftservice.h"
#include "app/storage/database.h"
#include "app/sync/outbox.h"
#include "support/cabinetfixture.h"
#include "support/cabinetserver.h"
#include "support/till.h"

using namespace app;
using namespace app::cloud;
using namespace cloudtest;

namespace {

QString text(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return QStringLiteral("<none>");
    return q.value(0).toString();
}

int fileMode(const QString &path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

} // namespace

class TestCloudSync : public QObject, protected CabinetFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void backoffIsFullJitterUnderTheServersFloor();
    void tokenFileIsOwnerOnlyAndAtomic();
    void wrongAndExpiredCodesAreRefused();
    void activationKeepsTheTokenOutOfTheSalesDatabase();
    void pushDeliversTheOutboxOnce();
    void realSalesAndShiftReachTheCabinet();
    void rejectedAndConflictingDocumentsAreQuarantined();
    void tooLargeBatchesAreSplit();
    void contentChangedInFlightFollowsUnderANewUuid();
    void pullAppliesCatalogStaffAndSettings();
    void severalPointsOfSaleEachTillTakesItsOwn();
    void catalogChangeInTheCabinetReachesTheTill();
    void fullResyncSwapsInAtomicallyAndResumes();
    void revokedTokenStopsSyncAndKeepsDocuments();
    void anotherOrganisationIsUnreachable();
    void offlineTillKeepsWorking();
    void syncClientRunsOnItsOwnThread();
    void heartbeatReportsHealthAndResyncIsHonoured();

private:
    std::unique_ptr<SyncEngine> activatedEngine(const QString &tokenName = QStringLiteral("device.json"));
};

void TestCloudSync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(cabinetBinary()), qPrintable(cabinetBinary()));
}

void TestCloudSync::init()
{
    openCabinet();
}

void TestCloudSync::cleanup()
{
    closeCabinet();
}

std::unique_ptr<SyncEngine> TestCloudSync::activatedEngine(const QString &tokenName)
{
    SyncSettings s = testSettings(m_dir->path());
    s.tokenPath = path(tokenName);
    auto engine = std::make_unique<SyncEngine>(s);
    engine->attachDatabase(m_db.get());
    const QString error = activate(*engine, m_server->baseUrl(), m_shop.code);
    if (!error.isEmpty()) {
        qWarning() << "activation failed:" << error;
        return nullptr;
    }
    return engine;
}

void TestCloudSync::backoffIsFullJitterUnderTheServersFloor()
{
    // Ceiling doubles from the base up to the cap; the random draw lands anywhere below it.
    QCOMPARE(backoffDelayMs(1, 1000, 300000, 1000), 1000);
    QCOMPARE(backoffDelayMs(3, 1000, 300000, 4000), 4000);
    QCOMPARE(backoffDelayMs(3, 1000, 300000, 4001), 0);
    QCOMPARE(backoffDelayMs(40, 1000, 300000, 300000), 300000);
    QVERIFY(backoffDelayMs(40, 1000, 300000, 0xFFFFFFFFu) <= 300000);
    // Retry-After is a floor, never shortened by the jitter.
    QCOMPARE(backoffDelayMs(1, 1000, 300000, 0, 3000), 3000);
    QCOMPARE(backoffDelayMs(0, 1000, 300000, 12345), 0);
}

void TestCloudSync::tokenFileIsOwnerOnlyAndAtomic()
{
    const QString file = path(QStringLiteral("conf/device.json"));
    {
        QDir().mkpath(path(QStringLiteral("conf")));
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("{}");
        old.close();
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
    }
    const mode_t oldMask = ::umask(0);
    TokenStore store(file);
    DeviceCredentials c{QStringLiteral("http://x"), QStringLiteral("secret-token"),
                        QStringLiteral("d"),        QStringLiteral("w"),
                        QStringLiteral("p"),        QStringLiteral("o"),
                        QStringLiteral("i")};
    const bool saved = store.save(c);
    ::umask(oldMask);
    QVERIFY(saved);
    QCOMPARE(fileMode(file), 0600);
    QVERIFY(!QFile::exists(file + QStringLiteral(".tmp")));
    const auto back = store.load();
    QVERIFY(back);
    QCOMPARE(back->token, QStringLiteral("secret-token"));
    QCOMPARE(store.installId(), QStringLiteral("i"));
    QVERIFY(store.clearToken());
    QVERIFY(store.load()->token.isEmpty());
    QCOMPARE(store.load()->installId, QStringLiteral("i"));
}

void TestCloudSync::wrongAndExpiredCodesAreRefused()
{
    SyncEngine engine(testSettings(m_dir->path()));
    engine.attachDatabase(m_db.get());
    QString error = activate(engine, m_server->baseUrl(), QStringLiteral("00000000"));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QLatin1String("wrong")), qPrintable(error));
    QVERIFY(!engine.isActivated());
    QVERIFY(!QFile::exists(path(QStringLiteral("device.json"))));

    error = activate(engine, m_server->baseUrl(), QStringLiteral("12ab"));
    QVERIFY(!error.isEmpty()); // refused locally, not a wasted attempt

    const QString expired = m_server->newCode(m_shop, false, 0); // TTL 0: expired on issue
    QVERIFY(!expired.isEmpty());
    error = activate(engine, m_server->baseUrl(), expired);
    QVERIFY2(error.contains(QLatin1String("expired")), qPrintable(error));
    QVERIFY(!engine.isActivated());
    QVERIFY(!runCycle(engine));
    QCOMPARE(engine.status().state, SyncStatus::State::NotActivated);
}

void TestCloudSync::activationKeepsTheTokenOutOfTheSalesDatabase()
{
    auto engine = activatedEngine();
    QVERIFY(engine);
    QVERIFY(engine->isActivated());
    const QString tokenFile = path(QStringLiteral("device.json"));
    QCOMPARE(fileMode(tokenFile), 0600);
    const auto creds = TokenStore(tokenFile).load();
    QVERIFY(creds && creds->token.size() >= 43);
    QCOMPARE(creds->organizationId, m_shop.org);
    QCOMPARE(creds->workplaceId, m_shop.workplace);
    QVERIFY(runCycle(*engine));
    // The token is nowhere in the sales database (main file or WAL).
    for (const QString &name : {QStringLiteral("till.db"), QStringLiteral("till.db-wal")}) {
        QFile f(path(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QVERIFY2(!f.readAll().contains(creds->token.toLatin1()), qPrintable(name));
    }
    // The code was single use.
    SyncSettings s = testSettings(m_dir->path());
    s.tokenPath = path(QStringLiteral("other.json"));
    SyncEngine second(s);
    second.attachDatabase(m_db.get());
    QVERIFY(!activate(second, m_server->baseUrl(), m_shop.code).isEmpty());
}

void TestCloudSync::pushDeliversTheOutboxOnce()
{
    auto engine = activatedEngine();
    QVERIFY(engine);
    const QStringList uuids = enqueueSales(*m_db, 237);
    QCOMPARE(uuids.size(), 237);
    QSignalSpy batches(engine.get(), &SyncEngine::batchStarted);
    QVERIFY(drain(*engine));
    QCOMPARE(outboxRows(*m_db), 0);
    QCOMPARE(batches.size(), 5); // 237 in batches of 50, one in flight at a time
    QCOMPARE(m_server->documents(m_shop.org), 237);
    QCOMPARE(m_server->documentUuids(m_shop.org), QSet<QString>(uuids.begin(), uuids.end()));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM cloud_outbox_meta")), 0);
    QCOMPARE(engine->status().state, SyncStatus::State::Idle);
    QVERIFY(engine->status().lastSuccess.isValid());
    QCOMPARE(engine->status().pending, 0);
    // Gap detection on the server sees a contiguous device_seq.
    const QJsonDocument gaps = m_server->admin({QStringLiteral("gaps"), QStringLiteral("--org"), m_shop.org});
    QVERIFY2(gaps.array().isEmpty(), gaps.toJson().constData());
    // A second cycle with nothing to send is clean and sends no batch.
    QVERIFY(runCycle(*engine));
    QCOMPARE(batches.size(), 5);
}

void TestCloudSync::realSalesAndShiftReachTheCabinet()
{
    auto seed = seedDemoData(*m_db, PinHasher::FastForTests);
    QVERIFY(seed);
    const Actor owner{seed->ownerId, Role::Owner};
    ShiftService shifts(*m_db);
    QVERIFY(shifts.open(owner));
    SalesService sales(*m_db);
    const qint64 productId =
        scalar(*m_db, QStringLiteral("SELECT id FROM products WHERE active = 1 AND weighted = 0 "
                                     "AND marked = 0 AND vat_code IN (2, 5, 6, 11) LIMIT 1"));
    QVERIFY(productId > 0);
    QStringList sold;
    for (int i = 0; i < 3; ++i) {
        auto sale = sales.create(owner);
        QVERIFY(sale);
        QVERIFY(sales.addLine(owner, sale->id, LineInput{productId, 2000, {}, {}, 0}));
        const qint64 total =
            scalar(*m_db, QStringLiteral("SELECT total FROM sales WHERE id = ?"), {qint64(sale->id)});
        auto done = sales.complete(owner, sale->id, {PaymentInput{PaymentType::Cash, total, 0, {}}});
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        sold << done->uuid;
    }
    QVERIFY(shifts.close(owner));
    const qint64 queued = Outbox::pendingCount(*m_db);
    QCOMPARE(queued, 5); // the shift's open, three sales and the shift's close

    auto engine = activatedEngine();
    QVERIFY(engine);
    QVERIFY(drain(*engine));
    QCOMPARE(m_server->documents(m_shop.org), 5);
    const QJsonArray docs = m_server
                                ->admin({QStringLiteral("list"), QStringLiteral("documents"),
                                         QStringLiteral("--org"), m_shop.org})
                                .array();
    QStringList types;
    for (const QJsonValue &d : docs)
        types << d.toObject().value(QLatin1String("type")).toString();
    types.sort();
    QCOMPARE(types, (QStringList{QStringLiteral("sale"), QStringLiteral("sale"), QStringLiteral("sale"),
                                 QStringLiteral("shift_close"), QStringLiteral("shift_open")}));
}

void TestCloudSync::rejectedAndConflictingDocumentsAreQuarantined()
{
    auto engine = activatedEngine();
    QVERIFY(engine);
    QStringList good = enqueueSales(*m_db, 10);
    // A type the cabinet does not know: rejected, held back with the reason, the rest goes through.
    const QString bad = newUuid();
    {
        Transaction tx(*m_db);
        QVERIFY(Outbox::enqueue(*m_db, bad, QStringLiteral("mystery"), QJsonObject{{QStringLiteral("v"), 1}},
                                QDateTime::currentDateTimeUtc()));
        QVERIFY(tx.commit());
    }
    QSignalSpy held(engine.get(), &SyncEngine::documentsQuarantined);
    QVERIFY(drain(*engine));
    QCOMPARE(m_server->documents(m_shop.org), 10);
    QCOMPARE(engine->status().quarantined, 1);
    QCOMPARE(held.size(), 1);

    // The same uuid with other content: a conflict; the cabinet keeps the first, the till holds
    // the rival back, nothing is overwritten.
    {
        Transaction tx(*m_db);
        QVERIFY(Outbox::enqueue(*m_db, good.first(), QStringLiteral("sale"),
                                QJsonObject{{QStringLiteral("v"), 1}, {QStringLiteral("total"), 1}},
                                QDateTime::currentDateTimeUtc()));
        QVERIFY(tx.commit());
    }
    QVERIFY(drain(*engine));
    QCOMPARE(engine->status().quarantined, 2);
    QCOMPARE(m_server->documents(m_shop.org), 10);
    const QJsonArray conflicts = m_server
                                     ->admin({QStringLiteral("list"), QStringLiteral("conflicts"),
                                              QStringLiteral("--org"), m_shop.org})
                                     .array();
    QCOMPARE(conflicts.size(), 1);

    const auto list = engine->quarantined();
    QCOMPARE(list.size(), 2);
    QSet<QString> statuses;
    for (const auto &q : list) {
        statuses.insert(q.status);
        QVERIFY(!q.code.isEmpty());
        QVERIFY(!q.message.isEmpty());
    }
    QCOMPARE(statuses, (QSet<QString>{QStringLiteral("rejected"), QStringLiteral("conflict")}));
    // Quarantined rows stay out of later batches: the queue is empty and the cycle clean.
    QCOMPARE(engine->status().pending, 0);
    QVERIFY(runCycle(*engine));
}

void TestCloudSync::tooLargeBatchesAreSplit()
{
    SyncSettings s = testSettings(m_dir->path());
    s.batchSize = 500;
    SyncEngine engine(s);
    engine.attachDatabase(m_db.get());
    QVERIFY(activate(engine, m_server->baseUrl(), m_shop.code).isEmpty());
    // One document alone over the body limit (16 MiB): it alone is held back as too large.
    const QString huge = newUuid();
    {
        Transaction tx(*m_db);
        QVERIFY(Outbox::enqueue(
            *m_db, huge, QStringLiteral("sale"),
            QJsonObject{{QStringLiteral("blob"), QString(17 * 1024 * 1024, QLatin1Char('x'))}},
            QDateTime::currentDateTimeUtc().addSecs(-60)));
        QVERIFY(tx.commit());
    }
    const QStringList uuids = enqueueSales(*m_db, 120);
    QVERIFY(drain(engine));
    QCOMPARE(m_server->documents(m_shop.org), 120);
    const auto held = engine.quarantined();
    QCOMPARE(held.size(), 1);
    QCOMPARE(held.first().uuid, huge);
    QCOMPARE(held.first().status, QStringLiteral("too_large"));
}

void TestCloudSync::contentChangedInFlightFollowsUnderANewUuid()
{
    // The fiscal service stores the FD of a sale while that sale's first version is on the wire:
    // the cabinet keeps the version it acknowledged, and the till must not drop the new content.
    const QStringList uuids = enqueueSales(*m_db, 3);
    const QString changed = uuids.at(1);
    SyncSettings s = testSettings(m_dir->path());
    Database *db = m_db.get();
    bool done = false;
    s.decorateRequest = [&](QNetworkRequest &req) {
        if (done || !req.url().path().endsWith(QLatin1String("documents:batch")))
            return;
        done = true;
        Transaction tx(*db);
        auto row = Outbox::find(*db, changed);
        QJsonObject payload = QJsonDocument::fromJson(row->payload).object();
        payload.insert(QStringLiteral("fiscal"),
                       QJsonObject{{QStringLiteral("fn"), QStringLiteral("7380440800123456")},
                                   {QStringLiteral("fd"), 4242}});
        QVERIFY(Outbox::replacePending(*db, changed, payload));
        QVERIFY(tx.commit());
    };
    SyncEngine engine(s);
    engine.attachDatabase(m_db.get());
    QVERIFY(activate(engine, m_server->baseUrl(), m_shop.code).isEmpty());
    runCycle(engine);
    QVERIFY(done);
    // The cabinet keeps the three versions it acknowledged and, under a new uuid, the follow-up
    // that carries the new fiscal attributes of `changed` (a fiscal_attributes document).
    QCOMPARE(m_server->documents(m_shop.org), 4);
    QCOMPARE(outboxRows(*m_db), 0);
    QSet<QString> onServer = m_server->documentUuids(m_shop.org);
    for (const QString &u : uuids)
        QVERIFY(onServer.remove(u));
    QCOMPARE(onServer.size(), 1);
    QVERIFY(!onServer.contains(changed));
}

void TestCloudSync::pullAppliesCatalogStaffAndSettings()
{
    auto put = [&](const QString &entity, const QString &id, const QString &json) {
        bool ok = false;
        QString err;
        m_server->admin({QStringLiteral("put"), QStringLiteral("--org"), m_shop.org, entity, id, json}, &ok,
                        &err);
        QVERIFY2(ok, qPrintable(err));
    };
    put(QStringLiteral("category"), QStringLiteral("c-dairy"), QStringLiteral(R"({"name":"Молочное"})"));
    put(QStringLiteral("category"), QStringLiteral("c-milk"),
        QStringLiteral(R"({"name":"Молоко","parent_id":"c-dairy"})"));
    put(QStringLiteral("unit"), QStringLiteral("pack"),
        QStringLiteral(R"({"code":255,"name":"упаковка","short_name":"уп","fractional":false})"));
    put(QStringLiteral("vat_rate"), QStringLiteral("vat22"),
        QStringLiteral(R"({"code":11,"name":"22%","percent":22,"valid_from":"2026-01-05"})"));
    put(QStringLiteral("product"), QStringLiteral("7d4c1e0a-0000-4000-8000-000000000001"),
        QStringLiteral(R"({"name":"Молоко 3,2% 1 л","price":"129.90","vat":"vat22","unit":"шт",)"
                       R"("barcodes":["4600000000015","2000000000015"],"category_id":"c-milk",)"
                       R"("marking_type":"MILK","article":"M-32"})"));
    put(QStringLiteral("product"), QStringLiteral("7d4c1e0a-0000-4000-8000-000000000002"),
        QStringLiteral(R"({"name":"Сыр весовой","price":"899.5","vat":"vat10","unit":"кг","weighted":true,)"
                       R"("barcodes":["4600000000016","4607000000007"]})"));
    // Stored by the cabinet's owner API before it wrote `marking_type`: only `marking`.
    put(QStringLiteral("product"), QStringLiteral("7d4c1e0a-0000-4000-8000-000000000003"),
        QStringLiteral(R"({"name":"Сигареты","price":"210.00","vat":"vat20","marking":"tobacco",)"
                       R"("subject":"excise","barcodes":["4600000000022"]})"));
    // The owner API names the subject of calculation (openapi.yaml); the till keeps tag 1212's code.
    put(QStringLiteral("product"), QStringLiteral("7d4c1e0a-0000-4000-8000-000000000004"),
        QStringLiteral(R"({"name":"Доставка","price":"300.00","vat":"vat20","subject":"service",)"
                       R"("barcodes":["4600000000039"]})"));
    put(QStringLiteral("product"), QStringLiteral("bad-one"),
        QStringLiteral(R"({"name":"","price":"1.00"})"));
    bool ok = false;
    m_server->admin({QStringLiteral("add-employee"), QStringLiteral("--org"), m_shop.org,
                     QStringLiteral("Иванова А."), QStringLiteral("--role"), QStringLiteral("cashier"),
                     QStringLiteral("--pin-hash"), QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$c2FsdA$aGFzaA"),
                     QStringLiteral("--id"), QStringLiteral("5b8e0f5e-1111-4111-8111-000000000001")},
                    &ok);
    QVERIFY(ok);
    put(QStringLiteral("role"), QStringLiteral("cashier"), QStringLiteral(R"({"name":"Кассир"})"));
    put(QStringLiteral("payment_method"), QStringLiteral("sbp"),
        QStringLiteral(R"({"name":"СБП","enabled":false})"));
    put(QStringLiteral("payment_method"), QStringLiteral("card"),
        QStringLiteral(R"({"name":"Карта","roles":["owner","cashier"]})"));
    put(QStringLiteral("point_of_sale"), m_shop.pos,
        QStringLiteral(R"({"name":"Магазин на Ленина","address":"г. Тула, ул. Ленина, 1"})"));
    put(QStringLiteral("receipt_text"), QStringLiteral("main"),
        QStringLiteral(
            R"({"store_name":"РОМАШКА","phone":"+7 4872 00-00-00","footer":"Спасибо за покупку!"})"));
    put(QStringLiteral("workplace_settings"), m_shop.workplace,
        QStringLiteral(R"({"sync_interval_s":120,"receipt.copies":2})"));
    put(QStringLiteral("discount"), QStringLiteral("d1"),
        QStringLiteral(R"({"name":"Скидка 5%","percent":5})"));

    auto engine = activatedEngine();
    QVERIFY(engine);
    QSignalSpy pages(engine.get(), &SyncEngine::pageApplied);
    QVERIFY(runCycle(*engine));
    QVERIFY(!pages.isEmpty());
    QCOMPARE(pages.last().at(0).toString(), QStringLiteral("snapshot"));
    QVERIFY(pages.last().at(1).toBool());

    CatalogService catalog(*m_db);
    const auto milk = catalog.findByBarcode(QStringLiteral("4600000000015"));
    QVERIFY(milk);
    QCOMPARE(milk->name, QStringLiteral("Молоко 3,2% 1 л"));
    QCOMPARE(milk->price, 12990);
    QCOMPARE(milk->vatCode, 11);
    QCOMPARE(milk->unitCode, 0);
    QCOMPARE(int(milk->markingType), int(MarkingType::Milk));
    const auto cigarettes = catalog.findByBarcode(QStringLiteral("4600000000022"));
    QVERIFY(cigarettes);
    QCOMPARE(int(cigarettes->markingType), int(MarkingType::Tobacco));
    QCOMPARE(cigarettes->subject, Subject::Excise);
    const auto delivery = catalog.findByBarcode(QStringLiteral("4600000000039"));
    QVERIFY(delivery);
    QCOMPARE(delivery->subject, Subject::Service);
    QVERIFY(cigarettes->marked);
    QVERIFY(milk->marked);
    QCOMPARE(milk->article, QStringLiteral("M-32"));
    QCOMPARE(text(*m_db,
                  QStringLiteral("SELECT c.name || '/' || p.name FROM categories c JOIN categories p "
                                 "ON p.id = c.parent_id WHERE c.id = ?"),
                  {qint64(milk->categoryId)}),
             QStringLiteral("Молоко/Молочное"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT price FROM products WHERE uuid = ?"),
                    {QStringLiteral("7d4c1e0a-0000-4000-8000-000000000002")}),
             89950);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT unit_code FROM products WHERE uuid = ?"),
                    {QStringLiteral("7d4c1e0a-0000-4000-8000-000000000002")}),
             11);
    // Its barcode with a wrong check digit is dropped, the product and its good code stay.
    QVERIFY(!catalog.findByBarcode(QStringLiteral("4600000000016")));
    QCOMPARE(text(*m_db,
                  QStringLiteral("SELECT group_concat(b.code) FROM barcodes b JOIN products p ON p.id = "
                                 "b.product_id WHERE p.uuid = ?"),
                  {QStringLiteral("7d4c1e0a-0000-4000-8000-000000000002")}),
             QStringLiteral("4607000000007"));
    // The invalid product is kept in the mirror but not in the catalog, and did not block the page.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM products WHERE uuid = 'bad-one'")), 0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM cloud_items WHERE id = 'bad-one'")), 1);
    QCOMPARE(text(*m_db, QStringLiteral("SELECT short_name FROM units WHERE code = 255")),
             QStringLiteral("уп"));
    // Staff with the PIN hash as the cabinet sent it.
    QCOMPARE(text(*m_db,
                  QStringLiteral("SELECT full_name || '|' || role || '|' || pin_hash || '|' || active "
                                 "FROM employees WHERE uuid = ?"),
                  {QStringLiteral("5b8e0f5e-1111-4111-8111-000000000001")}),
             QStringLiteral("Иванова А.|3|$argon2id$v=19$m=8,t=1,p=1$c2FsdA$aGFzaA|1"));
    // Payment methods: SBP off for everyone, card for owner and cashier only, cash untouched.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM role_payment_methods WHERE method = 2")), 0);
    QCOMPARE(
        text(*m_db, QStringLiteral("SELECT group_concat(role) FROM (SELECT role FROM role_payment_methods "
                                   "WHERE method = 1 ORDER BY role)")),
        QStringLiteral("0,3"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM role_payment_methods WHERE method = 0")), 4);
    // Point of sale and receipt texts.
    QCOMPARE(text(*m_db, QStringLiteral("SELECT name || '|' || receipt_store_name || '|' || receipt_footer "
                                        "FROM points_of_sale ORDER BY id LIMIT 1")),
             QStringLiteral("Магазин на Ленина|РОМАШКА|Спасибо за покупку!"));
    // Workplace settings land in the settings table.
    QCOMPARE(text(*m_db, QStringLiteral("SELECT value FROM settings WHERE key = 'sync_interval_s'")),
             QStringLiteral("120"));
    QCOMPARE(text(*m_db, QStringLiteral("SELECT value FROM settings WHERE key = 'receipt.copies'")),
             QStringLiteral("2"));
    // Entities without a table of their own are mirrored.
    QCOMPARE(scalar(*m_db,
                    QStringLiteral("SELECT COUNT(*) FROM cloud_items WHERE entity IN ('discount', 'role')")),
             2);
    QVERIFY(
        !text(*m_db, QStringLiteral("SELECT value FROM sync_state WHERE key = 'cloud.cursor'")).isEmpty());
}

// An organisation with two points of sale: the till keeps its own name and receipt texts whatever
// order the cabinet sends them in (it used to write every one into its first point of sale).
void TestCloudSync::severalPointsOfSaleEachTillTakesItsOwn()
{
    auto admin = [&](const QStringList &args) {
        bool ok = false;
        QString err;
        const QJsonDocument out = m_server->admin(args, &ok, &err);
        [&] { QVERIFY2(ok, qPrintable(err)); }();
        return out;
    };
    const QString otherPos =
        admin({QStringLiteral("create-pos"), QStringLiteral("--org"), m_shop.org, QStringLiteral("Склад")})
            .object()
            .value(QLatin1String("point_of_sale_id"))
            .toString();
    QVERIFY(!otherPos.isEmpty());
    auto put = [&](const QString &entity, const QString &id, const QString &json) {
        admin({QStringLiteral("put"), QStringLiteral("--org"), m_shop.org, entity, id, json});
    };
    // Ours first, the other one after it: version order is the order the till applies them in.
    put(QStringLiteral("point_of_sale"), m_shop.pos,
        QStringLiteral(R"({"name":"Магазин на Ленина","address":"Тула"})"));
    put(QStringLiteral("receipt_text"), QStringLiteral("t-own"),
        QStringLiteral(R"({"point_of_sale_id":"%1","store_name":"РОМАШКА","footer":"Спасибо!"})")
            .arg(m_shop.pos));
    put(QStringLiteral("point_of_sale"), otherPos, QStringLiteral(R"({"name":"Склад","address":"Алексин"})"));
    put(QStringLiteral("receipt_text"), QStringLiteral("t-other"),
        QStringLiteral(R"({"point_of_sale_id":"%1","store_name":"СКЛАД","footer":"Чужой"})").arg(otherPos));
    // Payment methods per point of sale, as the owner API publishes them: here the cashier takes no card,
    // at the other point every role does.
    put(QStringLiteral("payment_method"), m_shop.pos + QStringLiteral(":card"),
        QStringLiteral(R"({"type":"card","point_of_sale_id":"%1","roles":["owner","administrator"]})")
            .arg(m_shop.pos));
    put(QStringLiteral("payment_method"), otherPos + QStringLiteral(":card"),
        QStringLiteral(
            R"({"type":"card","point_of_sale_id":"%1","roles":["owner","cashier","senior_cashier","administrator"]})")
            .arg(otherPos));

    auto engine = activatedEngine();
    QVERIFY(engine);
    QVERIFY(runCycle(*engine));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM points_of_sale")), 1);
    QCOMPARE(
        text(*m_db, QStringLiteral("SELECT name || '|' || address || '|' || receipt_store_name || '|' || "
                                   "receipt_footer FROM points_of_sale")),
        QStringLiteral("Магазин на Ленина|Тула|РОМАШКА|Спасибо!"));
    QCOMPARE(
        text(*m_db, QStringLiteral("SELECT group_concat(role) FROM (SELECT role FROM role_payment_methods "
                                   "WHERE method = 1 ORDER BY role)")),
        QStringLiteral("0,1"));
    // Both stay in the mirror, so the till can show what the organisation has.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM cloud_items WHERE entity = 'point_of_sale'")),
             2);
}

void TestCloudSync::catalogChangeInTheCabinetReachesTheTill()
{
    const QString id = QStringLiteral("0a0a0a0a-0000-4000-8000-00000000000a");
    bool ok = false;
    m_server->admin(
        {QStringLiteral("put"), QStringLiteral("--org"), m_shop.org, QStringLiteral("product"), id,
         QStringLiteral(R"({"name":"Хлеб","price":"45.00","vat":"vat10","barcodes":["4601234567893"]})")},
        &ok);
    QVERIFY(ok);
    auto engine = activatedEngine();
    QVERIFY(engine);
    QVERIFY(runCycle(*engine));
    CatalogService catalog(*m_db);
    QCOMPARE(catalog.findByBarcode(QStringLiteral("4601234567893"))->price, 4500);

    // The owner changes the price and the barcode in the cabinet; the next cycle brings it as a delta.
    m_server->admin({QStringLiteral("put"), QStringLiteral("--org"), m_shop.org, QStringLiteral("product"),
                     id,
                     QStringLiteral(R"({"name":"Хлеб бородинский","price":"52.50","vat":"vat10",)"
                                    R"("barcodes":["4601234567800"]})")},
                    &ok);
    QVERIFY(ok);
    QSignalSpy pages(engine.get(), &SyncEngine::pageApplied);
    QVERIFY(runCycle(*engine));
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages.first().at(0).toString(), QStringLiteral("delta"));
    QVERIFY(!catalog.findByBarcode(QStringLiteral("4601234567893")));
    const auto bread = catalog.findByBarcode(QStringLiteral("4601234567800"));
    QVERIFY(bread);
    QCOMPARE(bread->price, 5250);
    QCOMPARE(bread->name, QStringLiteral("Хлеб бородинский"));

    // Deleted in the cabinet: the till keeps the row for past receipts but stops selling it.
    m_server->admin(
        {QStringLiteral("delete"), QStringLiteral("--org"), m_shop.org, QStringLiteral("product"), id}, &ok);
    QVERIFY(ok);
    QVERIFY(runCycle(*engine));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT active FROM products WHERE uuid = ?"), {id}), 0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM cloud_items WHERE id = ?"), {id}), 0);
}

void TestCloudSync::fullResyncSwapsInAtomicallyAndResumes()
{
    auto putProduct = [&](int i, const QString &price) {
        bool ok = false;
        m_server->admin(
            {QStringLiteral("put"), QStringLiteral("--org"), m_shop.org, QStringLiteral("product"),
             QStringLiteral("p-%1").arg(i, 3, 10, QLatin1Char('0')),
             QStringLiteral(R"({"name":"Товар %1","price":"%2","vat":"vat22"})").arg(i).arg(price)},
            &ok);
        return ok;
    };
    for (int i = 0; i < 30; ++i)
        QVERIFY(putProduct(i, QStringLiteral("10.00")));
    SyncSettings s = testSettings(m_dir->path());
    s.pullLimit = 7;
    SyncEngine engine(s);
    engine.attachDatabase(m_db.get());
    QVERIFY(activate(engine, m_server->baseUrl(), m_shop.code).isEmpty());
    QVERIFY(runCycle(engine));
    const QString activeSql = QStringLiteral("SELECT COUNT(*) FROM products WHERE active = 1");
    const QString oldPriceSql =
        QStringLiteral("SELECT COUNT(*) FROM products WHERE active = 1 AND price = 1000");
    QCOMPARE(scalar(*m_db, activeSql), 30);

    // The cabinet compacts its change log (new epoch) and then changes half the catalog: the
    // till's cursor is gone (410), it pages a new snapshot and swaps it in at the end.
    bool ok = false;
    m_server->admin({QStringLiteral("compact"), QStringLiteral("--org"), m_shop.org}, &ok);
    QVERIFY(ok);
    for (int i = 0; i < 15; ++i)
        QVERIFY(putProduct(i, QStringLiteral("20.00")));
    for (int i = 30; i < 35; ++i)
        QVERIFY(putProduct(i, QStringLiteral("20.00")));
    for (int i = 25; i < 30; ++i) {
        m_server->admin({QStringLiteral("delete"), QStringLiteral("--org"), m_shop.org,
                         QStringLiteral("product"), QStringLiteral("p-%1").arg(i, 3, 10, QLatin1Char('0'))},
                        &ok);
        QVERIFY(ok);
    }

    // During the snapshot the live catalog is the old one, page after page; the first time, the
    // server dies after the second page (the till must resume, not restart, and not show a mix).
    int snapshotPages = 0;
    bool killed = false;
    QList<qint64> seenActive, seenOldPrice;
    const quint16 port = m_server->port();
    auto connection = connect(&engine, &SyncEngine::pageApplied, this, [&](const QString &phase, bool done) {
        if (phase != QLatin1String("snapshot") || done)
            return;
        ++snapshotPages;
        seenActive << scalar(*m_db, activeSql);
        seenOldPrice << scalar(*m_db, oldPriceSql);
        if (snapshotPages == 2 && !killed) {
            killed = true;
            m_server->kill();
        }
    });
    QVERIFY(!runCycle(engine)); // ended by the dead server
    QVERIFY(killed);
    QCOMPARE(scalar(*m_db, activeSql), 30);
    QCOMPARE(scalar(*m_db, oldPriceSql), 30);
    const QString resumeFrom = text(*m_db, QStringLiteral("SELECT value FROM sync_state WHERE key = "
                                                          "'cloud.snapshot_cursor'"));
    QVERIFY(resumeFrom != QStringLiteral("<none>"));
    const qint64 staged = scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM cloud_snapshot"));
    QCOMPARE(staged, 14);

    QVERIFY(m_server->start(port));
    QVERIFY(drain(engine));
    disconnect(connection);
    for (qint64 n : std::as_const(seenActive))
        QCOMPARE(n, 30);
    for (qint64 n : std::as_const(seenOldPrice))
        QCOMPARE(n, 30);
    // Resumed: 30 live items in pages of 7 is five pages, two before the crash and three after.
    QCOMPARE(snapshotPages, 4);
    QCOMPARE(scalar(*m_db, activeSql), 30);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM products WHERE active = 1 AND price = 2000")),
             20);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM products WHERE active = 0")), 5);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM cloud_snapshot")), 0);
    QCOMPARE(text(*m_db, QStringLiteral("SELECT value FROM sync_state WHERE key = 'cloud.snapshot_cursor'")),
             QStringLiteral("<none>"));
}

void TestCloudSync::revokedTokenStopsSyncAndKeepsDocuments()
{
    auto engine = activatedEngine();
    QVERIFY(engine);
    enqueueSales(*m_db, 5);
    QVERIFY(drain(*engine));
    const QString device = TokenStore(path(QStringLiteral("device.json"))).load()->deviceId;
    bool ok = false;
    m_server->admin({QStringLiteral("revoke-device"), QStringLiteral("--org"), m_shop.org, device}, &ok);
    QVERIFY(ok);

    const QStringList later = enqueueSales(*m_db, 7);
    QVERIFY(!runCycle(*engine));
    QCOMPARE(engine->status().state, SyncStatus::State::TokenRevoked);
    QVERIFY(engine->status().lastError.contains(QLatin1String("revoked")));
    QCOMPARE(outboxRows(*m_db), 7);
    QCOMPARE(m_server->documents(m_shop.org), 5);
    QVERIFY(!runCycle(*engine)); // stays stopped, no hammering with a dead token
    QCOMPARE(m_server->documents(m_shop.org), 5);

    // Re-activation with a new code: the kept documents go out.
    const QString code = m_server->newCode(m_shop);
    QVERIFY(activate(*engine, m_server->baseUrl(), code).isEmpty());
    QVERIFY(drain(*engine));
    QCOMPARE(m_server->documents(m_shop.org), 12);
    QCOMPARE(outboxRows(*m_db), 0);
}

void TestCloudSync::anotherOrganisationIsUnreachable()
{
    const Shop other = m_server->createShop(QStringLiteral("Лютик"));
    bool ok = false;
    m_server->admin({QStringLiteral("put"), QStringLiteral("--org"), other.org, QStringLiteral("product"),
                     QStringLiteral("secret-product"),
                     QStringLiteral(R"({"name":"Чужой товар","price":"1.00","barcodes":["4600000000022"]})")},
                    &ok);
    QVERIFY(ok);
    m_server->admin({QStringLiteral("put"), QStringLiteral("--org"), m_shop.org, QStringLiteral("product"),
                     QStringLiteral("own-product"),
                     QStringLiteral(R"({"name":"Свой товар","price":"2.00"})")},
                    &ok);
    QVERIFY(ok);

    // Till B pushes one document first, so there is something of B's to look for.
    Database otherDb;
    QVERIFY(otherDb.open(path(QStringLiteral("other.db"))).ok());
    SyncSettings s = testSettings(m_dir->path());
    s.tokenPath = path(QStringLiteral("other.json"));
    SyncEngine otherEngine(s);
    otherEngine.attachDatabase(&otherDb);
    QVERIFY(activate(otherEngine, m_server->baseUrl(), other.code).isEmpty());
    const QStringList theirs = enqueueSales(otherDb, 3);
    QVERIFY(drain(otherEngine));

    auto engine = activatedEngine();
    QVERIFY(engine);
    const QStringList ours = enqueueSales(*m_db, 4);
    QVERIFY(drain(*engine));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM products WHERE uuid = 'secret-product'")), 0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM products WHERE uuid = 'own-product'")), 1);
    QCOMPARE(m_server->documentUuids(m_shop.org), QSet<QString>(ours.begin(), ours.end()));
    QCOMPARE(m_server->documentUuids(other.org), QSet<QString>(theirs.begin(), theirs.end()));

    // With A's token, B's document does not exist, and B's cursor is refused.
    const auto creds = TokenStore(path(QStringLiteral("device.json"))).load();
    const QString theirCursor =
        text(otherDb, QStringLiteral("SELECT value FROM sync_state WHERE key = 'cloud.cursor'"));
    QNetworkAccessManager net;
    auto get = [&](const QString &pathAndQuery) {
        QNetworkRequest req(QUrl(m_server->baseUrl() + pathAndQuery));
        req.setRawHeader("Authorization", "Bearer " + creds->token.toLatin1());
        QNetworkReply *reply = net.get(req);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(30'000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    };
    QCOMPARE(get(QStringLiteral("/api/v1/documents/") + theirs.first()), 404);
    QCOMPARE(get(QStringLiteral("/api/v1/documents/") + ours.first()), 200);
    QCOMPARE(get(QStringLiteral("/api/v1/changes?cursor=") +
                 QString::fromLatin1(QUrl::toPercentEncoding(theirCursor))),
             403);
}

void TestCloudSync::offlineTillKeepsWorking()
{
    auto engine = activatedEngine();
    QVERIFY(engine);
    const quint16 port = m_server->port();
    m_server->stop();
    const QStringList uuids = enqueueSales(*m_db, 9);
    QSignalSpy status(engine.get(), &SyncEngine::statusChanged);
    QVERIFY(!runCycle(*engine));
    QCOMPARE(engine->status().state, SyncStatus::State::Error);
    QVERIFY(!engine->status().lastError.isEmpty());
    QCOMPARE(engine->status().pending, 9);
    // The sales database is not held by the failed sync: the till writes on.
    enqueueSales(*m_db, 1);
    QCOMPARE(outboxRows(*m_db), 10);
    QVERIFY(m_server->start(port));
    QVERIFY(drain(*engine));
    QCOMPARE(m_server->documents(m_shop.org), 10);
}

void TestCloudSync::syncClientRunsOnItsOwnThread()
{
    // The GUI-side facade: activation, periodic sync and status all through queued signals, with
    // the engine on its worker thread and its own connection to the same file.
    const QStringList first = enqueueSales(*m_db, 19);
    {
        Transaction tx(*m_db);
        QVERIFY(Outbox::enqueue(*m_db, newUuid(), QStringLiteral("mystery"), QJsonObject{},
                                QDateTime::currentDateTimeUtc()));
        QVERIFY(tx.commit());
    }
    SyncSettings s = testSettings(m_dir->path());
    QThread *const gui = QThread::currentThread();
    QSet<QThread *> requestThreads;
    QMutex mutex;
    s.decorateRequest = [&](QNetworkRequest &req) {
        QMutexLocker lock(&mutex);
        requestThreads.insert(QThread::currentThread());
        // Hold each push's commit a little, so the GUI thread demonstrably carries on meanwhile.
        if (req.url().path().endsWith(QLatin1String("documents:batch")))
            req.setRawHeader("X-Prilavok-Fault", "delay-commit=200");
    };
    SyncClient client(m_db->path(), s);
    QSignalSpy activated(&client, &SyncClient::activationFinished);
    QSignalSpy status(&client, &SyncClient::statusChanged);
    QSignalSpy lastSuccess(&client, &SyncClient::lastSuccessChanged);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty(), 30'000);
    QCOMPARE(client.status().state, SyncStatus::State::NotActivated);
    QCOMPARE(client.status().pending, 20);

    client.activate(m_server->baseUrl(), m_shop.code);
    QTRY_VERIFY_WITH_TIMEOUT(!activated.isEmpty(), 30'000);
    QVERIFY2(activated.first().at(0).toBool(), qPrintable(activated.first().at(1).toString()));
    // While the worker pushes, the till's own connection keeps writing sales.
    const QStringList second = enqueueSales(*m_db, 5);
    QVERIFY(second.size() == 5);
    QTRY_VERIFY_WITH_TIMEOUT(!lastSuccess.isEmpty() && client.status().state == SyncStatus::State::Idle,
                             60'000);
    client.syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(client.status().pending == 0 &&
                                 client.status().state == SyncStatus::State::Idle &&
                                 m_server->documents(m_shop.org) == 24,
                             60'000);
    QCOMPARE(client.status().quarantined, 1);
    QSignalSpy held(&client, &SyncClient::quarantinedDocuments);
    client.requestQuarantined();
    QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 30'000);
    const auto list = held.first().first().value<QList<QuarantinedDocument>>();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().type, QStringLiteral("mystery"));
    QCOMPARE(list.first().status, QStringLiteral("rejected"));
    {
        QMutexLocker lock(&mutex);
        QVERIFY(!requestThreads.isEmpty());
        QVERIFY(!requestThreads.contains(gui));
    }
    QCOMPARE(Outbox::pendingCount(*m_db), 0);
}

void TestCloudSync::heartbeatReportsHealthAndResyncIsHonoured()
{
    auto seed = seedDemoData(*m_db, PinHasher::FastForTests);
    QVERIFY(seed);
    ShiftService shifts(*m_db);
    QVERIFY(shifts.open(Actor{seed->ownerId, Role::Owner}));
    enqueueSales(*m_db, 2);
    {
        Transaction tx(*m_db);
        QVERIFY(Outbox::enqueue(*m_db, newUuid(), QStringLiteral("mystery"), QJsonObject{},
                                QDateTime::currentDateTimeUtc()));
        QVERIFY(tx.commit());
    }
    auto engine = activatedEngine();
    QVERIFY(engine);
    FiscalHealth health;
    health.known = true;
    health.kktSerial = QStringLiteral("0012345678901234");
    health.fnNumber = QStringLiteral("7380440800123456");
    health.fnValidUntil = QDate(2027, 5, 1);
    health.ofdUnsent = 3;
    health.ofdOldestUnsent = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    engine->setFiscalHealth(health);
    QVERIFY(drain(*engine));

    QJsonObject reported;
    {
        QSqlDatabase cab =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cabinet-peek"));
        cab.setDatabaseName(path(QStringLiteral("cabinet.db")));
        QVERIFY(cab.open());
        QSqlQuery q(cab);
        QVERIFY(q.exec(QStringLiteral("SELECT status, install_id FROM devices")));
        QVERIFY(q.next());
        reported = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        QCOMPARE(q.value(1).toString(), TokenStore(path(QStringLiteral("device.json"))).load()->installId);
        q.finish();
        cab.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cabinet-peek"));
    auto at = [&](const char *a, const char *b) {
        return reported.value(QLatin1String(a)).toObject().value(QLatin1String(b));
    };
    QCOMPARE(at("fn", "number").toString(), health.fnNumber);
    QCOMPARE(at("fn", "valid_until").toString(), QStringLiteral("2027-05-01"));
    QCOMPARE(at("fn", "ofd_unsent_count").toInt(), 3);
    QCOMPARE(at("kkt", "serial").toString(), health.kktSerial);
    QCOMPARE(at("shift", "state").toString(), QStringLiteral("open"));
    QCOMPARE(at("shift", "number").toInt(), shifts.current()->number);
    QCOMPARE(at("outbox", "pending").toInt(), 0);
    QCOMPARE(at("outbox", "quarantined").toInt(), 1);
    QVERIFY(!at("outbox", "last_push_ok_at").toString().isEmpty());
    QVERIFY(!reported.value(QLatin1String("app_version")).toString().isEmpty());
    QVERIFY(reported.value(QLatin1String("db_schema")).toInt() >= 7);
    QVERIFY(reported.contains(QLatin1String("clock_skew_ms")));

    // The cabinet asks this till to reload its catalog: the next cycle pulls a snapshot.
    bool ok = false;
    m_server->admin({QStringLiteral("put"), QStringLiteral("--org"), m_shop.org, QStringLiteral("product"),
                     QStringLiteral("p-resync"), QStringLiteral(R"({"name":"Соль","price":"19.90"})")},
                    &ok);
    QVERIFY(ok);
    QVERIFY(runCycle(*engine));
    const QString device = TokenStore(path(QStringLiteral("device.json"))).load()->deviceId;
    m_server->admin({QStringLiteral("resync-device"), QStringLiteral("--org"), m_shop.org, device}, &ok);
    QVERIFY(ok);
    QSignalSpy pages(engine.get(), &SyncEngine::pageApplied);
    QVERIFY(runCycle(*engine));
    QVERIFY(!pages.isEmpty());
    QCOMPARE(pages.first().at(0).toString(), QStringLiteral("snapshot"));
    QCOMPARE(
        scalar(*m_db, QStringLiteral("SELECT price FROM products WHERE uuid = 'p-resync' AND active = 1")),
        1990);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestCloudSync t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_cloudsync.moc"
