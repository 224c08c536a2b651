// Marking settings set by the owner in the cabinet (PUT /points-of-sale/{id}/marking-settings, issue 18)
// reach the till of that point through a real `prilavok-cabinet` and the real sync client, in the
// snapshot and in a delta: MarkingSettingsStore then has them, marked as the cabinet's (the till's
// page read-only), and the three secrets are in its secrets file, never in the till's database (not
// in the settings, not in the pull mirror, not in the file's bytes).

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QStringList>
#include <QTest>

#include "app/cloud/syncengine.h"
#include "app/marking/markingsettings.h"
#include "support/cabinetfixture.h"
#include "support/cabinetserver.h"
#include "support/ownerapi.h"
#include "support/till.h"

using namespace app;
using namespace app::cloud;
using namespace cloudtest;

namespace {

QJsonObject settings(const QString &url, const QJsonValue &chzToken)
{
    return {{QStringLiteral("mode"), QStringLiteral("tspiot")},
            {QStringLiteral("tspiot_url"), url},
            {QStringLiteral("client_id"), QStringLiteral("prilavok-7")},
            {QStringLiteral("client_token"), QStringLiteral("ct-SECRET-one")},
            {QStringLiteral("chz_token"), chzToken},
            {QStringLiteral("lm_url"), QStringLiteral("http://127.0.0.1:5995")},
            {QStringLiteral("lm_login"), QStringLiteral("admin")},
            {QStringLiteral("lm_password"), QStringLiteral("lm-SECRET-three")},
            {QStringLiteral("strict_groups"), QJsonArray{3, 15}},
            {QStringLiteral("budget_ms"), 900}};
}

// Every byte the till database keeps on disk (the file and its write-ahead log).
QByteArray databaseBytes(const QString &file)
{
    QByteArray all;
    for (const QString &name : QStringList{file, file + QStringLiteral("-wal")}) {
        QFile f(name);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

class TestCloudMarking : public QObject, protected CabinetFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void settingsSetInTheCabinetReachTheTillWithTheirSecretsOutsideItsDatabase();

private:
    QTemporaryDir m_home; // the secrets file's default place (AppConfigLocation) is this test's own
};

void TestCloudMarking::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    QStandardPaths::setTestModeEnabled(true);
}

void TestCloudMarking::init()
{
    openCabinet();
}

void TestCloudMarking::cleanup()
{
    closeCabinet();
}

void TestCloudMarking::settingsSetInTheCabinetReachTheTillWithTheirSecretsOutsideItsDatabase()
{
    QVERIFY(addOwner(m_server->connectionString(), m_shop.org, QStringLiteral("owner@romashka.ru"),
                     QStringLiteral("пароль-владельца")));
    OwnerApi owner(m_server->baseUrl());
    QVERIFY(owner.login(QStringLiteral("owner@romashka.ru"), QStringLiteral("пароль-владельца")));
    const QString route = QStringLiteral("/points-of-sale/%1/marking-settings").arg(m_shop.pos);
    QCOMPARE(owner.put(route,
                       settings(QStringLiteral("https://127.0.0.1:50063"), QStringLiteral("chz-SECRET-two"))),
             200);

    // The snapshot of a newly activated till.
    SyncSettings s = testSettings(m_dir->path());
    s.tokenPath = path(QStringLiteral("device.json"));
    SyncEngine engine(s);
    engine.attachDatabase(m_db.get());
    QCOMPARE(activate(engine, m_server->baseUrl(), m_shop.code), QString());
    QVERIFY(runCycle(engine));

    const MarkingSettingsStore store(*m_db);
    MarkingSettings m = store.load();
    QVERIFY(m.fromCabinet);
    QCOMPARE(m.mode, MarkingSettings::Mode::TsPiot);
    QCOMPARE(m.tsPiotUrl, QStringLiteral("https://127.0.0.1:50063"));
    QCOMPARE(m.clientId, QStringLiteral("prilavok-7"));
    QCOMPARE(m.clientToken, QStringLiteral("ct-SECRET-one"));
    QCOMPARE(m.chzToken, QStringLiteral("chz-SECRET-two"));
    QCOMPARE(m.lmUrl, QStringLiteral("http://127.0.0.1:5995"));
    QCOMPARE(m.lmLogin, QStringLiteral("admin"));
    QCOMPARE(m.lmPassword, QStringLiteral("lm-SECRET-three"));
    QCOMPARE(m.budgetMs, 900);
    QCOMPARE(m.strictGroups, (QMap<int, bool>{{3, true}, {15, true}}));

    QVERIFY(store.secretsPath().startsWith(m_home.path()));
    QFile secrets(store.secretsPath());
    QVERIFY(secrets.open(QIODevice::ReadOnly));
    const QByteArray kept = secrets.readAll();
    QVERIFY(kept.contains("ct-SECRET-one") && kept.contains("chz-SECRET-two") &&
            kept.contains("lm-SECRET-three"));
    QCOMPARE(int(secrets.permissions() & (QFile::ReadGroup | QFile::ReadOther)), 0);
    QCOMPARE(
        scalar(*m_db, QStringLiteral("SELECT count(*) FROM cloud_items WHERE entity = 'marking_settings'")),
        1);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM cloud_items WHERE data LIKE '%SECRET-%'")),
             0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM settings WHERE value LIKE '%SECRET-%'")), 0);
    QVERIFY2(!databaseBytes(path(QStringLiteral("till.db"))).contains("SECRET-"),
             "a secret in the till's database");

    // A delta: a new address and a replaced Честный знак token; the others kept (null: unchanged).
    QJsonObject next =
        settings(QStringLiteral("https://tspiot.shop.local:8443"), QStringLiteral("chz-SECRET-new"));
    next.insert(QStringLiteral("client_token"), QJsonValue::Null);
    next.insert(QStringLiteral("strict_groups"), QJsonArray{8});
    QCOMPARE(owner.put(route, next), 200);
    QVERIFY(runCycle(engine));
    m = store.load();
    QVERIFY(m.fromCabinet);
    QCOMPARE(m.tsPiotUrl, QStringLiteral("https://tspiot.shop.local:8443"));
    QCOMPARE(m.clientToken, QStringLiteral("ct-SECRET-one"));
    QCOMPARE(m.chzToken, QStringLiteral("chz-SECRET-new"));
    QCOMPARE(m.strictGroups, (QMap<int, bool>{{8, true}}));
    QVERIFY2(!databaseBytes(path(QStringLiteral("till.db"))).contains("SECRET-"),
             "a secret in the till's database");
}

QTEST_GUILESS_MAIN(TestCloudMarking)
#include "tst_cloudmarking.moc"
