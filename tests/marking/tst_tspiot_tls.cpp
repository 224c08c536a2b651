// HTTPS to ТС ПИоТ (issue 18): the fake serves TLS with a throwaway self-signed certificate
// (--tls-cert/--tls-key, the cabinet's TLS context) and the till's client verifies it, against the
// CA file of its settings or the system's CAs. A certificate it cannot verify is refused with the
// reason in words, the code follows the no-answer policy (sold unchecked with that reason as the
// badge, or refused for a strict group), and nothing reaches the module. Plain http:// goes only
// to this computer.

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "app/marking/markingsettings.h"
#include "app/marking/permitchecker.h"
#include "app/storage/database.h"
#include "hardening/tlsclient.h"
#include "tests/marking/tspiotprocess.h"

using namespace app;

namespace {

const QString kGtin = QStringLiteral("04607001000037");

QString code(const char *serial)
{
    return QStringLiteral("01") + kGtin + QStringLiteral("21") + QString::fromLatin1(serial) + QChar(0x1D) +
           QStringLiteral("93Ab1+");
}

} // namespace

class TestTsPiotTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<app::PermitVerdict>();
        for (const char *sub : {"piot", "other"}) {
            QVERIFY(QDir(m_dir.path()).mkpath(QLatin1String(sub)));
            QVERIFY(
                cabinet::test::writeSelfSignedCertificate(m_dir.filePath(QLatin1String(sub)).toStdString()));
        }
        m_piotCa = m_dir.filePath(QStringLiteral("piot/cert.pem"));
        m_otherCa = m_dir.filePath(QStringLiteral("other/cert.pem"));
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("till.sqlite"))).ok());
        QVERIFY(m_piot.start({QStringLiteral("--client-token"), QStringLiteral("t0k"),
                              QStringLiteral("--tls-cert"), m_piotCa, QStringLiteral("--tls-key"),
                              m_dir.filePath(QStringLiteral("piot/key.pem"))}));
        m_piot.useTls(m_piotCa);
    }

    void init() { QVERIFY(m_piot.reset()); }

    void theRightCaFileChecksTheCode()
    {
        const PermitVerdict v = check(m_piot.url(), m_piotCa, code("tls001"));
        QCOMPARE(v.kind, PermitVerdict::Kind::Allow);
        QVERIFY(!v.tag1265.isEmpty());
        QCOMPARE(m_piot.requests().size(), 1);
    }

    void anUnverifiedCertificateIsRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("ca");
        QTest::newRow("another CA") << m_otherCa;
        QTest::newRow("the system's CAs") << QString();
    }

    void anUnverifiedCertificateIsRefusedWithTheReason()
    {
        QFETCH(QString, ca);
        const PermitVerdict v = check(m_piot.url(), ca, code("tls002"));
        QCOMPARE(v.kind, PermitVerdict::Kind::AllowUnchecked);
        QVERIFY2(v.text.contains(QLatin1String("certificate is not trusted")), qPrintable(v.text));
        QVERIFY2(v.text.contains(QLatin1String("not signed by a certificate authority the till trusts")),
                 qPrintable(v.text));
        QCOMPARE(m_piot.requests().size(), 0); // the till hung up at the handshake
    }

    void aStrictGroupRefusesWhenTheCertificateFails()
    {
        // A good check teaches the till the GTIN's group; the owner marks that group strict.
        QCOMPARE(check(m_piot.url(), m_piotCa, code("tls003")).kind, PermitVerdict::Kind::Allow);
        PermitChecker probe(m_db);
        QVERIFY(probe.setStrictOffline(groupOfKefir(), true));
        const PermitVerdict v = check(m_piot.url(), m_otherCa, code("tls004"));
        QVERIFY(probe.setStrictOffline(groupOfKefir(), false));
        QCOMPARE(v.kind, PermitVerdict::Kind::Refuse);
        QVERIFY2(v.text.contains(QLatin1String("certificate is not trusted")) &&
                     v.text.contains(QLatin1String("may not be sold without a check")),
                 qPrintable(v.text));
    }

    void anUnreadableCaFileSendsNothing()
    {
        const PermitVerdict v =
            check(m_piot.url(), m_dir.filePath(QStringLiteral("missing.pem")), code("tls005"));
        QCOMPARE(v.kind, PermitVerdict::Kind::AllowUnchecked);
        QVERIFY2(v.text.contains(QLatin1String("cannot be read or holds no certificate")),
                 qPrintable(v.text));
        QCOMPARE(m_piot.requests().size(), 0);
    }

    void plainHttpGoesOnlyToThisComputer()
    {
        // TEST-NET-1: nothing may be sent there, so nothing waits for it either.
        const PermitVerdict v = check(QUrl(QStringLiteral("http://192.0.2.1:8080")), {}, code("tls006"));
        QCOMPARE(v.kind, PermitVerdict::Kind::AllowUnchecked);
        QVERIFY2(v.text.contains(QLatin1String("starts with http:// and is not this computer")),
                 qPrintable(v.text));
        QVERIFY(v.elapsedMs < 1500);
        const auto refusal = [](const char *url) {
            TsPiotSettings s;
            s.url = QUrl(QString::fromLatin1(url));
            return TsPiotClient::transportRefusal(s);
        };
        QVERIFY(refusal("http://127.0.0.1:51401").isEmpty()); // demo mode and the tests
        QVERIFY(refusal("http://localhost:51401").isEmpty());
        QVERIFY(refusal("https://piot.shop.local:51401").isEmpty());
        QVERIFY(!refusal("http://piot.shop.local:51401").isEmpty());
    }

    void theCaFileIsStoredWithTheOtherSettings()
    {
        // The CA file is a plain setting (a path, not a secret) kept by the settings' owner.
        QStandardPaths::setTestModeEnabled(true);
        MarkingSettingsStore store(m_db);
        MarkingSettings s;
        s.tsPiotUrl = m_piot.url().toString();
        s.clientId = QStringLiteral("client-1");
        s.clientToken = QStringLiteral("token-1");
        s.caFile = m_piotCa;
        QVERIFY(store.save(s));
        const auto stored = PermitChecker::storedSettings(m_db);
        QFile::remove(store.secretsPath());
        QVERIFY(stored);
        QCOMPARE(stored->caFile, m_piotCa);
    }

private:
    PermitVerdict check(const QUrl &url, const QString &ca, const QString &km)
    {
        TsPiotSettings s;
        s.url = url;
        s.clientId = QStringLiteral("prilavok-test");
        s.clientToken = QStringLiteral("t0k");
        s.caFile = ca;
        PermitChecker checker(m_db, s);
        QSignalSpy done(&checker, &PermitChecker::checked);
        checker.check({km, kGtin, 9900, 0});
        if (done.isEmpty() && !done.wait(10000))
            return {};
        return done.first().at(1).value<PermitVerdict>();
    }

    int groupOfKefir()
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT group_id FROM marking_gtin_groups WHERE gtin = ?"));
        q.addBindValue(kGtin);
        return q.exec() && q.next() ? q.value(0).toInt() : 0;
    }

    QTemporaryDir m_dir;
    Database m_db;
    TsPiotProcess m_piot;
    QString m_piotCa;
    QString m_otherCa;
};

QTEST_GUILESS_MAIN(TestTsPiotTls)
#include "tst_tspiot_tls.moc"
