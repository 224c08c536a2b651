// Issue 21 §6, the till's side: it verifies the cabinet's certificate (the system's CAs, or the CA
// file the technician set) and refuses plain http:// to another machine unless the technician
// allowed it, which the status then carries as a warning. Against a real `prilavok-cabinet
// --tls-cert/--tls-key` with throwaway self-signed certificates (tests/cabinet/hardening).

#include <QDir>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "app/cloud/cabinetaddress.h"
#include "app/cloud/syncengine.h"
#include "app/storage/database.h"
#include "hardening/tlsclient.h"
#include "support/cabinetfixture.h"
#include "support/cabinetserver.h"
#include "support/till.h"

using namespace app;
using namespace app::cloud;
using namespace cloudtest;

namespace {

// An IPv4 address of this machine other than loopback; empty when it has none.
QString otherAddressOfThisMachine()
{
    for (const QHostAddress &a : QNetworkInterface::allAddresses())
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            return a.toString();
    return {};
}

} // namespace

class TestCloudTls : public QObject, protected CabinetFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void certificateOfAnUnknownAuthorityIsRefusedWithAClearMessage();
    void theCabinetsCaFileLetsTheTillSync();
    void plainHttpToAnotherMachineOnlyWhenTheTechnicianAllowsIt();
    void addressRules();

private:
    QString m_cabinetCa; // the certificate the cabinet serves (self-signed: its own CA)
    QString m_otherCa;   // another authority's

    SyncSettings settings(const QString &caFile) const;
};

void TestCloudTls::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCloudTls::init()
{
    openCabinet(Till); // each test starts the server with its certificate
    if (QTest::currentTestFailed())
        return;
    for (const char *sub : {"cabinet-cert", "other-cert"}) {
        QVERIFY(QDir(m_dir->path()).mkpath(QLatin1String(sub)));
        QVERIFY(cabinet::test::writeSelfSignedCertificate(path(QLatin1String(sub)).toStdString()));
    }
    m_cabinetCa = path(QStringLiteral("cabinet-cert/cert.pem"));
    m_otherCa = path(QStringLiteral("other-cert/cert.pem"));
}

void TestCloudTls::cleanup()
{
    closeCabinet();
}

SyncSettings TestCloudTls::settings(const QString &caFile) const
{
    SyncSettings s = testSettings(m_dir->path());
    s.tokenPath = path(QStringLiteral("device.json"));
    s.caFile = caFile;
    return s;
}

void TestCloudTls::certificateOfAnUnknownAuthorityIsRefusedWithAClearMessage()
{
    QVERIFY2(m_server->start(0, {QStringLiteral("--tls-cert"), m_cabinetCa, QStringLiteral("--tls-key"),
                                 path(QStringLiteral("cabinet-cert/key.pem"))}),
             qPrintable(m_server->log()));
    QVERIFY(m_server->baseUrl().startsWith(QLatin1String("https://")));

    // The system's authorities do not know a self-signed cabinet, nor does another CA file.
    for (const QString &ca : {QString(), m_otherCa}) {
        SyncEngine engine(settings(ca));
        engine.attachDatabase(m_db.get());
        const QString error = activate(engine, m_server->baseUrl(), m_shop.code);
        QVERIFY2(error.contains(QLatin1String("does not trust the cabinet's certificate")),
                 qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("not signed by a certificate authority the till trusts")),
                 qPrintable(error));
        QVERIFY(error.contains(QLatin1String("CA file")));
        QVERIFY(!engine.isActivated());
    }
    // The cabinet never saw an activation: the refusal happened before any request went out.
    QVERIFY(!m_server->log().contains(QLatin1String("/api/v1/devices/activate")));

    // A till activated with the right CA whose technician then points it at another: every cycle
    // stops at the handshake with the message, and the documents wait.
    {
        SyncEngine engine(settings(m_cabinetCa));
        engine.attachDatabase(m_db.get());
        QCOMPARE(activate(engine, m_server->baseUrl(), m_shop.code), QString());
    }
    enqueueSales(*m_db, 3);
    SyncEngine engine(settings(m_otherCa));
    engine.attachDatabase(m_db.get());
    QVERIFY(engine.isActivated());
    QVERIFY(!runCycle(engine));
    QVERIFY2(engine.status().lastError.contains(QLatin1String("does not trust the cabinet's certificate")),
             qPrintable(engine.status().lastError));
    QCOMPARE(engine.status().state, SyncStatus::State::Error);
    QCOMPARE(outboxRows(*m_db), 3);
    QCOMPARE(m_server->documents(m_shop.org), 0);
}

void TestCloudTls::theCabinetsCaFileLetsTheTillSync()
{
    QVERIFY2(m_server->start(0, {QStringLiteral("--tls-cert"), m_cabinetCa, QStringLiteral("--tls-key"),
                                 path(QStringLiteral("cabinet-cert/key.pem"))}),
             qPrintable(m_server->log()));
    SyncEngine engine(settings(m_cabinetCa));
    engine.attachDatabase(m_db.get());
    QCOMPARE(activate(engine, m_server->baseUrl(), m_shop.code), QString());
    enqueueSales(*m_db, 5);
    QVERIFY(drain(engine));
    QCOMPARE(outboxRows(*m_db), 0);
    QCOMPARE(m_server->documents(m_shop.org), 5);
    QVERIFY(!engine.status().insecure);

    // A CA file that is not there is said as such, and nothing is sent.
    SyncEngine broken(settings(path(QStringLiteral("missing.pem"))));
    broken.attachDatabase(m_db.get());
    enqueueSales(*m_db, 1, 1, QStringLiteral("later"));
    QVERIFY(!runCycle(broken));
    QVERIFY2(broken.status().lastError.contains(QLatin1String("cannot be read or holds no certificate")),
             qPrintable(broken.status().lastError));
    QCOMPARE(m_server->documents(m_shop.org), 5);
}

void TestCloudTls::plainHttpToAnotherMachineOnlyWhenTheTechnicianAllowsIt()
{
    const QString host = otherAddressOfThisMachine();
    if (host.isEmpty())
        QSKIP("this machine has no address but loopback");
    m_server->setListenHost(QStringLiteral("0.0.0.0"));
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    const QString url = QStringLiteral("http://%1:%2").arg(host).arg(m_server->port());

    {
        SyncEngine engine(settings({}));
        engine.attachDatabase(m_db.get());
        const QString error = activate(engine, url, m_shop.code);
        QVERIFY2(error.contains(QLatin1String("would travel unencrypted")), qPrintable(error));
        QVERIFY(!engine.isActivated());
        QVERIFY(!m_server->log().contains(QLatin1String("/api/v1/devices/activate")));
    }

    SyncSettings allowed = settings({});
    allowed.allowInsecure = true;
    {
        SyncEngine engine(allowed);
        engine.attachDatabase(m_db.get());
        QCOMPARE(activate(engine, url, m_shop.code), QString());
        QVERIFY(engine.status().insecure); // the badge warns
        enqueueSales(*m_db, 2);
        QVERIFY(drain(engine));
        QCOMPARE(m_server->documents(m_shop.org), 2);
    }

    // The technician takes the permission back: the stored http:// address is refused, nothing goes.
    SyncEngine engine(settings({}));
    engine.attachDatabase(m_db.get());
    QVERIFY(engine.isActivated());
    enqueueSales(*m_db, 1, 1, QStringLiteral("after"));
    QVERIFY(!runCycle(engine));
    QVERIFY2(engine.status().lastError.contains(QLatin1String("would travel unencrypted")),
             qPrintable(engine.status().lastError));
    QVERIFY(!engine.status().insecure);
    QCOMPARE(m_server->documents(m_shop.org), 2);
}

void TestCloudTls::addressRules()
{
    QVERIFY(refusalOf(QUrl(QStringLiteral("https://cabinet.example.ru")), false).isEmpty());
    QVERIFY(refusalOf(QUrl(QStringLiteral("http://127.0.0.1:8080")), false).isEmpty());
    QVERIFY(refusalOf(QUrl(QStringLiteral("http://127.1.2.3:8080")), false).isEmpty());
    QVERIFY(refusalOf(QUrl(QStringLiteral("http://localhost:8080")), false).isEmpty());
    QVERIFY(refusalOf(QUrl(QStringLiteral("http://[::1]:8080")), false).isEmpty());
    QVERIFY(!refusalOf(QUrl(QStringLiteral("http://cabinet.example.ru")), false).isEmpty());
    QVERIFY(!refusalOf(QUrl(QStringLiteral("http://10.0.0.5")), false).isEmpty());
    QVERIFY(refusalOf(QUrl(QStringLiteral("http://10.0.0.5")), true).isEmpty());
    QVERIFY(!refusalOf(QUrl(QStringLiteral("ftp://cabinet.example.ru")), true).isEmpty());
    QVERIFY(isClearTextToAnotherHost(QUrl(QStringLiteral("http://cabinet.example.ru"))));
    QVERIFY(!isClearTextToAnotherHost(QUrl(QStringLiteral("https://cabinet.example.ru"))));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestCloudTls t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_cloudtls.moc"
