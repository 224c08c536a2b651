// The legacy permissive-mode path from the scan to the FN archive (issue 18): the same till as
// tst_marking_sale, in the legacy mode, against the fake Честный знак as its own process (a CDN
// directory, two check sites, the local module ЛМ ЧЗ). Each ban reason through the True API and
// through the ЛМ's reduced field set; a site down and the other one used; faults that leave the
// code unchecked (badge) or refused (strict group); the ЛМ not ready; the ЛМ's answer in tag 1265.

#include <QRegularExpression>

#include "app/marking/markingsetup.h"
#include "app/marking/permitsettings.h"
#include "tests/marking/markingtill.h"

namespace {

QJsonObject chzFault(const QString &target, const char *mode, int ms = 0, int status = 0)
{
    return {{QStringLiteral("target"), target},
            {QStringLiteral("mode"), QString::fromLatin1(mode)},
            {QStringLiteral("ms"), ms},
            {QStringLiteral("status"), status}};
}

const QString NoLink = QStringLiteral("no connection with Chestny Znak");

} // namespace

class TestMarkingLegacy : public QObject
{
    Q_OBJECT

    // A till in the legacy mode; site0 answers its health check faster (MarkingTill), so it is tried first.
    static bool open(MarkingTill &till)
    {
        till.legacy = true;
        if (!till.open())
            return false;
        // The health checks in, before a test's fault switches can change what they see.
        for (int i = 0; i < 500 && healthChecks(till) < 2; ++i)
            QTest::qWait(10);
        return healthChecks(till) >= 2;
    }

    static int healthChecks(MarkingTill &till)
    {
        int n = 0;
        for (const QJsonValue &v : till.chz.requests())
            n += v.toObject()
                     .value(QStringLiteral("target"))
                     .toString()
                     .endsWith(QStringLiteral("health/check"));
        return n;
    }

    static bool code(MarkingTill &till, const QString &serial, const QString &fixture, const char *where,
                     const QJsonObject &fields = {})
    {
        return till.chz.post(QStringLiteral("/_ctl/code"),
                             {{QStringLiteral("identity"), till.identity(serial)},
                              {QStringLiteral("fixture"), fixture},
                              {QStringLiteral("fields"), fields},
                              {QStringLiteral("where"), QString::fromLatin1(where)}});
    }

    static int checksAt(MarkingTill &till, const QString &role)
    {
        int n = 0;
        for (const QJsonValue &v : till.chz.requests()) {
            const QJsonObject r = v.toObject();
            n += r.value(QStringLiteral("role")).toString() == role &&
                 r.value(QStringLiteral("target")).toString().contains(QStringLiteral("codes/check"));
        }
        return n;
    }

    // Pays and reads the one line back from the FN: its 1265, or nullopt without a 1260.
    static std::optional<QString> paidTag1265(MarkingTill &till, const QString &km)
    {
        const std::uint32_t fd = till.pay();
        const auto lines = till.fnLines(fd);
        if (fd == 0 || !lines || lines->size() != 1 || lines->first().code != km)
            return QStringLiteral("<no such line in the FN>");
        if (!lines->first().tag1260)
            return std::nullopt;
        return child(*lines->first().tag1260, 1265);
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<app::Sale>(); }

    void banReasons_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("text");
        const QJsonObject none;
        QTest::newRow("not found") << "not_found"
                                   << "online" << none << "not found in Chestny Znak";
        QTest::newRow("invalid") << "invalid"
                                 << "online" << none << "damaged or fake";
        QTest::newRow("not verified") << "not_verified"
                                      << "online" << none << "damaged or fake";
        QTest::newRow("not utilised") << "not_utilised"
                                      << "online" << none << "not in circulation";
        QTest::newRow("not realizable") << "not_realizable"
                                        << "online" << none << "not in circulation";
        QTest::newRow("sold") << "sold"
                              << "online" << none << "already sold";
        QTest::newRow("blocked") << "blocked"
                                 << "online" << none << "blocked (RPN)";
        QTest::newRow("expired") << "expired"
                                 << "online" << none << "expired on";
        QTest::newRow("variable expiry") << "variable_expired"
                                         << "online" << none << "expired on";
        QTest::newRow("above МРЦ") << "tobacco_mrp"
                                   << "online" << QJsonObject{{QStringLiteral("mrp"), 5000}}
                                   << "above the maximum (50,00";
        QTest::newRow("below ЕМЦ") << "smp"
                                   << "online" << none << "below the minimum (200,00";
        QTest::newRow("nicotine below minimum") << "nicotine_min"
                                                << "online" << none << "below the minimum (500,00";
        QTest::newRow("errorCode") << "error_code"
                                   << "online" << none << "refused the marking code";
        // The ЛМ alone: its sold or blocked wins over a clean online answer.
        QTest::newRow("sold, ЛМ") << "sold"
                                  << "lm" << none << "already sold";
        QTest::newRow("blocked, ЛМ") << "blocked"
                                     << "lm" << none << "blocked";
    }

    void banReasons()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, where);
        QFETCH(QJsonObject, fields);
        QFETCH(QString, text);
        MarkingTill till;
        QVERIFY(open(till));
        QVERIFY(code(till, QStringLiteral("5bad01"), fixture, qPrintable(where), fields));
        QVERIFY(till.scan(till.code(QStringLiteral("5bad01"))));
        QVERIFY2(till.desk->lastProblem().contains(text), qPrintable(till.desk->lastProblem()));
        QCOMPARE(till.desk->cart()->rowCount(), 0);
        QCOMPARE(till.fnChecks, 0); // no FF61h for a refused code

        const QString good = till.code(QStringLiteral("5oka01"));
        QVERIFY(till.scan(good));
        QCOMPARE(till.desk->cart()->rowCount(), 1);
        const QString expected = till.lastAnswer1265();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(paidTag1265(till, good), std::optional<QString>(expected));
    }

    void theLmsReducedFieldsNeverRefuse()
    {
        // The ЛМ does not say found/valid/verified/…: with the online sites down its clean answer sells,
        // with the ЛМ form of 1265 (UUID, Time, Inst, Ver).
        MarkingTill till;
        QVERIFY(open(till));
        QVERIFY(till.chz.post(QStringLiteral("/_ctl/fault"), chzFault(QStringLiteral("site0"), "down")));
        QVERIFY(till.chz.post(QStringLiteral("/_ctl/fault"), chzFault(QStringLiteral("site1"), "down")));
        const QString km = till.code(QStringLiteral("5lmo01"));
        QVERIFY(till.scan(km));
        QCOMPARE(till.desk->cart()->rowCount(), 1);
        QCOMPARE(till.desk->sale().lines.first().markingCheck.outcome, int(MarkingLineCheck::Checked));
        const QString expected = till.lastAnswer1265(QStringLiteral("lm"));
        QVERIFY2(QRegularExpression(QStringLiteral("^UUID=[0-9a-f-]{36}&Time=\\d{13}&Inst=[^&]+&Ver=[^&]+$"))
                     .match(expected)
                     .hasMatch(),
                 qPrintable(expected));
        QCOMPARE(paidTag1265(till, km), std::optional<QString>(expected));
    }

    void aSiteDownTheOtherIsUsed()
    {
        MarkingTill till;
        QVERIFY(open(till));
        QVERIFY(till.chz.post(QStringLiteral("/_ctl/fault"), chzFault(QStringLiteral("site0"), "down")));
        const QString km = till.code(QStringLiteral("5dwn01"));
        QVERIFY(till.scan(km));
        QCOMPARE(till.desk->sale().lines.first().markingCheck.outcome, int(MarkingLineCheck::Checked));
        // Tried first, failed (Qt itself may resend once on a connection closed without an answer).
        const int site0 = checksAt(till, QStringLiteral("site0"));
        QVERIFY(site0 >= 1);
        QCOMPARE(checksAt(till, QStringLiteral("site1")), 1);
        const QString expected = till.lastAnswer1265(QStringLiteral("site1"));
        // Set aside for 15 minutes: the next scan goes straight to site1.
        QVERIFY(till.scan(till.code(QStringLiteral("5dwn02"))));
        QCOMPARE(checksAt(till, QStringLiteral("site0")), site0);
        QCOMPARE(checksAt(till, QStringLiteral("site1")), 2);
        QCOMPARE(till.desk->cart()->rowCount(), 2);
        const std::uint32_t fd = till.pay();
        const auto lines = till.fnLines(fd);
        QVERIFY(lines && lines->size() == 2 && lines->first().tag1260);
        QCOMPARE(child(*lines->first().tag1260, 1265), expected);
    }

    void faultsLeaveTheCodeUnchecked_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("ms");
        QTest::addColumn<int>("status");
        QTest::newRow("429") << "status" << 0 << 429;
        QTest::newRow("500") << "status" << 0 << 500;
        QTest::newRow("503") << "status" << 0 << 503;
        QTest::newRow("answer at 1.6 s") << "delay" << 1600 << 0;
        QTest::newRow("malformed JSON") << "malformed" << 0 << 0;
        QTest::newRow("401") << "status" << 0 << 401;
    }

    void faultsLeaveTheCodeUnchecked()
    {
        QFETCH(QString, mode);
        QFETCH(int, ms);
        QFETCH(int, status);
        MarkingTill till;
        QVERIFY(open(till));
        for (const char *site : {"site0", "site1"})
            QVERIFY(till.chz.post(QStringLiteral("/_ctl/fault"),
                                  chzFault(QString::fromLatin1(site), qPrintable(mode), ms, status)));
        QVERIFY(till.chz.post(QStringLiteral("/_ctl/lm"),
                              {{QStringLiteral("status"), QStringLiteral("initialization")}}));
        const QString km = till.code(QStringLiteral("5flt01"));
        QVERIFY(till.scan(km));
        QCOMPARE(till.desk->cart()->rowCount(), 1);
        const SaleLine line = till.desk->sale().lines.first();
        QCOMPARE(line.markingCheck.outcome, int(MarkingLineCheck::Unchecked));
        QVERIFY2(line.markingCheck.note.contains(NoLink), qPrintable(line.markingCheck.note));
        const QString row = till.desk->cart()->index(0, CartModel::Name).data().toString();
        QVERIFY2(row.contains(NoLink), qPrintable(row));
        if (status == 429) // once more on the same site, then the next site
            QCOMPARE(checksAt(till, QStringLiteral("site0")) + checksAt(till, QStringLiteral("site1")), 4);
        QCOMPARE(paidTag1265(till, km), std::optional<QString>()); // no answer, no tag
    }

    void aRefusedTokenStopsOnlineChecksAndTheLmAnswers()
    {
        // 401 is about our token, the same on every site: the till stops asking online, tells the
        // administrator once and goes on with the ЛМ's answers (reference §1.5).
        MarkingTill till;
        QVERIFY(open(till));
        for (const char *site : {"site0", "site1"})
            QVERIFY(till.chz.post(QStringLiteral("/_ctl/fault"),
                                  chzFault(QString::fromLatin1(site), "status", 0, 401)));
        for (const char *serial : {"5tok01", "5tok02", "5tok03"}) {
            QVERIFY(till.scan(till.code(QString::fromLatin1(serial))));
            QCOMPARE(till.desk->sale().lines.last().markingCheck.outcome, int(MarkingLineCheck::Checked));
        }
        QCOMPARE(till.desk->cart()->rowCount(), 3);
        QCOMPARE(checksAt(till, QStringLiteral("site0")) + checksAt(till, QStringLiteral("site1")), 1);
        int lmChecks = 0;
        for (const QJsonValue &v : till.chz.requests())
            lmChecks +=
                v.toObject().value(QStringLiteral("target")).toString().contains(QStringLiteral("outCheck"));
        QCOMPARE(lmChecks, 3);
        const QStringList alerts = till.notices.filter(QStringLiteral("token is not valid"));
        QCOMPARE(alerts.size(), 1);
    }

    void strictGroupRefusesWithoutAnAnswer()
    {
        MarkingTill till;
        QVERIFY(open(till));
        QVERIFY(till.scan(till.code(QStringLiteral("5grp01")))); // teaches the GTIN's group (8)
        QVERIFY(till.session->permit().setStrictOffline(8, true));
        for (const char *site : {"site0", "site1"})
            QVERIFY(till.chz.post(QStringLiteral("/_ctl/fault"),
                                  chzFault(QString::fromLatin1(site), "status", 0, 503)));
        QVERIFY(till.chz.post(QStringLiteral("/_ctl/fault"), chzFault(QStringLiteral("lm"), "down")));
        const int fnBefore = till.fnChecks;
        QVERIFY(till.scan(till.code(QStringLiteral("5grp02"))));
        QCOMPARE(till.desk->cart()->rowCount(), 1);
        QVERIFY2(till.desk->lastProblem().contains(QStringLiteral("may not be sold without a check")),
                 qPrintable(till.desk->lastProblem()));
        QCOMPARE(till.fnChecks, fnBefore);
    }

    void lmNotReadyTheOnlineAnswerDecides()
    {
        MarkingTill till;
        QVERIFY(open(till));
        QVERIFY(till.chz.post(QStringLiteral("/_ctl/lm"),
                              {{QStringLiteral("status"), QStringLiteral("sync_error")}}));
        // The ЛМ would say sold, but it is not ready: it answers 4050, and the online "ok" sells.
        QVERIFY(code(till, QStringLiteral("5nrd01"), QStringLiteral("sold"), "lm"));
        const QString km = till.code(QStringLiteral("5nrd01"));
        QVERIFY(till.scan(km));
        QCOMPARE(till.desk->cart()->rowCount(), 1);
        bool lmAsked = false;
        for (const QJsonValue &v : till.chz.requests()) {
            const QJsonObject r = v.toObject();
            if (r.value(QStringLiteral("role")).toString() == QLatin1String("lm") &&
                r.value(QStringLiteral("target")).toString().contains(QStringLiteral("outCheck"))) {
                lmAsked = true;
                QCOMPARE(r.value(QStringLiteral("answer")).toObject().value(QStringLiteral("code")).toInt(),
                         4050);
                QCOMPARE(r.value(QStringLiteral("headers"))
                             .toObject()
                             .value(QStringLiteral("x-clientid"))
                             .toString(),
                         QStringLiteral("9999078900000001"));
            }
        }
        QVERIFY(lmAsked);
        const QString expected = till.lastAnswer1265();
        QCOMPARE(paidTag1265(till, km), std::optional<QString>(expected));
    }

    void cisSellReachesTheLmOnceAfterItComesBackAndARestart()
    {
        MarkingTill till;
        QVERIFY(open(till));
        till.stopTill();
        QVERIFY(till.startTill()); // from the stored settings: the legacy mode, with its ЛМ outbox
        QVERIFY(till.session->lmOutbox());
        QVERIFY(till.chz.post(QStringLiteral("/_ctl/fault"), chzFault(QStringLiteral("lm"), "down")));
        const QString km = till.code(QStringLiteral("5out01"));
        QVERIFY(till.scan(km)); // the online answer sells it
        QCOMPARE(till.desk->cart()->rowCount(), 1);
        QVERIFY(till.pay() > 0);
        QCOMPARE(till.session->lmOutbox()->pending(), 1);
        QTest::qWait(400); // a few tries against the ЛМ that is down
        QCOMPARE(till.session->lmOutbox()->pending(), 1);

        till.stopTill(); // the till restarts with the row still owed
        QVERIFY(till.startTill());
        QCOMPARE(till.session->lmOutbox()->pending(), 1);
        QVERIFY(till.chz.post(QStringLiteral("/_ctl/fault"), chzFault(QStringLiteral("lm"), "none")));
        QTRY_COMPARE_WITH_TIMEOUT(till.session->lmOutbox()->pending(), 0, 20000);
        till.stopTill();
        QVERIFY(till.startTill()); // nothing left to send after another restart
        QTest::qWait(300);

        int told = 0;
        for (const QJsonValue &v : till.chz.requests()) {
            const QJsonObject r = v.toObject();
            if (r.value(QStringLiteral("target")).toString() != QLatin1String("/api/v2/cis/sell") ||
                r.value(QStringLiteral("answer")).toObject().isEmpty())
                continue;
            ++told;
            QCOMPARE(r.value(QStringLiteral("body")).toString(),
                     QStringLiteral("{\"cis_list\":[\"%1\"]}").arg(till.identity(QStringLiteral("5out01"))));
        }
        QCOMPARE(told, 1);
    }

    // With no ФН serial set by a technician, the legacy path names the FN the registrar reports, to
    // the sites (fiscalDriveNumber) and to the ЛМ (X-ClientId); a number set by hand still wins.
    void theFnNumberComesFromTheRegistrar()
    {
        MarkingTill till;
        QVERIFY(open(till));
        QTRY_VERIFY_WITH_TIMEOUT(!till.session->fiscal()->health().fnNumber.isEmpty(), 20000);
        const QString fn = till.session->fiscal()->health().fnNumber;
        auto legacy = storedLegacySettings(till.session->database());
        QVERIFY(legacy);
        QCOMPARE(legacy->fnSerial, QStringLiteral("9999078900000001")); // MarkingTill's, by hand
        legacy->fnSerial.clear();
        QVERIFY(storeLegacySettings(till.session->database(), *legacy));
        QString error;
        QVERIFY2(till.session->marking().save(till.session->marking().load(), &error), qPrintable(error));

        QVERIFY(code(till, QStringLiteral("5fns01"), QStringLiteral("ok"), "online"));
        QVERIFY(till.scan(till.code(QStringLiteral("5fns01"))));
        QCOMPARE(till.desk->cart()->rowCount(), 1);
        int named = 0;
        for (const QJsonValue &v : till.chz.requests()) {
            const QJsonObject r = v.toObject();
            if (!r.value(QStringLiteral("target")).toString().contains(QStringLiteral("codes/check")))
                continue;
            const QString body = r.value(QStringLiteral("body")).toString();
            const QString header =
                r.value(QStringLiteral("headers")).toObject().value(QStringLiteral("x-clientid")).toString();
            QVERIFY2(body.contains(fn) || header == fn, qPrintable(body + QLatin1Char(' ') + header));
            ++named;
        }
        QVERIFY(named > 0);
    }

    // The mode switched on the settings page (or by the cabinet) starts and stops the ЛМ outbox at
    // once; before, /cis/sell waited for a restart of the till.
    void theLmOutboxFollowsTheModeWithoutARestart()
    {
        MarkingTill till;
        QVERIFY(open(till)); // the legacy mode stored under the running till: no outbox yet
        QVERIFY(!till.session->lmOutbox());
        MarkingSettings s = till.session->marking().load();
        QCOMPARE(s.mode, MarkingSettings::Mode::Legacy);
        QVERIFY(!s.lmUrl.isEmpty());
        QString error;
        QVERIFY2(till.session->marking().save(s, &error), qPrintable(error));
        QVERIFY(till.session->lmOutbox()); // the same settings saved: the outbox runs

        s.mode = MarkingSettings::Mode::TsPiot;
        s.tsPiotUrl = till.piot.url().toString();
        s.clientId = QStringLiteral("prilavok-test");
        s.clientToken = QStringLiteral("t0k");
        QVERIFY2(till.session->marking().save(s, &error), qPrintable(error));
        QVERIFY(!till.session->lmOutbox()); // ТС ПИоТ: no deliveries to the ЛМ

        s.mode = MarkingSettings::Mode::Legacy;
        QVERIFY2(till.session->marking().save(s, &error), qPrintable(error));
        QVERIFY(till.session->lmOutbox());
        const QString km = till.code(QStringLiteral("5swt01"));
        QVERIFY(till.scan(km));
        QVERIFY(till.pay() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(till.session->lmOutbox()->pending(), 0, 20000);
        int told = 0;
        for (const QJsonValue &v : till.chz.requests())
            told +=
                v.toObject().value(QStringLiteral("target")).toString() == QLatin1String("/api/v2/cis/sell");
        QCOMPARE(told, 1);
    }
};

QTEST_MAIN(TestMarkingLegacy)
#include "tst_marking_legacy.moc"
