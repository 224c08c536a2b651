// app::cloud::CloudLink, the object beside TillSession that the composition root makes for a real
// till (issue 19): its heartbeat carries the registrar's facts, and marking settings the owner
// changes in a real `prilavok-cabinet` reach the running permissive-mode check after the next sync,
// with no restart and no window.

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "app/cloud/cloudlink.h"
#include "app/cloud/syncclient.h"
#include "app/fiscalservice/devicehealth.h"
#include "app/marking/permitchecker.h"
#include "app/session/tillsession.h"
#include "support/cabinetfixture.h"
#include "support/cabinetserver.h"
#include "support/ownerapi.h"
#include "support/till.h"

using namespace app;
using namespace app::cloud;
using namespace cloudtest;

namespace {

constexpr int Slow = 60'000;

QJsonObject markingSettings(const QString &url)
{
    return {{QStringLiteral("mode"), QStringLiteral("tspiot")},
            {QStringLiteral("tspiot_url"), url},
            {QStringLiteral("client_id"), QStringLiteral("prilavok-7")},
            {QStringLiteral("client_token"), QStringLiteral("ct-secret")},
            {QStringLiteral("chz_token"), QStringLiteral("chz-secret")},
            {QStringLiteral("lm_url"), QStringLiteral("http://127.0.0.1:5995")},
            {QStringLiteral("lm_login"), QStringLiteral("admin")},
            {QStringLiteral("lm_password"), QStringLiteral("lm-secret")},
            {QStringLiteral("strict_groups"), QJsonArray{}},
            {QStringLiteral("budget_ms"), 1000}};
}

QString runningTsPiotUrl(TillSession &session)
{
    const auto ts = session.permit().tsPiot();
    return ts ? ts->url.toString() : QString();
}

} // namespace

class TestCloudLink : public QObject, protected CabinetFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
        QStandardPaths::setTestModeEnabled(true); // the marking secrets file is this test's own
    }
    void init() { openCabinet(Serve); }
    void cleanup() { closeCabinet(); }

    void theHeartbeatCarriesTheRegistrarFacts()
    {
        DeviceHealth h;
        h.connected = true;
        h.fnNumber = QStringLiteral("7380440800123456");
        h.fnExpiry = QDate(2027, 5, 1);
        h.ofdBacklog = 3;
        h.ofdOldest = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::OffsetFromUTC, 3 * 3600);
        h.problem.text = QStringLiteral("Нет бумаги");
        const FiscalHealth f = heartbeatHealth(h);
        QVERIFY(f.known);
        QCOMPARE(f.fnNumber, h.fnNumber);
        QCOMPARE(f.fnValidUntil, QDate(2027, 5, 1));
        QCOMPARE(f.ofdUnsent, 3);
        QCOMPARE(f.ofdOldestUnsent, QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
        QCOMPARE(f.ofdOldestUnsent.timeSpec(), Qt::UTC); // the cabinet gets UTC
        QCOMPARE(f.error, QStringLiteral("Нет бумаги"));

        const FiscalHealth unknown = heartbeatHealth(DeviceHealth{});
        QVERIFY(!unknown.known); // a registrar not reached says nothing of an FN
        QCOMPARE(unknown.ofdUnsent, -1);
    }

    void cabinetMarkingSettingsReachTheRunningCheck()
    {
        QVERIFY(addOwner(m_server->connectionString(), m_shop.org, QStringLiteral("owner@romashka.ru"),
                         QStringLiteral("пароль-владельца")));
        OwnerApi owner(m_server->baseUrl());
        QVERIFY(owner.login(QStringLiteral("owner@romashka.ru"), QStringLiteral("пароль-владельца")));
        const QString route = QStringLiteral("/points-of-sale/%1/marking-settings").arg(m_shop.pos);
        QCOMPARE(owner.put(route, markingSettings(QStringLiteral("https://127.0.0.1:50063"))), 200);

        auto opened = TillSession::open({false, path(QStringLiteral("till.sqlite")), {}, {}});
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        TillSession &session = **opened;
        QVERIFY(runningTsPiotUrl(session).isEmpty());

        CloudLink link(session, testSettings(m_dir->path()));
        QSignalSpy activated(&link.sync(), &SyncClient::activationFinished);
        link.sync().activate(m_server->baseUrl(), m_shop.code);
        QVERIFY(activated.wait(Slow));
        QVERIFY2(activated.first().at(0).toBool(), qPrintable(activated.first().at(1).toString()));

        // The first snapshot after the activation: the check follows it.
        QTRY_COMPARE_WITH_TIMEOUT(runningTsPiotUrl(session), QStringLiteral("https://127.0.0.1:50063"), Slow);

        // A change in the cabinet: the next sync, and the running check has it.
        QCOMPARE(owner.put(route, markingSettings(QStringLiteral("https://tspiot.shop.local:8443"))), 200);
        link.sync().syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(runningTsPiotUrl(session), QStringLiteral("https://tspiot.shop.local:8443"),
                                  Slow);
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestCloudLink)
#include "tst_cloudlink.moc"
