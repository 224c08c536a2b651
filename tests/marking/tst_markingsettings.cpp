// The till's marking settings owner (issue 18, "Settings") on a real SQLite file and a real secrets
// file: a round trip of every field; the secrets never reach the database (it may be copied for
// support) and their file is 0600; bad addresses and budgets are refused in Russian with nothing
// written; a token stored in the database by an older till moves out on the next save; PermitChecker
// reads its ТС ПИоТ settings from this owner.

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include "app/marking/markingsettings.h"
#include "app/marking/markingsetup.h"
#include "app/marking/permitchecker.h"
#include "app/marking/permitsettings.h"
#include "app/storage/database.h"
#include "widgets/translations.h"

using namespace app;

class TestMarkingSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QString secrets() const { return m_dir.filePath(QStringLiteral("conf/marking-secrets.json")); }

    QString dump()
    {
        QSqlQuery q(m_db->connection());
        QString all;
        if (q.exec(QStringLiteral("SELECT key, value FROM settings")))
            while (q.next())
                all += q.value(0).toString() + QLatin1Char('=') + q.value(1).toString() + QLatin1Char('\n');
        return all;
    }

    static MarkingSettings full()
    {
        MarkingSettings s;
        s.tsPiotUrl = QStringLiteral("https://127.0.0.1:51401");
        s.clientId = QStringLiteral("client-42");
        s.clientToken = QStringLiteral("SECRET-client-token");
        s.chzToken = QStringLiteral("SECRET-chz-token");
        s.lmUrl = QStringLiteral("http://192.168.0.5:5995");
        s.lmLogin = QStringLiteral("admin");
        s.lmPassword = QStringLiteral("SECRET-lm-password");
        s.strictGroups = {{8, true}, {3, false}};
        s.budgetMs = 1200;
        s.tsPiotInfoPort = 52077;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("till.sqlite"))).ok());
        QVERIFY(ui::installTranslations(*qApp, QStringLiteral("ru")));
    }

    void emptyTillHasDefaults()
    {
        const MarkingSettings s = MarkingSettingsStore(*m_db, secrets()).load();
        QCOMPARE(s.mode, MarkingSettings::Mode::TsPiot);
        QCOMPARE(s.budgetMs, 1500);
        QCOMPARE(s.tsPiotInfoPort, 51077); // a real module's information port
        QVERIFY(!s.tsPiot());
        QVERIFY(!s.fromCabinet);
    }

    void roundTripKeepsSecretsOutOfTheDatabase()
    {
        MarkingSettingsStore store(*m_db, secrets());
        QString error;
        QVERIFY2(store.save(full(), &error), qPrintable(error));
        const MarkingSettings s = store.load();
        QCOMPARE(s.tsPiotUrl, full().tsPiotUrl);
        QCOMPARE(s.clientId, QStringLiteral("client-42"));
        QCOMPARE(s.clientToken, QStringLiteral("SECRET-client-token"));
        QCOMPARE(s.chzToken, QStringLiteral("SECRET-chz-token"));
        QCOMPARE(s.lmUrl, full().lmUrl);
        QCOMPARE(s.lmLogin, QStringLiteral("admin"));
        QCOMPARE(s.lmPassword, QStringLiteral("SECRET-lm-password"));
        QCOMPARE(s.strictGroups, full().strictGroups);
        QCOMPARE(s.budgetMs, 1200);
        QCOMPARE(s.tsPiotInfoPort, 52077);
        QCOMPARE(s.tsPiot()->infoPort, 52077); // what "Check the connection" asks

        QVERIFY2(!dump().contains(QLatin1String("SECRET")), qPrintable(dump()));
        QFile db(m_dir.filePath(QStringLiteral("till.sqlite")));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains("SECRET"));
        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(secrets()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));

        // Legacy mode is stored (its client comes later) and gives no ТС ПИоТ settings.
        MarkingSettings legacy = full();
        legacy.mode = MarkingSettings::Mode::Legacy;
        QVERIFY(store.save(legacy, &error));
        QCOMPARE(store.load().mode, MarkingSettings::Mode::Legacy);
        QVERIFY(!store.load().tsPiot());
    }

    void badInputIsRefusedInRussianAndNothingWritten()
    {
        MarkingSettingsStore store(*m_db, secrets());
        QVERIFY(store.save(full()));
        const QString before = dump();

        MarkingSettings s = full();
        s.tsPiotUrl = QStringLiteral("127.0.0.1 51401");
        QString error;
        QVERIFY(!store.save(s, &error));
        QVERIFY2(error.contains(QStringLiteral("не веб-адрес")), qPrintable(error));

        s = full();
        s.lmUrl = QStringLiteral("ftp://lm");
        QVERIFY(!store.save(s, &error));
        QVERIFY2(error.contains(QStringLiteral("ЛМ ЧЗ")), qPrintable(error));

        for (const int budget : {0, 199, 1501, 60000}) {
            s = full();
            s.budgetMs = budget;
            QVERIFY(!store.save(s, &error));
            QVERIFY2(error.contains(QStringLiteral("Время проверки")), qPrintable(error));
        }
        for (const int port : {-1, 65536}) {
            s = full();
            s.tsPiotInfoPort = port;
            QVERIFY(!store.save(s, &error));
            QVERIFY2(error.contains(QStringLiteral("Порт информации")), qPrintable(error));
        }
        s = full();
        s.clientToken.clear();
        QVERIFY(!store.save(s, &error));
        QVERIFY2(error.contains(QStringLiteral("токен")), qPrintable(error));

        QCOMPARE(dump(), before);
        QCOMPARE(store.load().clientToken, QStringLiteral("SECRET-client-token"));
    }

    void olderTillTokenMovesOutOfTheDatabase()
    {
        QFile::remove(secrets());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES "
                                      "('marking.tspiot.client_token', 'SECRET-old')")));
        MarkingSettingsStore store(*m_db, secrets());
        MarkingSettings s = store.load();
        QCOMPARE(s.clientToken, QStringLiteral("SECRET-old"));
        QVERIFY(store.save(s));
        QVERIFY2(!dump().contains(QLatin1String("SECRET")), qPrintable(dump()));
        QCOMPARE(store.load().clientToken, QStringLiteral("SECRET-old"));
    }

    void theRunningCheckFollowsWhatTheCabinetWrote()
    {
        // The cabinet's pull writes through the store; after the sync cycle the checker must use it.
        QStandardPaths::setTestModeEnabled(true);
        MarkingSettingsStore store(*m_db);
        MarkingSettings s = full();
        s.fromCabinet = true;
        QVERIFY(store.save(s));
        PermitChecker checker(*m_db);
        MarkingSetup setup(*m_db, checker);
        s.tsPiotUrl = QStringLiteral("https://piot2.shop.local:51401");
        s.clientToken = QStringLiteral("SECRET-new-token");
        QVERIFY(store.save(s)); // as the applier does, behind the setup's back
        QVERIFY(!checker.tsPiot());
        setup.followStored();
        QVERIFY(checker.tsPiot());
        QCOMPARE(checker.tsPiot()->url, QUrl(s.tsPiotUrl));
        QCOMPARE(checker.tsPiot()->clientToken, s.clientToken);
        QFile::remove(store.secretsPath());
    }

    void theLegacyModeSetOnThePageFindsChestnyZnak()
    {
        // The page and the cabinet have no directory field: the legacy path uses Честный знак's own.
        QStandardPaths::setTestModeEnabled(true);
        MarkingSettingsStore store(*m_db);
        QVERIFY(!storedLegacySettings(*m_db)); // ТС ПИоТ mode: no legacy client
        MarkingSettings s = full();
        s.mode = MarkingSettings::Mode::Legacy;
        QVERIFY(store.save(s));
        const auto legacy = storedLegacySettings(*m_db);
        QVERIFY(legacy);
        QCOMPARE(legacy->cdnUrl, QUrl(QStringLiteral("https://cdn.crpt.ru")));
        QCOMPARE(legacy->apiKey, s.chzToken);
        QCOMPARE(legacy->lmUrl, QUrl(s.lmUrl));
        QCOMPARE(legacy->lmPassword, s.lmPassword);
        s.mode = MarkingSettings::Mode::TsPiot;
        QVERIFY(store.save(s));
        QFile::remove(store.secretsPath());
    }

    void permitCheckerReadsTheOwner()
    {
        // PermitChecker uses the default secrets path, as the till does.
        QStandardPaths::setTestModeEnabled(true);
        MarkingSettingsStore store(*m_db);
        MarkingSettings s = full();
        s.budgetMs = 900;
        QVERIFY(store.save(s));
        const auto ts = PermitChecker::storedSettings(*m_db);
        QVERIFY(ts);
        QCOMPARE(ts->url, QUrl(full().tsPiotUrl));
        QCOMPARE(ts->clientId, QStringLiteral("client-42"));
        QCOMPARE(ts->clientToken, QStringLiteral("SECRET-client-token"));
        QCOMPARE(ts->budgetMs, 900);

        PermitChecker checker(*m_db);
        QVERIFY(checker.setStrictOffline(11, true));
        QCOMPARE(store.load().strictGroups.value(11), true);
        QFile::remove(store.secretsPath());
    }
};

QTEST_MAIN(TestMarkingSettings)
#include "tst_markingsettings.moc"
